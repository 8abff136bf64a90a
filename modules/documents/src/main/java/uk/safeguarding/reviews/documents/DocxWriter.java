package uk.safeguarding.reviews.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabs;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Writes a {@link DocumentModel} as a Word document (DOCX) with Apache POI.
 *
 * <p>Made for people who edit and for people who listen: headings use real Heading 1 to 3 styles
 * (defined in the file, so Word's navigation pane and screen readers list them), lists are real lists,
 * table header rows are marked as headers and repeat on every page, the logo has alternative text, and
 * the language is set to British English. The cover has a page of its own; the protective marking is in
 * the header and footer of every page, with "Page X of Y" as fields Word and LibreOffice fill in.
 */
public final class DocxWriter {

    private DocxWriter() {
    }

    /**
     * Renders the model. Never fails on blank or missing values; an {@link UncheckedIOException} would
     * mean POI could not write to memory.
     */
    public static byte[] write(DocumentModel model) {
        Objects.requireNonNull(model, "model");
        try (XWPFDocument document = new XWPFDocument()) {
            new Rendering(document, model).render();
            ByteArrayOutputStream docx = new ByteArrayOutputStream();
            document.write(docx);
            return docx.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the DOCX of \"" + model.title() + "\"", e);
        }
    }

    /** Word's measures: twentieths of a point for lengths, half points for font sizes. */
    private static int twips(double points) {
        return (int) Math.round(points * 20);
    }

    private static BigInteger halfPoints(float points) {
        return BigInteger.valueOf(Math.round(points * 2));
    }

    /** One document being written: the POI document and the per-document state the blocks need. */
    private static final class Rendering implements Block.Visitor {

        private static final String TITLE_STYLE = "Title";
        private static final String SUBTITLE_STYLE = "Subtitle";
        private static final String NORMAL_STYLE = "Normal";

        private final XWPFDocument document;
        private final DocumentModel model;
        private final int textWidth;
        private BigInteger bulletList;

        Rendering(XWPFDocument document, DocumentModel model) {
            this.document = document;
            this.model = model;
            this.textWidth = twips(HouseStyle.textWidth(model.landscape()));
        }

        void render() {
            describeFile();
            setUpPage();
            defineStyles();
            writeHeaderAndFooter();
            writeCover();
            model.body().forEach(block -> block.accept(this));
        }

        private void describeFile() {
            var core = document.getProperties().getCoreProperties();
            core.setTitle(model.title());
            if (!model.subtitle().isEmpty()) {
                core.setSubjectProperty(model.subtitle());
            }
            if (!model.author().isEmpty()) {
                core.setCreator(model.author());
            }
            if (!model.organisation().isEmpty()) {
                document.getProperties().getExtendedProperties().setCompany(model.organisation());
            }
        }

        private void setUpPage() {
            CTSectPr section = document.getDocument().getBody().isSetSectPr()
                    ? document.getDocument().getBody().getSectPr()
                    : document.getDocument().getBody().addNewSectPr();
            CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
            size.setW(BigInteger.valueOf(twips(HouseStyle.pageWidth(model.landscape()))));
            size.setH(BigInteger.valueOf(twips(HouseStyle.pageHeight(model.landscape()))));
            size.setOrient(model.landscape() ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
            CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
            BigInteger side = BigInteger.valueOf(twips(HouseStyle.MARGIN));
            BigInteger topAndBottom = BigInteger.valueOf(twips(HouseStyle.MARGIN_TOP_BOTTOM));
            BigInteger headerAndFooter = BigInteger.valueOf(twips(HouseStyle.HEADER_FOOTER_DISTANCE));
            margins.setLeft(side);
            margins.setRight(side);
            margins.setTop(topAndBottom);
            margins.setBottom(topAndBottom);
            margins.setHeader(headerAndFooter);
            margins.setFooter(headerAndFooter);
            margins.setGutter(BigInteger.ZERO);
        }

        private void defineStyles() {
            // Run properties are written in the order they are set, and older Word wants the schema's order:
            // fonts before bold before colour before size before language.
            XWPFStyles styles = document.createStyles();
            CTFonts fonts = CTFonts.Factory.newInstance();
            fonts.setAscii(HouseStyle.DOCX_FONT);
            fonts.setHAnsi(HouseStyle.DOCX_FONT);
            fonts.setCs(HouseStyle.DOCX_FONT);
            fonts.setEastAsia(HouseStyle.DOCX_FONT);
            styles.setDefaultFonts(fonts);
            styles.setSpellingLanguage(HouseStyle.LANGUAGE);

            CTStyle normal = paragraphStyle(NORMAL_STYLE, "Normal", HouseStyle.BODY_SIZE, false);
            normal.setDefault(true);
            spacing(normal.getPPr(), 0, 6);
            styles.addStyle(new XWPFStyle(normal));

            CTStyle title = paragraphStyle(TITLE_STYLE, "Title", HouseStyle.TITLE_SIZE, true);
            spacing(title.getPPr(), 24, 12);
            styles.addStyle(new XWPFStyle(title));
            CTStyle subtitle = paragraphStyle(SUBTITLE_STYLE, "Subtitle", HouseStyle.SUBTITLE_SIZE, false);
            spacing(subtitle.getPPr(), 0, 24);
            styles.addStyle(new XWPFStyle(subtitle));

            for (int level = 1; level <= 3; level++) {
                // "heading N" is the name Word and screen readers know; the id is what paragraphs refer to.
                CTStyle heading = paragraphStyle(headingStyle(level), "heading " + level,
                        HouseStyle.headingSize(level), true);
                heading.getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
                heading.getPPr().addNewKeepNext();
                spacing(heading.getPPr(), level == 1 ? 18 : 12, 6);
                styles.addStyle(new XWPFStyle(heading));
            }
        }

        private static CTStyle paragraphStyle(String id, String name, float size, boolean bold) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId(id);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal(name);
            if (!id.equals(NORMAL_STYLE)) {
                style.addNewBasedOn().setVal(NORMAL_STYLE);
                style.addNewNext().setVal(NORMAL_STYLE);
            }
            style.addNewQFormat();
            style.addNewPPr();
            CTRPr font = style.addNewRPr();
            if (bold) {
                font.addNewB();
            }
            if (!id.equals(NORMAL_STYLE)) {
                font.addNewColor().setVal(HouseStyle.hex(HouseStyle.HEADING_COLOUR));
            }
            font.addNewSz().setVal(halfPoints(size));
            font.addNewSzCs().setVal(halfPoints(size));
            return style;
        }

        private static void spacing(CTPPrGeneral paragraph, int beforePoints, int afterPoints) {
            CTSpacing spacing = paragraph.addNewSpacing();
            spacing.setBefore(BigInteger.valueOf(twips(beforePoints)));
            spacing.setAfter(BigInteger.valueOf(twips(afterPoints)));
        }

        private static String headingStyle(int level) {
            return "Heading" + level;
        }

        private void writeHeaderAndFooter() {
            XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
            XWPFParagraph marking = firstParagraph(header);
            marking.setAlignment(ParagraphAlignment.CENTER);
            markingRun(marking);

            // One line: the marking centred, the page number at the right margin.
            XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph line = firstParagraph(footer);
            CTPPr properties = line.getCTP().isSetPPr() ? line.getCTP().getPPr() : line.getCTP().addNewPPr();
            CTTabs tabStops = properties.addNewTabs();
            tabStop(tabStops.addNewTab(), STTabJc.CENTER, textWidth / 2);
            tabStop(tabStops.addNewTab(), STTabJc.RIGHT, textWidth);
            line.createRun().addTab();
            markingRun(line);
            line.createRun().addTab();
            smallRun(line, "Page ");
            field(line, "PAGE");
            smallRun(line, " of ");
            field(line, "NUMPAGES");
        }

        private static XWPFParagraph firstParagraph(XWPFHeaderFooter part) {
            return part.getParagraphs().isEmpty() ? part.createParagraph() : part.getParagraphs().get(0);
        }

        private static void tabStop(CTTabStop stop, STTabJc.Enum alignment, int position) {
            stop.setVal(alignment);
            stop.setPos(BigInteger.valueOf(position));
        }

        private void markingRun(XWPFParagraph paragraph) {
            XWPFRun run = paragraph.createRun();
            run.setBold(true);
            run.setFontSize(HouseStyle.SMALL_SIZE);
            run.setText(model.protectiveMarking());
        }

        private static XWPFRun smallRun(XWPFParagraph paragraph, String text) {
            XWPFRun run = smallRun(paragraph);
            run.setText(text);
            return run;
        }

        private static XWPFRun smallRun(XWPFParagraph paragraph) {
            XWPFRun run = paragraph.createRun();
            run.setFontSize(HouseStyle.SMALL_SIZE);
            return run;
        }

        /** A field such as PAGE, as Word writes one: begin, instruction, separator, last value, end. */
        private static void field(XWPFParagraph paragraph, String instruction) {
            smallRun(paragraph).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
            smallRun(paragraph).getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
            smallRun(paragraph).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
            smallRun(paragraph, "1");
            smallRun(paragraph).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        }

        private void writeCover() {
            Logo.of(model).ifPresent(this::writeLogo);
            if (!model.organisation().isEmpty()) {
                XWPFRun organisation = document.createParagraph().createRun();
                organisation.setBold(true);
                organisation.setColor(HouseStyle.hex(HouseStyle.HEADING_COLOUR));
                organisation.setFontSize(HouseStyle.ORGANISATION_SIZE);
                organisation.setText(model.organisation());
            }
            XWPFParagraph title = document.createParagraph();
            title.setStyle(TITLE_STYLE);
            title.setSpacingBefore(twips(48));
            title.createRun().setText(model.title());
            if (!model.subtitle().isEmpty()) {
                XWPFParagraph subtitle = document.createParagraph();
                subtitle.setStyle(SUBTITLE_STYLE);
                subtitle.createRun().setText(model.subtitle());
            }
            if (!model.coverLines().isEmpty()) {
                writeFields(model.coverLines());
            }
            if (!model.body().isEmpty()) {
                startNewPage();
            }
        }

        private void writeLogo(Logo logo) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setSpacingAfter(twips(24));
            try {
                // POI sets the picture's alternative text from its "file name".
                paragraph.createRun().addPicture(new ByteArrayInputStream(logo.bytes()),
                        logo.jpeg() ? PictureType.JPEG : PictureType.PNG, logo.description(),
                        Units.toEMU(logo.widthPoints()), Units.toEMU(logo.heightPoints()));
            } catch (InvalidFormatException | IOException e) {
                // Logo has already been read as an image, so this is unexpected; a cover without it still serves.
                document.removeBodyElement(document.getPosOfParagraph(paragraph));
            }
        }

        @Override
        public void heading(Block.Heading heading) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setStyle(headingStyle(heading.level()));
            paragraph.createRun().setText(heading.text());
        }

        @Override
        public void paragraph(Block.Paragraph paragraph) {
            writeValue(document.createParagraph(), paragraph.text());
        }

        @Override
        public void fields(Block.Fields fields) {
            writeFields(fields.fields());
        }

        private void writeFields(List<Field> fields) {
            XWPFTable table = newTable(new double[] {HouseStyle.LABEL_SHARE, 1 - HouseStyle.LABEL_SHARE});
            for (int index = 0; index < fields.size(); index++) {
                XWPFTableRow row = rowAt(table, index);
                row.setCantSplitRow(true);
                XWPFTableCell label = row.getCell(0);
                label.setColor(HouseStyle.hex(HouseStyle.LABEL_FILL));
                writeLines(cellParagraph(label), fields.get(index).label(), true);
                writeValue(cellParagraph(row.getCell(1)), fields.get(index).value());
            }
            spaceAfterTable();
        }

        @Override
        public void table(Block.Table table) {
            XWPFTable docxTable = newTable(table.columnShares());
            int rows = 0;
            if (table.hasHeaders()) {
                XWPFTableRow header = rowAt(docxTable, rows++);
                // Marked as a header row, Word repeats it on each page and screen readers announce it per cell.
                header.setRepeatHeader(true);
                header.setCantSplitRow(true);
                for (int column = 0; column < table.columnCount(); column++) {
                    XWPFTableCell cell = header.getCell(column);
                    cell.setColor(HouseStyle.hex(HouseStyle.TABLE_HEADER_FILL));
                    writeLines(cellParagraph(cell), table.headers().get(column), true);
                }
            }
            if (table.isEmpty()) {
                writeNoneRecorded(rowAt(docxTable, rows), table.columnCount());
            }
            for (List<String> cells : table.rows()) {
                XWPFTableRow row = rowAt(docxTable, rows++);
                for (int column = 0; column < cells.size(); column++) {
                    writeLines(cellParagraph(row.getCell(column)), cells.get(column), false);
                }
            }
            spaceAfterTable();
        }

        /** The table's first row is made with it; the others are added as they are needed. */
        private static XWPFTableRow rowAt(XWPFTable table, int index) {
            return index == 0 ? table.getRow(0) : table.createRow();
        }

        private void writeNoneRecorded(XWPFTableRow row, int columns) {
            while (row.getTableCells().size() > 1) {
                row.removeCell(row.getTableCells().size() - 1);
            }
            XWPFTableCell cell = row.getCell(0);
            CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            properties.addNewGridSpan().setVal(BigInteger.valueOf(columns));
            cell.setWidth(String.valueOf(textWidth));
            italicRun(cellParagraph(cell), Text.NONE_RECORDED);
        }

        /**
         * A table across the text width with the given column shares, fixed so that Word and LibreOffice
         * lay it out alike, with its first row made.
         */
        private XWPFTable newTable(double[] columnShares) {
            XWPFTable table = document.createTable(1, columnShares.length);
            table.setWidthType(TableWidthType.DXA);
            table.setWidth(String.valueOf(textWidth));
            table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
            String rule = HouseStyle.hex(HouseStyle.RULE_COLOUR);
            table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, rule);
            table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, rule);
            table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, rule);
            table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, rule);
            table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, rule);
            table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, rule);
            table.setCellMargins(twips(3), twips(5), twips(3), twips(5));

            CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                    : table.getCTTbl().addNewTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (int column = 0; column < columnShares.length; column++) {
                int width = (int) Math.round(textWidth * columnShares[column]);
                grid.addNewGridCol().setW(BigInteger.valueOf(width));
                XWPFTableCell cell = table.getRow(0).getCell(column);
                cell.setWidthType(TableWidthType.DXA);
                cell.setWidth(String.valueOf(width));
            }
            return table;
        }

        private static XWPFParagraph cellParagraph(XWPFTableCell cell) {
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            paragraph.setSpacingAfter(0);
            return paragraph;
        }

        /** Word joins two tables that touch into one; an empty paragraph keeps them apart. */
        private void spaceAfterTable() {
            document.createParagraph();
        }

        @Override
        public void bullets(Block.Bullets bullets) {
            if (bullets.items().isEmpty()) {
                italicRun(document.createParagraph(), Text.NONE_RECORDED);
                return;
            }
            BigInteger list = bulletList();
            for (String item : bullets.items()) {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setNumID(list);
                paragraph.setNumILvl(BigInteger.ZERO);
                paragraph.setSpacingAfter(twips(3));
                writeLines(paragraph, item, false);
            }
        }

        /** Defined the first time a list is written, then shared by every list. */
        private BigInteger bulletList() {
            if (bulletList == null) {
                CTAbstractNum bullet = CTAbstractNum.Factory.newInstance();
                bullet.setAbstractNumId(BigInteger.ZERO);
                CTLvl level = bullet.addNewLvl();
                level.setIlvl(BigInteger.ZERO);
                level.addNewStart().setVal(BigInteger.ONE);
                level.addNewNumFmt().setVal(STNumberFormat.BULLET);
                level.addNewLvlText().setVal("\u2022");
                CTInd indent = level.addNewPPr().addNewInd();
                indent.setLeft(BigInteger.valueOf(twips(18)));
                indent.setHanging(BigInteger.valueOf(twips(12)));
                XWPFNumbering numbering = document.createNumbering();
                bulletList = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(bullet)));
            }
            return bulletList;
        }

        @Override
        public void pageBreak(Block.PageBreak pageBreak) {
            startNewPage();
        }

        private void startNewPage() {
            document.createParagraph().createRun().addBreak(BreakType.PAGE);
        }

        /** The text, or "Not recorded" in italics when there is none. */
        private static void writeValue(XWPFParagraph paragraph, String text) {
            if (text.isBlank()) {
                italicRun(paragraph, Text.NOT_RECORDED);
            } else {
                writeLines(paragraph, text, false);
            }
        }

        /** Word ignores newlines inside text, so each line is a run and a break joins them. */
        private static void writeLines(XWPFParagraph paragraph, String text, boolean bold) {
            List<String> lines = Text.lines(text);
            XWPFRun run = paragraph.createRun();
            if (bold) {
                run.setBold(true);
            }
            for (int index = 0; index < lines.size(); index++) {
                if (index > 0) {
                    run.addBreak();
                }
                run.setText(lines.get(index), index);
            }
        }

        private static void italicRun(XWPFParagraph paragraph, String text) {
            XWPFRun run = paragraph.createRun();
            run.setItalic(true);
            run.setText(text);
        }
    }
}

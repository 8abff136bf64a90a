package uk.safeguarding.reviews.documents;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a {@link DocumentModel} as a PDF with OpenPDF, for papers that are sent rather than edited.
 *
 * <p>Text is real text in Helvetica, so it can be searched, copied and read aloud; every heading is a
 * bookmark, nested by level; table header rows repeat on every page; the title, author and language are
 * set and viewers show the title rather than the file name. The cover has a page of its own; every page
 * carries the protective marking at top and bottom and "Page X of Y".
 *
 * <p>OpenPDF does not tag the content (no structure tree), so this is not a PDF/UA file: for a reader who
 * needs full assistive-technology support, the DOCX of the same model is the accessible version.
 */
public final class PdfWriter {

    private static final Color HEADING_COLOUR = new Color(HouseStyle.HEADING_COLOUR);
    private static final Color TEXT_COLOUR = Color.BLACK;
    private static final Color RULE_COLOUR = new Color(HouseStyle.RULE_COLOUR);
    private static final float CELL_PADDING = 4;

    private PdfWriter() {
    }

    /** Renders the model. Never fails on blank or missing values, or on text Helvetica cannot show. */
    public static byte[] write(DocumentModel model) {
        Objects.requireNonNull(model, "model");
        Rectangle pageSize = new Rectangle(HouseStyle.pageWidth(model.landscape()),
                HouseStyle.pageHeight(model.landscape()));
        Document document = new Document(pageSize, HouseStyle.MARGIN, HouseStyle.MARGIN,
                HouseStyle.MARGIN_TOP_BOTTOM, HouseStyle.MARGIN_TOP_BOTTOM);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            // Our class has the name OpenPDF gives its own writer, so theirs is named in full.
            com.lowagie.text.pdf.PdfWriter writer = com.lowagie.text.pdf.PdfWriter.getInstance(document, pdf);
            describeFile(document, writer, model);
            writer.setPageEvent(new MarkingAndPageNumbers(model.protectiveMarking()));
            HeadingBookmarks bookmarks = new HeadingBookmarks();
            writer.setPageEvent(bookmarks);
            document.open();
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(HouseStyle.LANGUAGE));
            new Rendering(document, writer, bookmarks, model).render();
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the PDF of \"" + model.title() + "\"", e);
        }
        return pdf.toByteArray();
    }

    /**
     * How many pages the body of {@code model} takes once written: the pages after its cover, on the
     * paper and in the house style it is printed in (§8.3 measures an executive summary in A4 pages).
     */
    public static int bodyPages(DocumentModel model) {
        byte[] pdf = write(model);
        try {
            com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
            try {
                return reader.getNumberOfPages() - 1;
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not read back the PDF of \"" + model.title() + "\"", e);
        }
    }

    /** Must come before the document is opened: OpenPDF writes the information then. */
    private static void describeFile(Document document, com.lowagie.text.pdf.PdfWriter writer, DocumentModel model) {
        document.addTitle(model.title());
        if (!model.subtitle().isEmpty()) {
            document.addSubject(model.subtitle());
        }
        if (!model.author().isEmpty()) {
            document.addAuthor(model.author());
        }
        document.addCreator("Practice reviews for safeguarding partnerships");
        writer.setViewerPreferences(com.lowagie.text.pdf.PdfWriter.DisplayDocTitle
                | com.lowagie.text.pdf.PdfWriter.PageModeUseOutlines);
        writer.createXmpMetadata();
    }

    private static Font font(float size, int style, Color colour) {
        return new Font(Font.HELVETICA, size, style, colour);
    }

    /** Every string reaches the page through here, so none can hold a character Helvetica lacks. */
    private static Phrase phrase(String text, Font font) {
        return new Phrase(Text.toWinAnsi(text), font);
    }

    /** One document being written: the cover, then each block of the body in turn. */
    private static final class Rendering implements Block.Visitor {

        private static final Font BODY = font(HouseStyle.BODY_SIZE, Font.NORMAL, TEXT_COLOUR);
        private static final Font BODY_ITALIC = font(HouseStyle.BODY_SIZE, Font.ITALIC, TEXT_COLOUR);
        private static final Font CELL = font(HouseStyle.TABLE_SIZE, Font.NORMAL, TEXT_COLOUR);
        private static final Font CELL_BOLD = font(HouseStyle.TABLE_SIZE, Font.BOLD, TEXT_COLOUR);
        private static final Font CELL_ITALIC = font(HouseStyle.TABLE_SIZE, Font.ITALIC, TEXT_COLOUR);
        /** About a heading and three lines of text: less room than this and a heading starts the next page. */
        private static final float ROOM_FOR_A_HEADING = 72;
        /** The bullet's column: its indent and the gap before the item's text. */
        private static final float BULLET_WIDTH = 14;

        private final Document document;
        private final com.lowagie.text.pdf.PdfWriter writer;
        private final HeadingBookmarks bookmarks;
        private final DocumentModel model;

        Rendering(Document document, com.lowagie.text.pdf.PdfWriter writer, HeadingBookmarks bookmarks,
                DocumentModel model) {
            this.document = document;
            this.writer = writer;
            this.bookmarks = bookmarks;
            this.model = model;
        }

        void render() {
            writeCover();
            model.body().forEach(block -> block.accept(this));
        }

        private void writeCover() {
            Logo.of(model).ifPresent(this::writeLogo);
            if (!model.organisation().isEmpty()) {
                addInReadingOrder(paragraph(model.organisation(),
                        font(HouseStyle.ORGANISATION_SIZE, Font.BOLD, HEADING_COLOUR)), 0, 6);
            }
            addInReadingOrder(paragraph(model.title(), font(HouseStyle.TITLE_SIZE, Font.BOLD, HEADING_COLOUR)), 60,
                    12);
            if (!model.subtitle().isEmpty()) {
                addInReadingOrder(paragraph(model.subtitle(),
                        font(HouseStyle.SUBTITLE_SIZE, Font.NORMAL, HEADING_COLOUR)), 0, 24);
            }
            if (!model.coverLines().isEmpty()) {
                writeFields(model.coverLines());
            }
            if (!model.body().isEmpty()) {
                document.newPage();
            }
        }

        private void writeLogo(Logo logo) {
            try {
                Image image = Image.getInstance(logo.bytes());
                image.scaleAbsolute(logo.widthPoints(), logo.heightPoints());
                image.setAlt(logo.description());
                addInReadingOrder(image, 0, 12);
            } catch (IOException | DocumentException e) {
                // Logo has already been read as an image, so this is unexpected; a cover without it still serves.
            }
        }

        @Override
        public void heading(Block.Heading heading) {
            if (writer.getVerticalPosition(false) - document.bottom() < ROOM_FOR_A_HEADING) {
                document.newPage();
            }
            float size = HouseStyle.headingSize(heading.level());
            Chunk text = new Chunk(Text.toWinAnsi(heading.text()), font(size, Font.BOLD, HEADING_COLOUR));
            text.setGenericTag(bookmarks.expect(heading));
            Paragraph paragraph = new Paragraph(text);
            paragraph.setLeading(size * 1.25f);
            addInReadingOrder(paragraph, heading.level() == 1 ? 18 : 12, 6);
        }

        @Override
        public void paragraph(Block.Paragraph paragraph) {
            addInReadingOrder(paragraph.isRecorded() ? paragraph(paragraph.text(), BODY)
                    : paragraph(Text.NOT_RECORDED, BODY_ITALIC), 0, 6);
        }

        private static Paragraph paragraph(String text, Font font) {
            Paragraph paragraph = new Paragraph(phrase(text, font));
            paragraph.setLeading(font.getSize() * 1.3f);
            return paragraph;
        }

        @Override
        public void fields(Block.Fields fields) {
            writeFields(fields.fields());
        }

        private void writeFields(List<Field> fields) {
            PdfPTable table = newTable(new double[] {HouseStyle.LABEL_SHARE, 1 - HouseStyle.LABEL_SHARE});
            for (Field field : fields) {
                PdfPCell label = cell(field.label(), CELL_BOLD);
                label.setBackgroundColor(new Color(HouseStyle.LABEL_FILL));
                table.addCell(label);
                table.addCell(field.isRecorded() ? cell(field.value(), CELL) : cell(Text.NOT_RECORDED, CELL_ITALIC));
            }
            document.add(table);
        }

        @Override
        public void table(Block.Table table) {
            PdfPTable pdfTable = newTable(table.columnShares());
            if (table.hasHeaders()) {
                for (String header : table.headers()) {
                    PdfPCell cell = cell(header, CELL_BOLD);
                    cell.setBackgroundColor(new Color(HouseStyle.TABLE_HEADER_FILL));
                    pdfTable.addCell(cell);
                }
                // The first row is the header: OpenPDF repeats it at the top of every page the table reaches.
                pdfTable.setHeaderRows(1);
            }
            if (table.isEmpty()) {
                PdfPCell none = cell(Text.NONE_RECORDED, CELL_ITALIC);
                none.setColspan(table.columnCount());
                pdfTable.addCell(none);
            }
            for (List<String> row : table.rows()) {
                row.forEach(text -> pdfTable.addCell(cell(text, CELL)));
            }
            document.add(pdfTable);
        }

        private static PdfPTable newTable(double[] columnShares) {
            float[] widths = new float[columnShares.length];
            for (int column = 0; column < widths.length; column++) {
                widths[column] = (float) columnShares[column];
            }
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setSpacingBefore(6);
            table.setSpacingAfter(12);
            return table;
        }

        private static PdfPCell cell(String text, Font font) {
            PdfPCell cell = new PdfPCell(phrase(text, font));
            cell.setPadding(CELL_PADDING);
            cell.setUseAscender(true);
            cell.setBorderWidth(0.5f);
            cell.setBorderColor(RULE_COLOUR);
            cell.setLeading(0, 1.25f);
            return cell;
        }

        @Override
        public void bullets(Block.Bullets bullets) {
            if (bullets.items().isEmpty()) {
                addInReadingOrder(paragraph(Text.NONE_RECORDED, BODY_ITALIC), 0, 6);
                return;
            }
            // A borderless table of bullet and text rather than an OpenPDF List, which writes each bullet
            // after its line and so would be read after it.
            PdfPTable list = new PdfPTable(new float[] {BULLET_WIDTH, HouseStyle.textWidth(model.landscape())});
            list.setWidthPercentage(100);
            list.setSpacingAfter(6);
            for (String text : bullets.items()) {
                list.addCell(listCell(paragraph("\u2022", BODY)));
                list.addCell(listCell(paragraph(text, BODY)));
            }
            document.add(list);
        }

        private static PdfPCell listCell(Paragraph content) {
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0);
            cell.setPaddingBottom(3);
            cell.setUseAscender(true);
            cell.addElement(content);
            return cell;
        }

        @Override
        public void pageBreak(Block.PageBreak pageBreak) {
            document.newPage();
        }

        /**
         * Adds text inside a borderless one-cell table. OpenPDF writes free text and tables to different
         * layers of a page, so a page mixing both would be read (by screen readers on an untagged PDF,
         * by copy and paste, by text search tools) with all its paragraphs before all its tables. With
         * everything in tables, the order in the file is the reading order.
         */
        private void addInReadingOrder(Element content, float spaceBefore, float spaceAfter) {
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0);
            cell.setUseAscender(true);
            cell.addElement(content);
            PdfPTable flow = new PdfPTable(1);
            flow.setWidthPercentage(100);
            flow.setSpacingBefore(spaceBefore);
            flow.setSpacingAfter(spaceAfter);
            // Long text continues on the next page from where it reached, as free text would.
            flow.setSplitLate(false);
            flow.addCell(cell);
            document.add(flow);
        }
    }

    /**
     * Prints the marking centred at the top and bottom of each page and "Page X of Y" at the bottom
     * right. The header is drawn as a page starts and the footer as it ends, so the file reads header,
     * text, footer. Y is not known until the end, so each page shows a shared template filled in on close.
     */
    private static final class MarkingAndPageNumbers extends PdfPageEventHelper {

        private static final Font MARKING = font(HouseStyle.SMALL_SIZE, Font.BOLD, TEXT_COLOUR);
        private static final Font PAGE_NUMBER = font(HouseStyle.SMALL_SIZE, Font.NORMAL, TEXT_COLOUR);
        /** Room for the total: four digits. */
        private static final float TOTAL_WIDTH = PAGE_NUMBER.getCalculatedBaseFont(false)
                .getWidthPoint("9999", HouseStyle.SMALL_SIZE);
        /** OpenPDF trims a trailing space from aligned text, so the gap before the total is left by position. */
        private static final float SPACE_WIDTH = PAGE_NUMBER.getCalculatedBaseFont(false)
                .getWidthPoint(" ", HouseStyle.SMALL_SIZE);

        private final String marking;
        private PdfTemplate totalPages;

        MarkingAndPageNumbers(String marking) {
            this.marking = Text.toWinAnsi(marking);
        }

        @Override
        public void onOpenDocument(com.lowagie.text.pdf.PdfWriter writer, Document document) {
            totalPages = writer.getDirectContent().createTemplate(TOTAL_WIDTH, HouseStyle.SMALL_SIZE * 2);
        }

        @Override
        public void onStartPage(com.lowagie.text.pdf.PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            float baseline = page.getHeight() - HouseStyle.HEADER_FOOTER_DISTANCE - HouseStyle.SMALL_SIZE;
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, new Phrase(marking, MARKING),
                    page.getWidth() / 2, baseline, 0);
        }

        @Override
        public void onEndPage(com.lowagie.text.pdf.PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            Rectangle page = document.getPageSize();
            float baseline = HouseStyle.HEADER_FOOTER_DISTANCE;
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(marking, MARKING),
                    page.getWidth() / 2, baseline, 0);
            float totalStart = page.getWidth() - HouseStyle.MARGIN - TOTAL_WIDTH;
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                    new Phrase("Page " + writer.getPageNumber() + " of", PAGE_NUMBER), totalStart - SPACE_WIDTH,
                    baseline, 0);
            // The template sits half its height below the baseline so nothing in it is clipped.
            canvas.addTemplate(totalPages, totalStart, baseline - HouseStyle.SMALL_SIZE / 2);
        }

        @Override
        public void onCloseDocument(com.lowagie.text.pdf.PdfWriter writer, Document document) {
            // On close the writer has already moved past the last page.
            String total = String.valueOf(writer.getPageNumber() - 1);
            ColumnText.showTextAligned(totalPages, Element.ALIGN_LEFT, new Phrase(total, PAGE_NUMBER), 0,
                    HouseStyle.SMALL_SIZE / 2, 0);
        }
    }

    /**
     * Adds a bookmark for each heading where it actually lands. A heading is tagged when written and
     * bookmarked when OpenPDF lays it out, which may be on the next page.
     */
    private static final class HeadingBookmarks extends PdfPageEventHelper {

        private final Map<String, Block.Heading> awaited = new HashMap<>();
        private int headingsSeen;
        /** The last bookmark at each level (index 1 to 3), to nest the next deeper heading under. */
        private final PdfOutline[] lastAtLevel = new PdfOutline[4];

        String expect(Block.Heading heading) {
            String tag = "heading-" + ++headingsSeen;
            awaited.put(tag, heading);
            return tag;
        }

        @Override
        public void onGenericTag(com.lowagie.text.pdf.PdfWriter writer, Document document, Rectangle where,
                String tag) {
            // A heading that wraps reports each line; the first is where it starts.
            Block.Heading heading = awaited.remove(tag);
            if (heading == null) {
                return;
            }
            PdfOutline parent = writer.getRootOutline();
            for (int level = heading.level() - 1; level >= 1; level--) {
                if (lastAtLevel[level] != null) {
                    parent = lastAtLevel[level];
                    break;
                }
            }
            float top = where.getTop() + HouseStyle.headingSize(heading.level());
            PdfOutline bookmark = new PdfOutline(parent,
                    new PdfDestination(PdfDestination.XYZ, where.getLeft(), top, 0), heading.text());
            lastAtLevel[heading.level()] = bookmark;
            for (int deeper = heading.level() + 1; deeper < lastAtLevel.length; deeper++) {
                lastAtLevel[deeper] = null;
            }
        }
    }
}

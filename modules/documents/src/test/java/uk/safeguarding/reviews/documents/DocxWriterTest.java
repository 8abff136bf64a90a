package uk.safeguarding.reviews.documents;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguarding.reviews.documents.Samples.squashed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

class DocxWriterTest {

    private static XWPFDocument report;
    private static String reportText;

    @BeforeAll
    static void writeTheRapidReview() throws IOException {
        report = reopen(DocxWriter.write(Samples.rapidReview()));
        // Not closed here: closing an extractor closes its document, which the tests go on reading.
        reportText = new XWPFWordExtractor(report).getText();
    }

    @AfterAll
    static void close() throws IOException {
        report.close();
    }

    private static XWPFDocument reopen(byte[] docx) throws IOException {
        assertTrue(docx.length > 0);
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    @Test
    void everyValueOfTheModelIsInTheText() {
        String text = squashed(reportText);
        assertAll(() -> assertTrue(text.contains(Samples.ORGANISATION)),
                () -> assertTrue(text.contains(Samples.TITLE)),
                () -> assertTrue(text.contains(Samples.SUBTITLE)),
                () -> Samples.COVER_LINES.forEach(line -> assertTrue(text.contains(line), line)),
                () -> Samples.FIELDS.forEach(field -> assertTrue(text.contains(field), field)),
                () -> Samples.AGENCY_HEADERS.forEach(header -> assertTrue(text.contains(header), header)),
                () -> Samples.AGENCY_ROWS.forEach(row -> row.forEach(cell -> assertTrue(text.contains(squashed(cell)),
                        cell))),
                () -> Samples.LEARNING.forEach(item -> assertTrue(text.contains(item), item)));
    }

    @Test
    void aBlankFieldReadsNotRecordedInItalics() {
        XWPFTable keyFacts = tableHolding("Date of the strategy discussion");
        var value = keyFacts.getRow(keyFacts.getNumberOfRows() - 1).getCell(1).getParagraphs().get(0);
        assertEquals("Not recorded", value.getText());
        assertTrue(value.getRuns().get(0).isItalic());
    }

    @Test
    void consecutiveFieldsShareOneTwoColumnTableWithBoldLabels() {
        XWPFTable keyFacts = tableHolding("Local authority");
        assertEquals(4, keyFacts.getNumberOfRows(), "three fields and the blank one");
        assertEquals("Local authority", keyFacts.getRow(0).getCell(0).getText());
        assertEquals("Northmoor Council", keyFacts.getRow(0).getCell(1).getText());
        assertTrue(keyFacts.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold());
    }

    @Test
    void theLogoIsAPictureWithAlternativeText() {
        assertEquals(1, report.getAllPictures().size());
        List<XWPFPicture> pictures = report.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                .flatMap(run -> run.getEmbeddedPictures().stream()).toList();
        assertEquals(1, pictures.size());
        String inline = report.getDocument().xmlText();
        assertTrue(inline.contains("descr=\"Logo of " + Samples.ORGANISATION + "\""), "alt text for screen readers");
        // 240 x 80 pixels is 180 x 60 points, above 5 cm (141.7 points) wide, so it is scaled down.
        assertEquals(141.7, pictures.get(0).getWidth(), 0.5);
    }

    @Test
    void headingsUseHeadingStylesTheDocumentDefines() {
        List<String> level1 = paragraphsStyled("Heading1");
        assertEquals(List.of("1. The incident", "2. Agencies involved"), level1);
        assertEquals(List.of("Key facts", "Emerging learning"), paragraphsStyled("Heading2"));
        assertEquals(List.of("Decision"), paragraphsStyled("Heading3"));
        for (int level = 1; level <= 3; level++) {
            XWPFStyle style = report.getStyles().getStyle("Heading" + level);
            assertNotNull(style, "Heading" + level + " must be defined, or Word falls back to plain text");
            assertEquals("heading " + level, style.getName(), "the name Word and screen readers recognise");
            assertEquals(BigInteger.valueOf(level - 1L), style.getCTStyle().getPPr().getOutlineLvl().getVal());
        }
        assertEquals(Samples.TITLE, String.join("", paragraphsStyled("Title")));
    }

    private static List<String> paragraphsStyled(String style) {
        return report.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText)
                .toList();
    }

    @Test
    void theTablesHeaderRowRepeatsOnEachPage() {
        XWPFTable agencies = tableHolding("Information returned");
        assertTrue(agencies.getRow(0).isRepeatHeader());
        assertFalse(agencies.getRow(1).isRepeatHeader());
        assertEquals(Samples.AGENCY_HEADERS, agencies.getRow(0).getTableCells().stream().map(c -> c.getText())
                .toList());
        assertEquals(1 + Samples.AGENCY_ROWS.size(), agencies.getNumberOfRows());
        assertEquals("Nursery class since September\nAttendance 78%", agencies.getRow(4).getCell(1).getText(),
                "a multi-line cell keeps its line break");
    }

    @Test
    void multiLineTextKeepsItsLineBreaks() {
        assertTrue(report.getParagraphs().stream().anyMatch(p -> p.getText().equals(Samples.MULTI_LINE)));
    }

    @Test
    void bulletsAreARealList() {
        List<XWPFParagraph> items = report.getParagraphs().stream().filter(p -> p.getNumID() != null).toList();
        assertEquals(Samples.LEARNING, items.stream().map(XWPFParagraph::getText).toList());
        items.forEach(item -> assertEquals("bullet", item.getNumFmt()));
    }

    @Test
    void theCoverHasAPageOfItsOwn() {
        List<IBodyElement> body = report.getBodyElements();
        int firstHeading = body.indexOf(report.getParagraphs().stream()
                .filter(p -> "Heading1".equals(p.getStyle())).findFirst().orElseThrow());
        XWPFParagraph beforeIt = (XWPFParagraph) body.get(firstHeading - 1);
        assertTrue(beforeIt.getCTP().xmlText().contains("w:type=\"page\""), "a page break ends the cover");
    }

    @Test
    void theMarkingIsInTheHeaderAndFooterWithPageNumbers() {
        assertEquals(1, report.getHeaderList().size());
        assertEquals(1, report.getFooterList().size());
        assertEquals("OFFICIAL-SENSITIVE", report.getHeaderList().get(0).getText().strip());
        String footer = report.getFooterList().get(0).getText();
        assertTrue(footer.contains("OFFICIAL-SENSITIVE"), footer);
        assertTrue(footer.contains("Page") && footer.contains(" of "), footer);
        String footerXml = report.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText();
        assertTrue(footerXml.contains(" PAGE ") && footerXml.contains(" NUMPAGES "), "fields Word fills in");
        assertTrue(reportText.contains("OFFICIAL-SENSITIVE"));
    }

    @Test
    void theFileIsDescribed() throws Exception {
        var core = report.getProperties().getCoreProperties();
        assertEquals(Samples.TITLE, core.getTitle());
        assertEquals(Samples.AUTHOR, core.getCreator());
        assertEquals(Samples.SUBTITLE, core.getSubject());
        assertEquals(Samples.ORGANISATION, report.getProperties().getExtendedProperties().getCompany());
        assertTrue(report.getStyle().xmlText().contains("w:val=\"en-GB\""), "British English for proofing and speech");
    }

    @Test
    void aPortraitDocumentIsA4Portrait() {
        CTPageSz page = pageSize(report);
        assertEquals(STPageOrientation.PORTRAIT, page.getOrient());
        assertEquals(11906, ((BigInteger) page.getW()).intValue());
        assertEquals(16838, ((BigInteger) page.getH()).intValue());
    }

    @Test
    void aLandscapeDocumentHasWiderPagesThanTall() throws IOException {
        try (XWPFDocument chronology = reopen(DocxWriter.write(Samples.chronology(20, true)))) {
            CTPageSz page = pageSize(chronology);
            assertEquals(STPageOrientation.LANDSCAPE, page.getOrient());
            assertTrue(((BigInteger) page.getW()).intValue() > ((BigInteger) page.getH()).intValue());
            XWPFTable table = chronology.getTables().get(0);
            assertTrue(table.getRow(0).isRepeatHeader());
            assertEquals(21, table.getNumberOfRows());
            assertTrue(table.getWidth() > 14000, "the table uses the landscape text width");
        }
    }

    private static CTPageSz pageSize(XWPFDocument document) {
        return document.getDocument().getBody().getSectPr().getPgSz();
    }

    @Test
    void awkwardValuesNeitherFailNorCorruptTheFile() throws IOException {
        try (XWPFDocument awkward = reopen(DocxWriter.write(Samples.awkward()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(awkward)) {
            String text = extractor.getText();
            assertFalse(text.contains("\u0000") || text.contains("\u0007") || text.contains("\uFFFF"));
            assertTrue(text.contains("Bell and null"), "control characters are dropped, the text around them kept");
            assertTrue(text.contains("👍🏽") && text.contains("Łódź") && text.contains("儿童") && text.contains("طفل"),
                    "Word shows every script and emoji, so DOCX keeps them");
            assertTrue(text.contains("Not recorded"));
            assertTrue(text.contains("None recorded"));
            assertTrue(text.contains("Untitled section"));
            assertTrue(text.contains("OFFICIAL-SENSITIVE"), "a blank marking keeps the default");
            assertTrue(awkward.getAllPictures().isEmpty(), "bytes that are no image give no logo");
            XWPFTable headless = awkward.getTables().stream()
                    .filter(t -> t.getText().strip().equals("None recorded")).findFirst().orElseThrow();
            assertEquals(1, headless.getNumberOfRows(), "no header text, so no empty header row");
            assertFalse(headless.getRow(0).isRepeatHeader());
            XWPFTable ragged = awkward.getTables().stream()
                    .filter(t -> t.getText().contains("extra cell")).findFirst().orElseThrow();
            assertEquals(3, ragged.getRow(0).getTableCells().size(), "a long row widens the table");
            assertTrue(ragged.getRow(0).isRepeatHeader());
            String paragraphs = awkward.getParagraphs().stream().map(XWPFParagraph::getText)
                    .collect(Collectors.joining("\n"));
            assertTrue(paragraphs.contains("After two page breaks"));
        }
    }

    private static XWPFTable tableHolding(String text) {
        return report.getTables().stream().filter(table -> table.getText().contains(text)).findFirst().orElseThrow();
    }
}

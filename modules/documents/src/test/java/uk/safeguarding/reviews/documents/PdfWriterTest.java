package uk.safeguarding.reviews.documents;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguarding.reviews.documents.Samples.squashed;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfWriterTest {

    private static PDDocument report;
    private static String reportText;

    @BeforeAll
    static void writeTheRapidReview() throws IOException {
        report = Loader.loadPDF(PdfWriter.write(Samples.rapidReview()));
        reportText = new PDFTextStripper().getText(report);
    }

    @AfterAll
    static void close() throws IOException {
        report.close();
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
                () -> Samples.LEARNING.forEach(item -> assertTrue(text.contains(item), item)),
                () -> assertTrue(text.contains("Date of the strategy discussion Not recorded")));
    }

    @Test
    void winAnsiPunctuationAndAccentsSurvive() {
        assertAll(() -> assertTrue(reportText.contains("£1,250")),
                () -> assertTrue(squashed(reportText).contains("twice — October")),
                () -> assertTrue(reportText.contains("mother’s partner")),
                () -> assertTrue(reportText.contains("café worker")));
    }

    @Test
    void multiLineTextKeepsItsLineBreaks() {
        assertTrue(reportText.replace("\r\n", "\n").contains(Samples.MULTI_LINE));
    }

    @Test
    void theCoverHasAPageOfItsOwnWithTheLogo() throws IOException {
        String cover = pageText(report, 1);
        assertTrue(cover.contains(Samples.TITLE) && cover.contains("3 December 2026"));
        assertFalse(cover.contains("The incident"), "the body starts on the next page");
        assertEquals(1, images(report.getPage(0)).size(), "the logo");
        assertTrue(pageText(report, 2).contains("1. The incident"));
    }

    @Test
    void everyPageCarriesTheMarkingTwiceAndItsNumber() throws IOException {
        int pages = report.getNumberOfPages();
        assertTrue(pages >= 2);
        for (int page = 1; page <= pages; page++) {
            String text = pageText(report, page);
            assertTrue(text.startsWith("OFFICIAL-SENSITIVE"), "header of page " + page);
            assertEquals(2, occurrences(text, "OFFICIAL-SENSITIVE"), "header and footer of page " + page);
            assertTrue(squashed(text).contains("Page " + page + " of " + pages), "footer of page " + page);
        }
    }

    @Test
    void theFileIsDescribed() {
        var information = report.getDocumentInformation();
        assertEquals(Samples.TITLE, information.getTitle());
        assertEquals(Samples.AUTHOR, information.getAuthor());
        assertEquals(Samples.SUBTITLE, information.getSubject());
        assertEquals("en-GB", report.getDocumentCatalog().getLanguage());
        assertTrue(report.getDocumentCatalog().getViewerPreferences().displayDocTitle(),
                "viewers show the title, not the file name");
        assertTrue(report.getDocumentCatalog().getMetadata() != null, "XMP metadata for assistive software");
    }

    @Test
    void everyHeadingIsABookmarkNestedByLevel() throws IOException {
        PDOutlineNode outline = report.getDocumentCatalog().getDocumentOutline();
        List<String> tree = new ArrayList<>();
        describe(outline, "", tree);
        assertEquals(List.of("1. The incident", "  Key facts", "2. Agencies involved", "  Emerging learning",
                "    Decision"), tree);
        PDOutlineItem first = outline.getFirstChild();
        assertEquals(1, report.getPages().indexOf(first.findDestinationPage(report)), "on the page after the cover");
    }

    private static void describe(PDOutlineNode node, String indent, List<String> tree) {
        for (PDOutlineItem child : node.children()) {
            tree.add(indent + child.getTitle());
            describe(child, indent + "  ", tree);
        }
    }

    @Test
    void aLongTableRepeatsItsHeaderOnEveryPageItSpans() throws IOException {
        try (PDDocument chronology = Loader.loadPDF(PdfWriter.write(Samples.chronology(200, false)))) {
            int pages = chronology.getNumberOfPages();
            assertTrue(pages >= 4, "200 entries span several pages, not " + pages);
            assertTrue(squashed(pageText(chronology, 2)).contains("Event 1: contact"));
            assertTrue(squashed(pageText(chronology, pages)).contains("Event 200: contact"));
            for (int page = 2; page <= pages; page++) {
                String text = pageText(chronology, page);
                for (String header : Samples.CHRONOLOGY_HEADERS) {
                    assertTrue(squashed(text).contains(header), "'" + header + "' heads the table on page " + page);
                }
            }
            String all = squashed(new PDFTextStripper().getText(chronology));
            for (int entry = 1; entry <= 200; entry++) {
                assertTrue(all.contains("Event " + entry + ": contact"), "entry " + entry + " is not lost at a break");
            }
        }
    }

    @Test
    void aLandscapeDocumentHasWiderPagesThanTall() throws IOException {
        try (PDDocument chronology = Loader.loadPDF(PdfWriter.write(Samples.chronology(60, true)))) {
            for (PDPage page : chronology.getPages()) {
                assertTrue(page.getMediaBox().getWidth() > page.getMediaBox().getHeight());
            }
            String entry = "Event 1: contact with the family recorded and shared with the lead professional.";
            assertTrue(new PDFTextStripper().getText(chronology).contains(entry), "one line on a wide page");
            try (PDDocument portrait = Loader.loadPDF(PdfWriter.write(Samples.chronology(60, false)))) {
                assertFalse(new PDFTextStripper().getText(portrait).contains(entry), "wrapped on a narrow one");
            }
        }
    }

    @Test
    void awkwardValuesNeitherFailNorLoseTheTextAroundThem() throws IOException {
        try (PDDocument awkward = Loader.loadPDF(PdfWriter.write(Samples.awkward()))) {
            String text = new PDFTextStripper().getText(awkward);
            assertFalse(text.contains("\u0000") || text.contains("\u0007"));
            assertAll(() -> assertTrue(text.contains("Bell and null"), "control characters are dropped"),
                    () -> assertTrue(text.contains("Polish ?ódz"), "ó is WinAnsi; ź loses its accent; Ł has no base"),
                    () -> assertTrue(text.contains("Chinese ??"), "Helvetica has no Chinese, so a visible mark"),
                    () -> assertTrue(text.contains("emoji ? ?,"), "one mark an emoji, however it is built"),
                    () -> assertTrue(text.contains("tab here")),
                    () -> assertTrue(squashed(text).contains("Blank value Not recorded")),
                    () -> assertTrue(squashed(text).contains("Null value Not recorded")),
                    () -> assertTrue(text.contains("None recorded")),
                    () -> assertTrue(text.contains("Untitled section")),
                    () -> assertTrue(text.contains("After two page breaks")),
                    () -> assertTrue(text.contains("OFFICIAL-SENSITIVE")));
            assertTrue(images(awkward.getPage(0)).isEmpty(), "bytes that are no image give no logo");
            assertTrue(awkward.getDocumentInformation().getTitle().contains("Łódź"),
                    "metadata is Unicode, so it keeps what the page cannot show");
        }
    }

    @Test
    void aDocumentWithOnlyATitleIsOneMarkedPage() throws IOException {
        try (PDDocument minimal = Loader.loadPDF(PdfWriter.write(DocumentModel.builder("Agenda").build()))) {
            assertEquals(1, minimal.getNumberOfPages());
            String text = pageText(minimal, 1);
            assertTrue(text.contains("Agenda") && squashed(text).contains("Page 1 of 1"));
        }
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static List<COSName> images(PDPage page) throws IOException {
        List<COSName> images = new ArrayList<>();
        PDResources resources = page.getResources();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name)) {
                images.add(name);
            }
        }
        return images;
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void theBodysPagesAreCountedAfterTheCoverOnA4() throws IOException {
        // §8.3 measures an executive summary in A4 pages: a page of text is one, more text is more.
        String paragraph = "The agencies did not share what they knew about the family's move. ".repeat(12);
        DocumentModel oneParagraph = DocumentModel.builder("Executive summary").paragraph(paragraph).build();
        assertEquals(1, PdfWriter.bodyPages(oneParagraph));
        DocumentModel.Builder long_ = DocumentModel.builder("Executive summary");
        for (int i = 0; i < 20; i++) {
            long_.paragraph(paragraph);
        }
        int pages = PdfWriter.bodyPages(long_.build());
        assertTrue(pages >= 3, "twenty long paragraphs take " + pages + " pages");
        try (PDDocument pdf = Loader.loadPDF(PdfWriter.write(long_.build()))) {
            assertEquals(pages + 1, pdf.getNumberOfPages(), "the cover is the one page not counted");
            assertEquals(595.3f, pdf.getPage(1).getMediaBox().getWidth(), 0.5f, "A4");
        }
    }
}

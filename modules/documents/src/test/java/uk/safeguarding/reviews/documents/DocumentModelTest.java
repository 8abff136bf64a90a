package uk.safeguarding.reviews.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentModelTest {

    @Test
    void fieldsGivenTogetherFormOneBlock() {
        DocumentModel model = DocumentModel.builder("Report")
                .field("Child", "Child R").field("Age", "4")
                .heading(1, "Agencies")
                .field("Lead agency", "Police")
                .build();

        assertEquals(3, model.body().size());
        assertEquals(List.of(new Field("Child", "Child R"), new Field("Age", "4")),
                assertInstanceOf(Block.Fields.class, model.body().get(0)).fields());
        assertEquals(List.of(new Field("Lead agency", "Police")),
                assertInstanceOf(Block.Fields.class, model.body().get(2)).fields());
    }

    @Test
    void blankValuesAreKeptSoTheyCanBePrintedAsNotRecorded() {
        DocumentModel model = DocumentModel.builder("Report")
                .field("Strategy discussion", "  ").field(null, null).coverLine("Reference", null).coverLine(" ", "")
                .paragraph(null)
                .build();

        Block.Fields fields = assertInstanceOf(Block.Fields.class, model.body().get(0));
        assertEquals(1, fields.fields().size(), "a field with neither label nor value says nothing");
        assertFalse(fields.fields().get(0).isRecorded());
        assertEquals(List.of(new Field("Reference", "")), model.coverLines());
        Block.Paragraph paragraph = assertInstanceOf(Block.Paragraph.class, model.body().get(1));
        assertEquals("", paragraph.text());
        assertFalse(paragraph.isRecorded());
    }

    @Test
    void optionalCoverValuesDefaultToEmptyAndTheMarkingToOfficialSensitive() {
        DocumentModel model = DocumentModel.builder("  Report\n").organisation(null).subtitle(null).author(null)
                .logo(null).protectiveMarking("  ").build();

        assertEquals("Report", model.title());
        assertEquals("", model.organisation());
        assertEquals("", model.subtitle());
        assertEquals("", model.author());
        assertTrue(model.logo().isEmpty());
        assertEquals("OFFICIAL-SENSITIVE", model.protectiveMarking(), "a case paper is never unmarked by accident");
        assertFalse(model.landscape());
        assertEquals("OFFICIAL", DocumentModel.builder("Agenda").protectiveMarking("OFFICIAL").build()
                .protectiveMarking());
    }

    @Test
    void aDocumentNeedsATitle() {
        assertThrows(IllegalArgumentException.class, () -> DocumentModel.builder(null));
        assertThrows(IllegalArgumentException.class, () -> DocumentModel.builder(" \u0007 "));
    }

    @Test
    void headingsAreLevelOneToThreeAndNeverBlank() {
        DocumentModel.Builder builder = DocumentModel.builder("Report");
        assertThrows(IllegalArgumentException.class, () -> builder.heading(0, "Too high"));
        assertThrows(IllegalArgumentException.class, () -> builder.heading(4, "Too deep"));

        List<Block> body = builder.heading(1, null).heading(2, "Two\nlines").build().body();
        assertEquals(new Block.Heading(1, "Untitled section"), body.get(0));
        assertEquals(new Block.Heading(2, "Two lines"), body.get(1), "a heading is one line in an outline");
    }

    @Test
    void textIsCleanedOnTheWayIn() {
        DocumentModel model = DocumentModel.builder("Report")
                .paragraph("First\u0000 line\r\nsecond\u0007 line\rthird\tline").build();

        assertEquals("First line\nsecond line\nthird line",
                assertInstanceOf(Block.Paragraph.class, model.body().get(0)).text());
    }

    @Test
    void theLogoCannotBeChangedFromOutside() {
        byte[] logo = {1, 2, 3};
        DocumentModel model = DocumentModel.builder("Report").logo(logo).build();
        logo[0] = 9;
        model.logo().orElseThrow()[1] = 9;

        assertArrayEquals(new byte[] {1, 2, 3}, model.logo().orElseThrow());
        assertThrows(UnsupportedOperationException.class, () -> model.body().add(new Block.PageBreak()));
    }

    @Test
    void tablesAreSquaredUp() {
        Block.Table table = new Block.Table(Arrays.asList("Date", null),
                Arrays.asList(Arrays.asList("1 May", null, "a third cell"), null, List.of(" ", ""), List.of("2 May")));

        assertEquals(3, table.columnCount(), "the longest row widens the table");
        assertEquals(List.of("Date", "", ""), table.headers());
        assertEquals(List.of(List.of("1 May", "", "a third cell"), List.of("2 May", "", "")), table.rows(),
                "null and blank rows are left out; short rows are padded");
        assertTrue(table.hasHeaders());
        assertFalse(new Block.Table(List.of(" "), List.of(List.of("x"))).hasHeaders());

        Block.Table none = new Block.Table(null, null);
        assertTrue(none.isEmpty());
        assertEquals(1, none.columnCount());
    }

    @Test
    void columnsShareTheWidthByWhatTheyHold() {
        String narrative = "Health visitor saw the family at home and noted that the child had lost weight since "
                + "the last visit; referred to the GP.";
        Block.Table chronology = new Block.Table(List.of("Date", "Agency", "Event"),
                List.of(List.of("03/12/2026", "Health", narrative), List.of("04/12/2026", "Police", narrative)));
        double[] shares = chronology.columnShares();

        assertEquals(1.0, Arrays.stream(shares).sum(), 1e-9);
        assertTrue(shares[2] > 2 * shares[0], Arrays.toString(shares));
        assertTrue(shares[0] > 0.1, "a date still fits: " + Arrays.toString(shares));
    }

    @Test
    void pageBreaksThatWouldPrintBlankPagesAreDropped() {
        List<Block> body = DocumentModel.builder("Report")
                .pageBreak()
                .paragraph("One").pageBreak().pageBreak()
                .paragraph("Two").pageBreak()
                .build().body();

        assertEquals(List.of(new Block.Paragraph("One"), new Block.PageBreak(), new Block.Paragraph("Two")), body);
    }

    @Test
    void bulletsLeaveOutBlankItems() {
        Block.Bullets bullets = new Block.Bullets(Arrays.asList("First", null, " ", "Second\u0000"));
        assertEquals(List.of("First", "Second"), bullets.items());
        assertTrue(new Block.Bullets(null).items().isEmpty());
    }
}

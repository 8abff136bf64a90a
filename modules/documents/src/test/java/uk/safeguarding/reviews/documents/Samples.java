package uk.safeguarding.reviews.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;

/** Documents shaped like the ones the product writes, for the writers' tests. */
final class Samples {

    static final String ORGANISATION = "Northmoor Safeguarding Children Partnership";
    static final String TITLE = "Rapid Review Meeting Report";
    static final String SUBTITLE = "Report to the Child Safeguarding Practice Review Panel";
    static final String AUTHOR = "Sam Okafor, Partnership Business Manager";
    static final List<String> COVER_LINES = List.of("Reference", "RR-2026-0001", "Meeting date", "3 December 2026",
            "Child", "Child R (aged 4)", "Serious incident notified", "19 November 2026");
    static final List<String> FIELDS = List.of("Local authority", "Northmoor Council",
            "Panel notified within five working days", "Yes", "Cost of interim support", "£1,250");
    static final List<String> AGENCY_HEADERS = List.of("Agency", "Involvement", "Information returned");
    static final List<List<String>> AGENCY_ROWS = List.of(
            List.of("Northmoor Police", "Attended the home twice — October and November", "Yes"),
            List.of("Children’s social care", "Open as a child in need since March", "Yes"),
            List.of("Northmoor Integrated Care Board", "Health visiting; GP registered", "Awaited"),
            List.of("St Aidan’s Primary School", "Nursery class since September\nAttendance 78%", "Yes"));
    static final List<String> LEARNING = List.of("Information about the mother’s partner was not shared",
            "Neglect was seen as episodic rather than cumulative", "The café worker’s concern was not escalated");
    static final String MULTI_LINE = "R was seen at home on 2 November.\nHe was unkempt and hungry.";
    static final List<String> CHRONOLOGY_HEADERS = List.of("Date and time", "Source agency", "What happened");

    private Samples() {
    }

    static DocumentModel rapidReview() {
        DocumentModel.Builder report = DocumentModel.builder(TITLE)
                .organisation(ORGANISATION)
                .logo(logoPng())
                .subtitle(SUBTITLE)
                .author(AUTHOR);
        for (int index = 0; index < COVER_LINES.size(); index += 2) {
            report.coverLine(COVER_LINES.get(index), COVER_LINES.get(index + 1));
        }
        report.heading(1, "1. The incident")
                .paragraph(MULTI_LINE)
                .heading(2, "Key facts");
        for (int index = 0; index < FIELDS.size(); index += 2) {
            report.field(FIELDS.get(index), FIELDS.get(index + 1));
        }
        return report.field("Date of the strategy discussion", "")
                .heading(1, "2. Agencies involved")
                .table(AGENCY_HEADERS, AGENCY_ROWS)
                .heading(2, "Emerging learning")
                .bullets(LEARNING)
                .heading(3, "Decision")
                .paragraph("The partnership recommends a local child safeguarding practice review.")
                .build();
    }

    /** A chronology long enough to run over several pages. */
    static DocumentModel chronology(int entries, boolean landscape) {
        List<List<String>> rows = new ArrayList<>();
        for (int entry = 1; entry <= entries; entry++) {
            rows.add(List.of(String.format("%02d/11/2026 09:%02d", 1 + entry % 28, entry % 60),
                    entry % 2 == 0 ? "Police" : "Health visiting",
                    "Event " + entry + ": contact with the family recorded and shared with the lead professional."));
        }
        return DocumentModel.builder("Composite chronology")
                .organisation(ORGANISATION)
                .landscape(landscape)
                .heading(1, "Chronology")
                .table(CHRONOLOGY_HEADERS, rows)
                .build();
    }

    /** A model holding every awkward value a person could type or leave out. */
    static DocumentModel awkward() {
        String hostile = "Bell\u0007 and null\u0000 and \uD800 lone surrogate and \uFFFF, emoji 👍🏽 👩‍👩‍👧,"
                + " Polish Łódź, Greek Αθήνα, Chinese 儿童, Arabic طفل, tab\there, CRLF\r\nend";
        return DocumentModel.builder("Robustness " + hostile)
                .organisation(null)
                .logo(new byte[] {1, 2, 3})
                .subtitle(" ")
                .coverLine("Reference", null)
                .coverLine(null, null)
                .protectiveMarking(null)
                .author(null)
                .heading(1, null)
                .heading(2, hostile)
                .paragraph(null)
                .paragraph("   ")
                .paragraph(hostile)
                .field("Blank value", "   ")
                .field("Null value", null)
                .field(null, "Value without a label")
                .field(hostile, hostile)
                .table(null, null)
                .table(List.of("Only header"), List.of())
                .table(Arrays.asList("A", null), Arrays.asList(Arrays.asList(null, hostile, "extra cell"), null,
                        List.of()))
                .bullets(null)
                .bullets(Arrays.asList(null, " ", hostile))
                .pageBreak()
                .pageBreak()
                .paragraph("After two page breaks")
                .build();
    }

    static byte[] logoPng() {
        BufferedImage image = new BufferedImage(240, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D canvas = image.createGraphics();
        canvas.setColor(new Color(0x1F3864));
        canvas.fillRect(0, 0, 240, 80);
        canvas.setColor(Color.WHITE);
        canvas.fillOval(20, 15, 50, 50);
        canvas.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** Whitespace as single spaces, so text that wrapped in a table cell still reads as one phrase. */
    static String squashed(String text) {
        return text.replaceAll("\\s+", " ");
    }
}

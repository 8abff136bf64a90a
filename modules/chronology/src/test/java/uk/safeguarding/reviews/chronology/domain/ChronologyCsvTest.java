package uk.safeguarding.reviews.chronology.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.safeguarding.reviews.chronology.domain.Events.event;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The composite chronology as a spreadsheet-safe CSV file. */
class ChronologyCsvTest {

    private static final LocalDate DAY = LocalDate.of(2025, 1, 14);

    @Test
    void itRoundTripsThroughACsvParser() throws IOException {
        ChronologyEntry full = new ChronologyEntry("p", "police", "Avon Police", DAY, LocalTime.of(9, 5),
                "Said \"go away\",\nthen left", "Officer; child", "Risk", "Response", "Impact, on the child", "Partners",
                "Learning", Set.of(SignificanceReason.LEARNING_POINT, SignificanceReason.CHANGED_ASSESSMENT));
        ChronologyEntry untimed = event("s", "school", DAY, null, "Late to school");
        List<CompositeItem> composite = CompositeChronology.merge(List.of(full, untimed), DAY);

        byte[] csv = ChronologyCsv.write(composite);

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3), "a BOM, so Excel reads UTF-8");
        List<List<String>> records = parse(csv);
        assertEquals(3, records.size());
        assertEquals(List.of("Date", "Time", "Agency", "What happened", "Risk presented", "Agency response",
                "Impact on the risk and the child's lived experience", "Multi-agency considerations", "Learning",
                "Who was involved", "Why significant", "Possible duplicate", "Before birth"), records.get(0));
        assertEquals(List.of("14/01/2025", "09:05", "Avon Police", "Said \"go away\",\nthen left", "Risk", "Response",
                "Impact, on the child", "Partners", "Learning", "Officer; child",
                "Changed, or could have changed, the assessment; A learning point for agencies", "no", "no"), records.get(1));
        assertEquals(List.of("14/01/2025", "", "Beech School", "Late to school", "", "", "", "", "", "",
                "Changed, or could have changed, the assessment", "no", "no"), records.get(2));
    }

    @Test
    void anEventBeforeTheChildWasBornIsMarked() throws IOException {
        List<CompositeItem> composite = CompositeChronology.merge(List.of(
                event("a", "health", DAY.minusDays(1), null, "Antenatal booking"),
                event("b", "health", DAY, null, "Born at the hospital")), DAY);

        List<List<String>> records = parse(ChronologyCsv.write(composite));

        assertEquals("yes", cell(records.get(1), "Before birth"));
        assertEquals("no", cell(records.get(2), "Before birth"), "the day of birth itself is not before it");
    }

    @Test
    void possibleDuplicatesAreMarked() throws IOException {
        List<CompositeItem> composite = CompositeChronology.merge(List.of(
                event("a", "police", DAY, LocalTime.of(10, 0), "Strategy discussion"),
                event("b", "health", DAY, LocalTime.of(10, 30), "Strategy meeting")));

        List<List<String>> records = parse(ChronologyCsv.write(composite));

        assertEquals("yes", cell(records.get(1), "Possible duplicate"));
        assertEquals("yes", cell(records.get(2), "Possible duplicate"));
    }

    @Test
    void noCellCanBeReadAsAFormula() throws IOException {
        ChronologyEntry hostile = new ChronologyEntry("h", "x", "=HYPERLINK(\"http://evil\")", DAY, null,
                "=1+2", "+44 7700 900000", "-2 points", "@SUM(A1)", "\tTabbed", "Plain = text", "", Set.of(SignificanceReason.PATTERN));

        List<String> row = parse(ChronologyCsv.write(CompositeChronology.merge(List.of(hostile)))).get(1);

        assertEquals("'=HYPERLINK(\"http://evil\")", cell(row, "Agency"));
        assertEquals("'=1+2", cell(row, "What happened"));
        assertEquals("'+44 7700 900000", cell(row, "Who was involved"));
        assertEquals("'-2 points", cell(row, "Risk presented"));
        assertEquals("'@SUM(A1)", cell(row, "Agency response"));
        assertEquals("'\tTabbed", cell(row, "Impact on the risk and the child's lived experience"));
        assertEquals("Plain = text", cell(row, "Multi-agency considerations"));
        assertEquals("", cell(row, "Learning"));
    }

    /** Every row, the header included, as an independent parser reads the file after its BOM. */
    private static List<List<String>> parse(byte[] csv) throws IOException {
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            return parser.stream().map(CSVRecord::toList).toList();
        }
    }

    private static String cell(List<String> row, String column) {
        return row.get(ChronologyCsv.COLUMNS.indexOf(column));
    }
}

package uk.safeguarding.reviews.chronology.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguarding.reviews.chronology.domain.Events.LIMITS;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Toolkit Document 9 filled in offline: a CSV or XLSX file taken whole, or refused with every problem. */
class ChronologyImportTest {

    private static final String HEADER = "Date,Time,What happened,Who was involved,Risk presented,Agency response,"
            + "Impact on the risk and the child's lived experience,Multi-agency considerations,Learning,Why significant";

    private final AtomicInteger idsGiven = new AtomicInteger();
    private final Supplier<String> ids = () -> "id-" + idsGiven.incrementAndGet();

    @Test
    void aValidCsvGivesEveryEventForTheAgency() {
        ImportResult result = read("school.csv", csv(HEADER,
                "14/01/2025,09:15,Child arrived hungry,Class teacher,Neglect,Breakfast club place,Child ate,DSL told health visitor,Check food at home,changed-assessment; Indicative of a pattern",
                "2025-01-20,,Missed school,,,,,,,pattern"));

        assertTrue(result.accepted(), () -> result.problems().toString());
        assertEquals(List.of(), result.problems());
        assertEquals(2, result.entries().size());
        ChronologyEntry first = result.entries().get(0);
        assertEquals(new ChronologyEntry("id-1", "school", "Beech School", LocalDate.of(2025, 1, 14), LocalTime.of(9, 15),
                "Child arrived hungry", "Class teacher", "Neglect", "Breakfast club place", "Child ate",
                "DSL told health visitor", "Check food at home",
                Set.of(SignificanceReason.CHANGED_ASSESSMENT, SignificanceReason.PATTERN)), first);
        ChronologyEntry second = result.entries().get(1);
        assertEquals("id-2", second.id());
        assertEquals(LocalDate.of(2025, 1, 20), second.date());
        assertNull(second.time(), "a blank time is not known");
        assertEquals(Set.of(SignificanceReason.PATTERN), second.significance());
    }

    @Test
    void aCsvWithABomAndQuotedMultiLineCellsIsRead() {
        byte[] withBom = concat(CsvFiles.UTF8_BOM, csv(HEADER,
                "3/2/2025,14:00,\"Mother said: \"\"he hit me\"\",\r\nthen left\",Police; mother,,,,,,learning-point"));

        ImportResult result = read("export.csv", withBom);

        assertTrue(result.accepted(), () -> result.problems().toString());
        ChronologyEntry entry = result.entries().get(0);
        assertEquals("Mother said: \"he hit me\",\nthen left", entry.whatHappened());
        assertEquals(LocalDate.of(2025, 2, 3), entry.date());
        assertEquals("Police; mother", entry.whoWasInvolved());
    }

    @Test
    void headingsIgnoreCaseAndSurroundingSpacesAndBlankLinesAreSkipped() {
        String shouty = Arrays.stream(HEADER.split(",")).map(h -> "  " + h.toUpperCase() + " ").reduce((a, b) -> a + "," + b).orElseThrow();

        ImportResult result = read("a.csv", csv(shouty, "", "14/01/2025,,Seen,,,,,,,pattern", ",,,,,,,,,", ""));

        assertTrue(result.accepted(), () -> result.problems().toString());
        assertEquals(1, result.entries().size());
    }

    @Test
    void aWrongHeaderIsRefusedOnLine1SayingWhatWasExpectedAndWhatIsMissing() {
        ImportResult result = read("a.csv", csv("Date,Time,What happened,Who,Risk presented,Agency response,"
                + "Impact on the risk and the child's lived experience,Multi-agency considerations,Why significant",
                "14/01/2025,,Seen,,,,,,,pattern"));

        assertFalse(result.accepted());
        assertEquals(List.of(), result.entries());
        assertEquals(1, result.problems().size());
        ImportProblem problem = result.problems().get(0);
        assertEquals(1, problem.line());
        assertNull(problem.column());
        assertTrue(problem.reason().startsWith("Line 1 must hold the column headings " + String.join(", ", ChronologyImport.COLUMNS)),
                problem.reason());
        assertTrue(problem.reason().contains("Missing: Who was involved, Learning."), problem.reason());
        assertTrue(problem.reason().contains("Not expected: Who."), problem.reason());
    }

    @Test
    void headingsInAnotherOrderAreRefused() {
        String swapped = HEADER.replace("Date,Time", "Time,Date");
        ImportProblem problem = read("a.csv", csv(swapped, "09:00,14/01/2025,Seen,,,,,,,pattern")).problems().get(0);
        assertTrue(problem.reason().contains("wrong order"), problem.reason());
    }

    @Test
    void aSemicolonSeparatedFileIsToldToUseCommas() {
        ImportProblem problem = read("a.csv", csv(HEADER.replace(',', ';'), "14/01/2025;;Seen;;;;;;;pattern")).problems().get(0);
        assertTrue(problem.reason().contains("seems to use semicolons"), problem.reason());
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndColumnAndNoEventIsTaken() {
        ImportResult result = read("a.csv", csv(HEADER,
                "14/01/2025,09:00,Seen at school,,,,,,,pattern",
                ",10:00,No date given,,,,,,,urgent",
                "15/01/2025,,Seen again,,,,,,,pattern",
                "01/02/2015,25:00,Before the child was born,,,,,,,pattern"));

        assertFalse(result.accepted());
        assertEquals(List.of(), result.entries());
        assertEquals(0, idsGiven.get(), "a refused file uses no ids");
        assertEquals(List.of(
                        new ImportProblem(3, "Date", "Enter the date of the event"),
                        new ImportProblem(3, "Why significant", "\"urgent\" is not one of the reasons. Use one or more of "
                                + "changed-assessment, pattern, statutory-event, child-perceived, adult-perceived, learning-point, separated by ;"),
                        new ImportProblem(5, "Time", "Enter the time as hh:mm on the 24-hour clock, for example 14:30, "
                                + "or leave it blank if it is not known (found \"25:00\")")),
                result.problems());
        assertEquals("Line 3, Date: enter the date of the event", result.problems().get(0).describe());
        assertEquals("Line 3, Date: enter the date of the event", result.problems().get(0).toString());
    }

    @Test
    void aCellThatCannotBeReadIsReportedOnceNotAgainAsMissing() {
        ImportResult result = read("a.csv", csv(HEADER, "31/02/2025,,Seen,,,,,,,urgent; soon"));

        assertEquals(List.of("Date", "Why significant", "Why significant"),
                result.problems().stream().map(ImportProblem::column).toList());
        assertTrue(result.problems().get(0).reason().contains("dd/mm/yyyy"), "31 February is not a date");
    }

    @Test
    void linesAreCountedInTheFileSoRowsAfterAMultiLineCellAreFoundWhereTheyAre() {
        ImportResult result = read("a.csv", csv(HEADER,
                "14/01/2025,,\"Three\nline\ncell\",,,,,,,pattern",
                "",
                "15/01/2025,,,,,,,,,pattern"));

        assertEquals(List.of(new ImportProblem(6, "What happened", "Say what happened")), result.problems());
    }

    @Test
    void aRowWithMoreCellsThanColumnsIsRefused() {
        ImportResult result = read("a.csv", csv(HEADER, "14/01/2025,,Seen,,,,,,,pattern,extra"));
        ImportProblem problem = result.problems().get(0);
        assertEquals(2, problem.line());
        assertNull(problem.column());
        assertTrue(problem.reason().contains("\"extra\""), problem.reason());
    }

    @Test
    void brokenQuotingIsReportedAtTheLineItStarts() {
        ImportResult result = read("a.csv", csv(HEADER, "14/01/2025,,Seen,,,,,,,pattern", "15/01/2025,,\"Never closed,,,,,,,pattern"));
        assertEquals(1, result.problems().size());
        assertEquals(3, result.problems().get(0).line());
        assertTrue(result.problems().get(0).reason().contains("quoted cell is not closed"));
    }

    @Test
    void anEmptyFileOrAHeaderAloneHasNoEvents() {
        ImportProblem noEvents = new ImportProblem(1, null, "The file has no events");
        assertEquals(List.of(noEvents), read("a.csv", new byte[0]).problems());
        assertEquals(List.of(noEvents), read("a.csv", csv(HEADER)).problems());
        assertEquals(List.of(noEvents), read("a.csv", csv(HEADER, "", ",,,")).problems());
        assertEquals(List.of(noEvents), read("a.xlsx", xlsx(sheet -> header(sheet))).problems());
        assertEquals("Line 1: the file has no events", noEvents.describe());
    }

    @Test
    void moreThan2000EventsAreRefused() {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < ChronologyImport.MAX_EVENTS; i++) {
            lines.add("14/01/2025,,Seen,,,,,,,pattern");
        }
        assertTrue(read("a.csv", csv(lines.toArray(String[]::new))).accepted(), "2000 is allowed");

        lines.add("14/01/2025,,Seen,,,,,,,pattern");
        ImportResult tooMany = read("a.csv", csv(lines.toArray(String[]::new)));
        assertTrue(tooMany.entries().isEmpty(), "no entries");
        assertEquals(1, tooMany.problems().size());
        assertEquals(1, tooMany.problems().get(0).line());
        assertTrue(tooMany.problems().get(0).reason().startsWith("The file has more than 2000 events"));
    }

    @Test
    void aValidWorkbookGivesEveryEventWithRealDateAndTimeCellsOrText() {
        byte[] workbook = xlsx(sheet -> {
            header(sheet);
            // Excel's built-in formats, which it shows in the reader's locale: the cell's text is no guide, its value is.
            CellStyle dateStyle = sheet.getWorkbook().createCellStyle();
            dateStyle.setDataFormat((short) BuiltinFormats.getBuiltinFormat("m/d/yy"));
            CellStyle timeStyle = sheet.getWorkbook().createCellStyle();
            timeStyle.setDataFormat((short) BuiltinFormats.getBuiltinFormat("h:mm AM/PM"));
            Row real = row(sheet, 1, "", "", "Strategy discussion", "Police, social worker", "", "", "", "", "",
                    "statutory-event");
            real.getCell(0).setCellValue(LocalDate.of(2025, 3, 4));
            real.getCell(0).setCellStyle(dateStyle);
            real.getCell(1).setCellValue(LocalDateTime.of(1899, 12, 31, 16, 45)); // how Excel holds a time on its own
            real.getCell(1).setCellStyle(timeStyle);
            // row 3 (index 2) left out: a blank line
            Row typed = row(sheet, 3, "05/03/2025", "08:05", "Visit", "", "", "", "", "", "", "Significant to the child");
            typed.createCell(12).setCellValue(" "); // a stray blank cell beyond the columns is harmless
        });

        ImportResult result = read("chronology.xlsx", workbook);

        assertTrue(result.accepted(), () -> result.problems().toString());
        assertEquals(2, result.entries().size());
        ChronologyEntry first = result.entries().get(0);
        assertEquals(LocalDate.of(2025, 3, 4), first.date());
        assertEquals(LocalTime.of(16, 45), first.time());
        assertEquals("school", first.agencyId());
        assertEquals("Beech School", first.agencyName());
        assertEquals(Set.of(SignificanceReason.STATUTORY_EVENT), first.significance());
        ChronologyEntry second = result.entries().get(1);
        assertEquals(LocalDate.of(2025, 3, 5), second.date());
        assertEquals(LocalTime.of(8, 5), second.time());
        assertEquals(Set.of(SignificanceReason.CHILD_PERCEIVED), second.significance());
    }

    @Test
    void aWorkbooksProblemsAreOnTheRowsExcelShows() {
        byte[] workbook = xlsx(sheet -> {
            header(sheet);
            row(sheet, 1, "14/01/2025", "", "Seen", "", "", "", "", "", "", "pattern");
            row(sheet, 3, "14/01/2025", "9.30", "Seen", "", "", "", "", "", "", "pattern");
        });

        ImportResult result = read("chronology.xlsx", workbook);

        assertEquals(List.of(), result.entries());
        assertEquals(List.of("Line 4, Time"), result.problems().stream().map(p -> "Line " + p.line() + ", " + p.column()).toList());
    }

    @Test
    void fileThatIsNotACsvOrAWorkbookIsRefusedSayingWhy() throws IOException {
        byte[] random = new byte[4096];
        new Random(20191).nextBytes(random);
        random[0] = 'x'; // not by chance a known signature
        assertRefusedOnLine1("random.csv", random, "neither an Excel workbook (.xlsx) nor CSV text saved as UTF-8");

        byte[] corruptZip = concat(new byte[] {'P', 'K', 3, 4}, "this is no workbook".getBytes(StandardCharsets.US_ASCII));
        assertRefusedOnLine1("chronology.xlsx", corruptZip, "could not be opened");

        assertRefusedOnLine1("chronology.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), "This is a PDF");
        assertRefusedOnLine1("chronology.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                "Excel 97-2003 workbook (.xls)");
        assertRefusedOnLine1("chronology.docx", zip("word/document.xml", "[Content_Types].xml"), "This is a Word document");
        assertRefusedOnLine1("chronology.csv", new byte[] {'D', 'a', 't', 'e', 0, 1, 2}, "not CSV text");
        assertRefusedOnLine1("chronology.xlsx", csv(HEADER, "14/01/2025,,Seen,,,,,,,pattern"), "is not an Excel workbook");
    }

    @Test
    void aWorkbookThatWouldExpandFarBeyondItsSizeIsRefusedBeforeItIsRead() throws IOException {
        // A real workbook whose sheet is padded with 20 MB of spaces: a few kilobytes on disk.
        byte[] bomb = withSheetPadded(xlsx(sheet -> header(sheet)), 20 * 1024 * 1024);
        assertTrue(bomb.length < 200 * 1024, "compressed to " + bomb.length + " bytes");
        assertRefusedOnLine1("chronology.xlsx", bomb, "zip bomb");
    }

    private static byte[] withSheetPadded(byte[] workbook, int spaces) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(workbook));
                java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] part = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(part, StandardCharsets.UTF_8);
                    part = xml.replace("</worksheet>", " ".repeat(spaces) + "</worksheet>").getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                zip.write(part);
            }
        }
        return out.toByteArray();
    }

    @Test
    void nothingInAFileMakesTheImportThrow() {
        byte[] workbook = ChronologyImport.xlsxTemplate();
        byte[] text = csv(HEADER, "14/01/2025,,\"Seen\",,,,,,,pattern");
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            byte[] source = i % 2 == 0 ? workbook : text;
            byte[] damaged = Arrays.copyOf(source, random.nextInt(source.length) + 1);
            if (damaged.length > 10) {
                damaged[random.nextInt(damaged.length)] ^= (byte) (1 + random.nextInt(255));
            }
            ImportResult result = read("damaged", damaged);
            assertEquals(result.accepted(), result.problems().isEmpty());
        }
    }

    @Test
    void theCsvTemplateReimportsOnceItsExampleRowIsReplaced() {
        byte[] template = ChronologyImport.csvTemplate();

        // As downloaded, only the example row is refused, so everything else in it is a valid event.
        assertEquals(List.of(new ImportProblem(2, "What happened",
                "This is the template's example row: delete it before uploading the file")), read("template.csv", template).problems());

        String text = new String(template, StandardCharsets.UTF_8);
        String headerOnly = text.substring(0, text.indexOf("\r\n") + 2);
        ImportResult filledIn = read("template.csv", concat(headerOnly.getBytes(StandardCharsets.UTF_8),
                csv("14/01/2025,10:00,Seen at home,,,,,,,pattern")));
        assertTrue(filledIn.accepted(), () -> filledIn.problems().toString());
        assertEquals(1, filledIn.entries().size());
    }

    @Test
    void theXlsxTemplateReimportsOnceItsExampleRowIsReplaced() throws IOException {
        byte[] template = ChronologyImport.xlsxTemplate();
        assertEquals(List.of(new ImportProblem(2, "What happened",
                "This is the template's example row: delete it before uploading the file")), read("template.xlsx", template).problems());

        byte[] filledIn;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(ChronologyImport.COLUMNS, headingsOf(sheet.getRow(0)));
            Row example = sheet.getRow(1);
            example.getCell(2).setCellValue("Seen at home");
            workbook.write(out);
            filledIn = out.toByteArray();
        }
        ImportResult result = read("template.xlsx", filledIn);
        assertTrue(result.accepted(), () -> result.problems().toString());
        assertEquals(LocalDate.of(2024, 3, 14), result.entries().get(0).date());
        assertEquals(LocalTime.of(10, 30), result.entries().get(0).time());
    }

    private ImportResult read(String fileName, byte[] content) {
        return ChronologyImport.read(fileName, content, "school", "Beech School", LIMITS, ids);
    }

    private void assertRefusedOnLine1(String fileName, byte[] content, String reasonPart) {
        ImportResult result = read(fileName, content);
        assertFalse(result.accepted(), fileName);
        assertEquals(List.of(), result.entries());
        assertEquals(1, result.problems().size(), () -> result.problems().toString());
        ImportProblem problem = result.problems().get(0);
        assertEquals(1, problem.line());
        assertNull(problem.column());
        assertTrue(problem.reason().contains(reasonPart), problem.reason());
    }

    private static byte[] csv(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static byte[] xlsx(Consumer<Sheet> fill) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(workbook.createSheet("Events"));
            workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("Only the first sheet is read");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void header(Sheet sheet) {
        row(sheet, 0, ChronologyImport.COLUMNS.toArray(String[]::new));
    }

    private static Row row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int column = 0; column < values.length; column++) {
            row.createCell(column).setCellValue(values[column]);
        }
        return row;
    }

    private static List<String> headingsOf(Row row) {
        List<String> headings = new ArrayList<>();
        row.forEach(cell -> headings.add(cell.getStringCellValue()));
        return headings;
    }

    private static byte[] zip(String... entryNames) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : entryNames) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}

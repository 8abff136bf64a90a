package uk.safeguarding.reviews.chronology.domain;

import uk.safeguarding.reviews.kernel.CsvExport;
import uk.safeguarding.reviews.kernel.RefusalWords;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the chronology an agency filled in offline (§7.8, Toolkit Document 9) from a CSV file or an
 * Excel workbook, taking every event or none.
 *
 * <h2>The file</h2>
 * <ul>
 *   <li><b>CSV</b>: UTF-8 text, with or without a byte order mark (Excel's "CSV UTF-8"), comma
 *       separated, quoted as RFC 4180 says (a cell holding a comma, a quote or a line break is in
 *       double quotes, a quote inside it is written twice); a quoted cell can run over several lines.
 *   <li><b>XLSX</b>: an Excel workbook; only its first sheet is read. Told apart from CSV by its
 *       content (a zip file), not its name. Real date and time cells are accepted as well as text.
 *   <li>Anything else (an .xls, .doc, .docx, .pdf, text that is not UTF-8) is refused, saying why.
 *   <li>Line 1 holds the headings of {@link #COLUMNS}, all of them, in that order; case and spaces
 *       around a heading do not matter (nor a curly apostrophe for a straight one).
 *   <li>Each further line is one event. Blank lines are skipped. At most {@value #MAX_EVENTS} events.
 *   <li><b>Date</b>: dd/MM/yyyy (1/2/2015 too) or yyyy-MM-dd; required. <b>Time</b>: HH:mm on the
 *       24-hour clock, or blank when not known. <b>Why significant</b>: one or more of the
 *       {@link SignificanceReason} codes (e.g. {@code changed-assessment}) or labels, separated by
 *       {@code ;}. The other columns are free text; "What happened" is required.
 *   <li>Every row is checked with {@link ChronologyRules}; problems name the line and the column.
 *   <li>The templates' example row starts with {@value #EXAMPLE_MARKER} and is refused until it is deleted,
 *       so that the example never becomes an event in a child's chronology.
 * </ul>
 *
 * <p>Nothing the file holds makes {@link #read} throw: every failure is an {@link ImportProblem}.
 */
public final class ChronologyImport {

    /** The import file's column headings, in order. */
    public static final List<String> COLUMNS = Arrays.stream(EntryField.values()).map(EntryField::heading).toList();

    /** The most events one file can hold. */
    public static final int MAX_EVENTS = 2000;

    /** The largest file read, far above a real chronology, so an upload cannot exhaust memory. */
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    /** How the templates' example row begins, in its "What happened" column. */
    public static final String EXAMPLE_MARKER = "EXAMPLE ROW - delete this row.";

    /** The key of the words for a file without events (in the chronology's bundle). */
    static final String NO_EVENTS = "chronology.chronology-import.no-events";

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F'};
    private static final byte[] UTF16_BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final byte[] UTF16_LE_BOM = {(byte) 0xFF, (byte) 0xFE};

    private static final List<String> EXAMPLE_ROW = List.of(
            "14/03/2024",
            "10:30",
            EXAMPLE_MARKER + " Home visit by the health visitor. The child was seen alone and said she was frightened at night.",
            "Health visitor; child; mother",
            "Mother said her partner had been drinking and shouting at night; the child appeared tired and withdrawn.",
            "Referral made to children's social care the same day; GP informed.",
            "The referral led to a strategy discussion; the child's worries were recorded in her own words.",
            "Information shared with school and the GP; no reply from the police to the request for call-out history.",
            "The child's account was only heard because she was seen alone: routinely seeing children alone matters.",
            "changed-assessment; child-perceived");

    private ChronologyImport() {
    }

    /**
     * Reads an agency's chronology file.
     *
     * @param fileName the uploaded file's name, used only to explain a refusal
     * @param content the file's bytes
     * @param agencyId the agency the events are recorded for
     * @param agencyName that agency's name
     * @param limits the dates events can have
     * @param ids gives each accepted entry its id; not called when the file is refused
     * @return every event, or no event and every problem found
     */
    public static ImportResult read(String fileName, byte[] content, String agencyId, String agencyName,
            ChronologyLimits limits, Supplier<String> ids) {
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(ids, "ids");
        List<ImportRow> rows;
        try {
            // The header, the most events allowed, and one more to tell that there are too many.
            rows = readRows(fileName, content, 1 + MAX_EVENTS + 1);
        } catch (UnreadableFileException unreadable) {
            return ImportResult.refusing(unreadable.toProblem());
        }
        if (rows.isEmpty()) {
            return ImportResult.refusing(ImportProblem.of(1, null, NO_EVENTS));
        }
        Optional<String> headerProblem = headerProblem(rows.get(0));
        if (headerProblem.isPresent()) {
            return ImportResult.refusing(new ImportProblem(1, null, headerProblem.get()));
        }
        List<ImportRow> events = rows.subList(1, rows.size());
        if (events.isEmpty()) {
            return ImportResult.refusing(ImportProblem.of(1, null, NO_EVENTS));
        }
        if (events.size() > MAX_EVENTS) {
            return ImportResult.refusing(ImportProblem.of(1, null, "chronology.chronology-import.too-many-events",
                    MAX_EVENTS));
        }
        List<ChronologyEntry> entries = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (ImportRow row : events) {
            entries.add(readEntry(row, agencyId, agencyName, limits, problems));
        }
        if (!problems.isEmpty()) {
            return ImportResult.refusing(problems);
        }
        return ImportResult.taking(entries.stream().map(entry -> entry.withId(ids.get())).toList());
    }

    /** The columns' headings and one example row, as a CSV file (UTF-8 with a BOM, for Excel). */
    public static byte[] csvTemplate() {
        return CsvExport.writeWithBom(List.of(COLUMNS, EXAMPLE_ROW));
    }

    /**
     * The columns' headings and one example row, as an Excel workbook. Date and Time are text
     * columns, so that Excel does not turn 01/02/2015 into 2 January in a US-English copy. A second
     * sheet lists the reasons an event is significant; only the first sheet is ever imported.
     */
    public static byte[] xlsxTemplate() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            CellStyle heading = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading.setFont(bold);
            heading.setWrapText(true);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));

            Sheet events = workbook.createSheet("Chronology");
            writeRow(events.createRow(0), COLUMNS, heading);
            writeRow(events.createRow(1), EXAMPLE_ROW, wrapped);
            for (int column = 0; column < COLUMNS.size(); column++) {
                boolean dateOrTime = column <= EntryField.TIME.ordinal();
                events.setColumnWidth(column, (dateOrTime ? 12 : 40) * 256);
                events.setDefaultColumnStyle(column, dateOrTime ? text : wrapped);
            }
            events.getRow(1).getCell(EntryField.DATE.ordinal()).setCellStyle(text);
            events.getRow(1).getCell(EntryField.TIME.ordinal()).setCellStyle(text);
            events.createFreezePane(0, 1);

            Sheet reasons = workbook.createSheet("Why significant");
            writeRow(reasons.createRow(0), List.of("Code", "Label", "The question (§7.8)"), heading);
            for (SignificanceReason reason : SignificanceReason.values()) {
                writeRow(reasons.createRow(reason.ordinal() + 1), List.of(reason.code(), reason.label(), reason.question()), wrapped);
            }
            reasons.setColumnWidth(0, 22 * 256);
            reasons.setColumnWidth(1, 45 * 256);
            reasons.setColumnWidth(2, 100 * 256);

            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
    }

    private static void writeRow(Row row, List<String> values, CellStyle style) {
        for (int column = 0; column < values.size(); column++) {
            Cell cell = row.createCell(column);
            cell.setCellValue(values.get(column));
            cell.setCellStyle(style);
        }
    }

    private static List<ImportRow> readRows(String fileName, byte[] content, int maxRows) throws UnreadableFileException {
        if (content == null || content.length == 0) {
            throw new UnreadableFileException(NO_EVENTS);
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new UnreadableFileException("chronology.chronology-import.file-too-large",
                    MAX_FILE_BYTES / (1024 * 1024), MAX_EVENTS);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return XlsxRowReader.read(content, maxRows);
        }
        if (startsWith(content, OLE2_MAGIC)) {
            return refuse("chronology.chronology-import.old-office-file");
        }
        if (startsWith(content, PDF_MAGIC)) {
            return refuse("chronology.chronology-import.pdf");
        }
        if (startsWith(content, UTF16_BE_BOM) || startsWith(content, UTF16_LE_BOM)) {
            return refuse("chronology.chronology-import.utf16");
        }
        if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return refuse("chronology.chronology-import.named-xlsx-not-workbook", fileName);
        }
        return CsvRowReader.read(content, maxRows);
    }

    private static List<ImportRow> refuse(String key, Object... args) throws UnreadableFileException {
        throw new UnreadableFileException(key, args);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static Optional<String> headerProblem(ImportRow first) {
        List<String> found = first.line() == 1 ? headingsIn(first) : List.of();
        List<String> expected = COLUMNS.stream().map(ChronologyImport::normalisedHeading).toList();
        List<String> normalisedFound = found.stream().map(ChronologyImport::normalisedHeading).toList();
        if (normalisedFound.equals(expected)) {
            return Optional.empty();
        }
        // One sentence each, from the chronology's bundle, joined by a space (issue 13 §3).
        List<String> sentences = new ArrayList<>();
        String blank = RefusalWords.of("chronology.chronology-import.blank-heading");
        sentences.add(found.isEmpty() ? RefusalWords.of("chronology.chronology-import.headings-found-nothing", String.join(", ", COLUMNS))
                : RefusalWords.of("chronology.chronology-import.headings-found", String.join(", ", COLUMNS),
                        listed(found.stream().map(h -> h.isBlank() ? blank : h).toList())));
        List<String> missing = COLUMNS.stream().filter(c -> !normalisedFound.contains(normalisedHeading(c))).toList();
        if (!missing.isEmpty()) {
            sentences.add(RefusalWords.of("chronology.chronology-import.headings-missing", String.join(", ", missing)));
        }
        List<String> unexpected = found.stream().filter(h -> !h.isBlank() && !expected.contains(normalisedHeading(h))).toList();
        if (!unexpected.isEmpty()) {
            sentences.add(RefusalWords.of("chronology.chronology-import.headings-not-expected", listed(unexpected)));
        }
        if (missing.isEmpty() && unexpected.isEmpty()) {
            sentences.add(RefusalWords.of("chronology.chronology-import.headings-out-of-order"));
        }
        if (found.size() == 1 && (found.get(0).contains(";") || found.get(0).contains("\t"))) {
            sentences.add(RefusalWords.of(found.get(0).contains(";") ? "chronology.chronology-import.separated-by-semicolons"
                    : "chronology.chronology-import.separated-by-tabs"));
        }
        return Optional.of(String.join(" ", sentences));
    }

    // A file that is not a chronology at all can have hundreds of long "headings"; a few tell enough.
    private static String listed(List<String> headings) {
        int shown = 2 * COLUMNS.size();
        return headings.stream().limit(shown).map(ChronologyImport::shortened).collect(Collectors.joining(", "))
                + (headings.size() > shown ? ", …" : "");
    }

    // Spreadsheets carry trailing empty cells; they are not headings.
    private static List<String> headingsIn(ImportRow header) {
        List<String> headings = header.cells().stream().map(ImportCell::text).toList();
        int last = headings.size();
        while (last > 0 && headings.get(last - 1).isBlank()) {
            last--;
        }
        return headings.subList(0, last);
    }

    private static String normalisedHeading(String heading) {
        return heading.replace('\u2019', '\'').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The row as an entry (with a placeholder id), adding its problems to {@code problems}. */
    private static ChronologyEntry readEntry(ImportRow row, String agencyId, String agencyName, ChronologyLimits limits,
            List<ImportProblem> problems) {
        List<ImportProblem> rowProblems = new ArrayList<>();
        LocalDate date = readDate(row, rowProblems);
        LocalTime time = readTime(row, rowProblems);
        Set<SignificanceReason> reasons = readReasons(row, rowProblems);
        ChronologyEntry entry = new ChronologyEntry("", agencyId, agencyName, date, time,
                textIn(row, EntryField.WHAT_HAPPENED), textIn(row, EntryField.WHO_WAS_INVOLVED),
                textIn(row, EntryField.RISK_PRESENTED), textIn(row, EntryField.AGENCY_RESPONSE),
                textIn(row, EntryField.IMPACT_ON_CHILD), textIn(row, EntryField.MULTI_AGENCY_CONSIDERATIONS),
                textIn(row, EntryField.LEARNING), reasons);

        for (EntryProblem ruleProblem : ChronologyRules.check(entry, limits)) {
            // A cell that could not be read has already been reported; "enter the date" would only repeat it.
            boolean alreadyReported = rowProblems.stream().anyMatch(p -> ruleProblem.field().equals(p.column()));
            if (!alreadyReported) {
                rowProblems.add(new ImportProblem(row.line(), ruleProblem.field(), ruleProblem.message()));
            }
        }
        if (entry.whatHappened().regionMatches(true, 0, EXAMPLE_MARKER, 0, EXAMPLE_MARKER.length())) {
            rowProblems.add(problem(row, EntryField.WHAT_HAPPENED, "chronology.chronology-import.example-row"));
        }
        for (int column = COLUMNS.size(); column < row.cells().size(); column++) {
            if (!row.cell(column).isBlank()) {
                rowProblems.add(ImportProblem.of(row.line(), null, "chronology.chronology-import.more-cells-than-header",
                        COLUMNS.size(), column + 1, shortened(row.cell(column).text())));
                break;
            }
        }
        rowProblems.sort(Comparator.comparingInt(p -> p.column() == null ? -1 : COLUMNS.indexOf(p.column())));
        problems.addAll(rowProblems);
        return entry;
    }

    /** The one reading of a date for both formats: a workbook's real date cell, or text as {@link UkDates} reads it. */
    private static LocalDate readDate(ImportRow row, List<ImportProblem> problems) {
        ImportCell cell = row.cell(EntryField.DATE.ordinal());
        if (cell.isBlank()) {
            return null; // ChronologyRules asks for the date
        }
        if (cell.dateTime() != null) {
            return cell.dateTime().toLocalDate();
        }
        Optional<LocalDate> date = UkDates.parseDate(cell.text());
        if (date.isEmpty()) {
            problems.add(problem(row, EntryField.DATE, "chronology.chronology-import.date-format",
                    shortened(cell.text())));
        }
        return date.orElse(null);
    }

    private static LocalTime readTime(ImportRow row, List<ImportProblem> problems) {
        ImportCell cell = row.cell(EntryField.TIME.ordinal());
        if (cell.isBlank()) {
            return null; // not known
        }
        if (cell.dateTime() != null) {
            return XlsxRowReader.timeOf(cell.dateTime());
        }
        Optional<LocalTime> time = UkDates.parseTime(cell.text());
        if (time.isEmpty()) {
            problems.add(problem(row, EntryField.TIME, "chronology.chronology-import.time-format",
                    shortened(cell.text())));
        }
        return time.orElse(null);
    }

    private static Set<SignificanceReason> readReasons(ImportRow row, List<ImportProblem> problems) {
        Set<SignificanceReason> reasons = EnumSet.noneOf(SignificanceReason.class);
        for (String part : row.cell(EntryField.WHY_SIGNIFICANT.ordinal()).text().split(";")) {
            if (part.isBlank()) {
                continue;
            }
            Optional<SignificanceReason> reason = SignificanceReason.fromText(part);
            if (reason.isPresent()) {
                reasons.add(reason.get());
            } else {
                problems.add(problem(row, EntryField.WHY_SIGNIFICANT, "chronology.chronology-import.not-a-reason",
                        shortened(part.strip()), Arrays.stream(SignificanceReason.values()).map(SignificanceReason::code)
                                .collect(Collectors.joining(", "))));
            }
        }
        return reasons;
    }

    // Windows line breaks inside a cell are kept as plain line breaks; spaces around the text are not kept.
    private static String textIn(ImportRow row, EntryField field) {
        return row.cell(field.ordinal()).text().replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static ImportProblem problem(ImportRow row, EntryField field, String key, Object... args) {
        return ImportProblem.of(row.line(), field.heading(), key, args);
    }

    private static String shortened(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "…";
    }
}

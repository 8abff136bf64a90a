package uk.safeguarding.reviews.chronology.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import uk.safeguarding.reviews.kernel.Causes;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads the non-blank rows of the first sheet of an Excel workbook (.xlsx). */
final class XlsxRowReader {

    // Excel keeps a time of day on its own as that time on its day zero.
    private static final int EXCEL_DAY_ZERO_YEAR = 1899;

    /** No part of a chronology workbook comes near this once expanded (the import's row limit is far below). */
    static final long MAX_EXPANDED_PART_BYTES = 64L * 1024 * 1024;

    static {
        // Issue 18: a workbook that would expand to far more than its size (a "zip bomb") is refused
        // before it is inflated into memory. POI's ratio is its own default, stated here on purpose.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_EXPANDED_PART_BYTES);
    }

    private XlsxRowReader() {
    }

    /** At most {@code maxRows} rows, header included: the caller only needs to know there are too many. */
    static List<ImportRow> read(byte[] content, int maxRows) throws UnreadableFileException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                return List.of();
            }
            return rowsOf(workbook.getSheetAt(0), maxRows);
        } catch (IOException | RuntimeException unreadable) {
            if (isZipBomb(unreadable)) {
                throw new UnreadableFileException("chronology.xlsx-row-reader.zip-bomb");
            }
            // POI reports a damaged or foreign package with many unchecked exception types.
            throw new UnreadableFileException(whyNotAWorkbook(content));
        }
    }

    private static List<ImportRow> rowsOf(Sheet sheet, int maxRows) {
        DataFormatter formatter = new DataFormatter();
        List<ImportRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<ImportCell> cells = new ArrayList<>();
            for (int column = 0; column < row.getLastCellNum(); column++) {
                cells.add(cellOf(row.getCell(column), formatter));
            }
            if (!ImportRow.isBlank(cells)) {
                rows.add(new ImportRow(row.getRowNum() + 1, cells));
                if (rows.size() >= maxRows) {
                    break;
                }
            }
        }
        return rows;
    }

    private static ImportCell cellOf(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return ImportCell.EMPTY;
        }
        // A formula's last calculated value is what the agency saw; nothing is recalculated here.
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case STRING:
                return ImportCell.of(cell.getStringCellValue());
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime value = cell.getLocalDateTimeCellValue();
                    return value == null ? ImportCell.EMPTY : new ImportCell(asText(value), value);
                }
                return ImportCell.of(formatter.formatRawCellContents(cell.getNumericCellValue(),
                        cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString()));
            case BOOLEAN:
                return ImportCell.of(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR:
                return ImportCell.of(errorText(cell.getErrorCellValue()));
            default:
                return ImportCell.EMPTY;
        }
    }

    /** A date or time cell's value as it would have been typed, for when it sits in a text column. */
    private static String asText(LocalDateTime value) {
        if (value.getYear() == EXCEL_DAY_ZERO_YEAR) {
            return UkDates.format(timeOf(value));
        }
        if (value.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return UkDates.format(value.toLocalDate());
        }
        return UkDates.format(value.toLocalDate()) + " " + UkDates.format(timeOf(value));
    }

    /** A time cell's time to the minute; Excel's fractions of a day can land a few milliseconds short. */
    static LocalTime timeOf(LocalDateTime value) {
        return value.toLocalTime().plusSeconds(30).truncatedTo(ChronoUnit.MINUTES);
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException unknownCode) {
            return "#ERROR";
        }
    }

    /** POI's ZipSecureFile refusal, wherever in the chain of causes POI put it. */
    private static boolean isZipBomb(Throwable failure) {
        return Causes.anyMatch(failure, cause -> String.valueOf(cause.getMessage()).contains("Zip bomb"));
    }

    /** The key of why a zip file could not be opened as a workbook, naming what it is if it can be told. */
    private static String whyNotAWorkbook(byte[] content) {
        Set<String> names = zipEntryNames(content);
        if (names.contains("word/document.xml")) {
            return "chronology.xlsx-row-reader.word-document";
        }
        if (names.stream().anyMatch(name -> name.startsWith("ppt/"))) {
            return "chronology.xlsx-row-reader.powerpoint";
        }
        if (names.contains("xl/workbook.bin")) {
            return "chronology.xlsx-row-reader.xlsb";
        }
        if (names.contains("content.xml")) {
            return "chronology.xlsx-row-reader.opendocument";
        }
        return "chronology.xlsx-row-reader.damaged-workbook";
    }

    private static Set<String> zipEntryNames(byte[] content) {
        Set<String> names = new HashSet<>();
        try (InputStream bytes = new ByteArrayInputStream(content);
                ZipInputStream zip = new ZipInputStream(bytes, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        } catch (IOException | RuntimeException damaged) {
            // keep the names read before the damage; they may still tell what the file is
        }
        return names;
    }
}

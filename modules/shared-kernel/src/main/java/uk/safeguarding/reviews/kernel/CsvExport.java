package uk.safeguarding.reviews.kernel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * How every CSV file a person downloads is written: RFC 4180, UTF-8, with a BOM so that Excel reads
 * UTF-8, and no cell that a spreadsheet would run as a formula.
 */
public final class CsvExport {

    public static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvExport() {
    }

    /** The rows as a file; cells are written as given, so pass them through {@link #formulaSafe} first. */
    public static byte[] writeWithBom(List<List<String>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(UTF8_BOM);
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
        return bytes.toByteArray();
    }

    /**
     * The cell as a spreadsheet will show it, never as a formula: a cell that starts with = + - @
     * (or a tab or carriage return, which some spreadsheets skip before looking) gets a leading
     * apostrophe, the spreadsheet convention for "this is text" (OWASP CSV injection).
     */
    public static String formulaSafe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}

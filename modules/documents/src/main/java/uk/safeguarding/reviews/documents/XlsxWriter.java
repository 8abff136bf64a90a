package uk.safeguarding.reviews.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table as an Excel workbook, for people who track work in spreadsheets: bold, frozen headings,
 * wrapped text, every cell text (so Excel never turns a date or a reference into something else).
 */
public final class XlsxWriter {

    private XlsxWriter() {
    }

    /** One sheet: its name, its column headings and its rows of text. */
    public record Table(String sheetName, List<String> headers, List<List<String>> rows) {
    }

    public static byte[] write(String sheetName, List<String> headers, List<List<String>> rows) {
        return write(List.of(new Table(sheetName, headers, rows)));
    }

    /** A workbook of several sheets, in order, each with its headings bold and frozen. */
    public static byte[] write(List<Table> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            CellStyle heading = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading.setFont(bold);
            heading.setWrapText(true);
            CellStyle text = workbook.createCellStyle();
            text.setWrapText(true);
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            for (Table table : tables) {
                Sheet sheet = workbook.createSheet(table.sheetName());
                write(sheet.createRow(0), table.headers(), heading);
                for (int i = 0; i < table.rows().size(); i++) {
                    write(sheet.createRow(i + 1), table.rows().get(i), text);
                }
                for (int column = 0; column < table.headers().size(); column++) {
                    sheet.setColumnWidth(column, 30 * 256);
                }
                sheet.createFreezePane(0, 1);
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> cells, CellStyle style) {
        for (int i = 0; i < cells.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(cells.get(i) == null ? "" : cells.get(i));
            cell.setCellStyle(style);
        }
    }
}

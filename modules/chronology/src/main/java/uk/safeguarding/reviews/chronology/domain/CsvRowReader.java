package uk.safeguarding.reviews.chronology.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the non-blank rows of a CSV file saved as UTF-8 (with or without a BOM), RFC 4180 quoting. */
final class CsvRowReader {


    private CsvRowReader() {
    }

    /** At most {@code maxRows} rows, header included: the caller only needs to know there are too many. */
    static List<ImportRow> read(byte[] content, int maxRows) throws UnreadableFileException {
        String text = decode(content);
        List<ImportRow> rows = new ArrayList<>();
        long recordStart = 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CsvFiles.READ_FORMAT)) {
            for (CSVRecord record : parser) {
                List<ImportCell> cells = record.stream().map(ImportCell::of).toList();
                if (!ImportRow.isBlank(cells)) {
                    rows.add(new ImportRow(Math.toIntExact(recordStart), cells));
                    if (rows.size() >= maxRows) {
                        break;
                    }
                }
                // The parser counts line breaks read so far, so the next record starts on the line after.
                recordStart = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException | UncheckedIOException | IllegalStateException badQuoting) {
            throw new UnreadableFileException(Math.toIntExact(recordStart), "chronology.csv-row-reader.bad-quoting");
        }
        return rows;
    }

    private static String decode(byte[] content) throws UnreadableFileException {
        boolean hasBom = content.length >= 3 && Arrays.equals(content, 0, 3, CsvFiles.UTF8_BOM, 0, 3);
        ByteBuffer bytes = ByteBuffer.wrap(content, hasBom ? 3 : 0, content.length - (hasBom ? 3 : 0));
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw new UnreadableFileException("chronology.csv-row-reader.not-utf8");
        }
        if (text.chars().anyMatch(CsvRowReader::isBinary)) {
            throw new UnreadableFileException("chronology.csv-row-reader.binary");
        }
        return text;
    }

    // Control characters other than tab and line breaks do not occur in text a person typed.
    private static boolean isBinary(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }
}

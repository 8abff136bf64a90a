package uk.safeguarding.reviews.chronology.domain;

import java.util.Objects;
import uk.safeguarding.reviews.kernel.RefusalWords;

/**
 * Why an import file, or one of its rows, cannot be taken.
 *
 * @param line the 1-based line of the file (the header is line 1); in a CSV file the physical line
 *     where the row starts, so a row after a multi-line cell is still found where it is; in a
 *     workbook the row number Excel shows
 * @param column the column heading, or {@code null} when the problem is with the whole row or file
 * @param reason a sentence for the person who filled the file in
 */
public record ImportProblem(int line, String column, String reason) {

    public ImportProblem {
        if (line < 1) {
            throw new IllegalArgumentException("Lines are counted from 1: " + line);
        }
        Objects.requireNonNull(reason, "reason");
    }

    /** A problem of {@code line} (and {@code column}), for the reason {@code key} names in the chronology's bundle. */
    static ImportProblem of(int line, String column, String key, Object... args) {
        return new ImportProblem(line, column, RefusalWords.of(key, args));
    }

    /** E.g. "Line 4, Date: enter the date of the event" or "Line 1: the file has no events". */
    public String describe() {
        String where = column == null ? RefusalWords.of("chronology.import-problem.line", line)
                : RefusalWords.of("chronology.import-problem.line-column", line, column);
        return where + ": " + lowerFirstWord(reason);
    }

    @Override
    public String toString() {
        return describe();
    }

    // "Enter the date" reads on after a colon as "enter the date"; "CSV" and "XLSX" keep their capitals.
    private static String lowerFirstWord(String sentence) {
        if (sentence.length() > 1 && Character.isUpperCase(sentence.charAt(0)) && !Character.isUpperCase(sentence.charAt(1))) {
            return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
        }
        return sentence;
    }
}

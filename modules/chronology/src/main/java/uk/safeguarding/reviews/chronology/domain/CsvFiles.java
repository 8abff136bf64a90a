package uk.safeguarding.reviews.chronology.domain;

import org.apache.commons.csv.CSVFormat;
import uk.safeguarding.reviews.kernel.CsvExport;

/** How the chronology's CSV files are read: RFC 4180, UTF-8, with or without a BOM (written by {@link CsvExport}). */
final class CsvFiles {

    static final byte[] UTF8_BOM = CsvExport.UTF8_BOM;

    // Empty lines are kept as records so that the reader can count physical lines; it skips them itself.
    static final CSVFormat READ_FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private CsvFiles() {
    }
}

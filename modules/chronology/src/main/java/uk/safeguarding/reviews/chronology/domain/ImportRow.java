package uk.safeguarding.reviews.chronology.domain;

import java.util.List;

/** One non-blank row of an import file and the line it is on (1-based, as the agency sees it). */
record ImportRow(int line, List<ImportCell> cells) {

    ImportRow {
        cells = List.copyOf(cells);
    }

    /** The cell in a column, or an empty one where the row stops short (spreadsheets drop trailing blanks). */
    ImportCell cell(int column) {
        return column < cells.size() ? cells.get(column) : ImportCell.EMPTY;
    }

    static boolean isBlank(List<ImportCell> cells) {
        return cells.stream().allMatch(ImportCell::isBlank);
    }
}

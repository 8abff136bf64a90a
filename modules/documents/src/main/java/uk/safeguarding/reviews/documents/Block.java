package uk.safeguarding.reviews.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * One piece of a document's body, in reading order. Text is cleaned when a block is made (control
 * characters removed, line ends made {@code \n}), so what a block holds is what the writers print.
 */
public sealed interface Block {

    /** Passes this block to the visitor's method for its kind. */
    void accept(Visitor visitor);

    /** What a writer implements to render every kind of block; adding a kind breaks every writer's build. */
    interface Visitor {
        void heading(Heading heading);

        void paragraph(Paragraph paragraph);

        void fields(Fields fields);

        void table(Table table);

        void bullets(Bullets bullets);

        void pageBreak(PageBreak pageBreak);
    }

    /** A section heading, level 1 to 3, as the navigation pane and screen readers list them. */
    record Heading(int level, String text) implements Block {

        /** Printed for a heading with no text: a blank heading would leave a gap in the outline. */
        static final String UNTITLED = "Untitled section";

        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("A heading's level is 1, 2 or 3, not " + level);
            }
            text = Text.clean(text).strip().replace('\n', ' ');
            if (text.isEmpty()) {
                text = UNTITLED;
            }
        }

        @Override
        public void accept(Visitor visitor) {
            visitor.heading(this);
        }
    }

    /** Running text; its line breaks are kept. Blank text is printed as "Not recorded". */
    record Paragraph(String text) implements Block {

        public Paragraph {
            text = Text.clean(text);
        }

        public boolean isRecorded() {
            return !text.isBlank();
        }

        @Override
        public void accept(Visitor visitor) {
            visitor.paragraph(this);
        }
    }

    /** Labelled values given one after another, printed together as a two-column table. */
    record Fields(List<Field> fields) implements Block {

        public Fields {
            fields = List.copyOf(fields);
        }

        @Override
        public void accept(Visitor visitor) {
            visitor.fields(this);
        }
    }

    /**
     * A table with one header row, repeated on every page it runs onto. Missing cells are blank; a row
     * longer than the headers widens the table rather than losing what is in it; a row with nothing in
     * it is left out.
     */
    record Table(List<String> headers, List<List<String>> rows) implements Block {

        /** The fewest and most characters a column's width is worked out for; see {@link #columnShares()}. */
        private static final int NARROWEST = 4;
        private static final int WIDEST = 60;
        /** A header up to this long gets room to stay on one line. */
        private static final int HEADER_ROOM = 20;

        public Table {
            List<List<String>> cleanedRows = new ArrayList<>();
            for (List<String> row : rows == null ? List.<List<String>>of() : rows) {
                List<String> cells = row == null ? List.of() : row.stream().map(Text::clean).toList();
                if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                    cleanedRows.add(cells);
                }
            }
            int columns = Math.max(1, cleanedRows.stream().mapToInt(List::size).max().orElse(0));
            List<String> cleanedHeaders = headers == null ? List.of()
                    : headers.stream().map(header -> Text.clean(header).strip()).toList();
            columns = Math.max(columns, cleanedHeaders.size());
            headers = padded(cleanedHeaders, columns);
            List<List<String>> paddedRows = new ArrayList<>(cleanedRows.size());
            for (List<String> row : cleanedRows) {
                paddedRows.add(padded(row, columns));
            }
            rows = List.copyOf(paddedRows);
        }

        private static List<String> padded(List<String> cells, int columns) {
            List<String> padded = new ArrayList<>(cells);
            while (padded.size() < columns) {
                padded.add("");
            }
            return List.copyOf(padded);
        }

        /** Without any header text the writers leave the header row out rather than print an empty one. */
        public boolean hasHeaders() {
            return headers.stream().anyMatch(header -> !header.isEmpty());
        }

        public int columnCount() {
            return headers.size();
        }

        /** With no rows the writers print one row reading "None recorded". */
        public boolean isEmpty() {
            return rows.isEmpty();
        }

        /**
         * Each column's share of the table's width, adding up to 1. Shares follow what the column
         * typically holds (its average cell, and at least its longest word and a short header) so a
         * date column stays narrow and a narrative column gets the room; the bounds stop one very long
         * cell from squeezing the rest.
         */
        public double[] columnShares() {
            double[] weights = new double[columnCount()];
            for (int column = 0; column < weights.length; column++) {
                String header = headers.get(column);
                int longestWord = Math.max(longestWord(header), Math.min(header.length(), HEADER_ROOM));
                long filledCells = 0;
                long characters = 0;
                for (List<String> row : rows) {
                    String cell = row.get(column);
                    longestWord = Math.max(longestWord, longestWord(cell));
                    if (!cell.isBlank()) {
                        filledCells++;
                        characters += cell.length();
                    }
                }
                double averageCell = filledCells == 0 ? 0 : (double) characters / filledCells;
                weights[column] = Math.min(WIDEST, Math.max(NARROWEST, Math.max(longestWord, averageCell)));
            }
            double total = 0;
            for (double weight : weights) {
                total += weight;
            }
            for (int column = 0; column < weights.length; column++) {
                weights[column] /= total;
            }
            return weights;
        }

        private static int longestWord(String text) {
            int longest = 0;
            for (String word : text.split("\\s+")) {
                longest = Math.max(longest, word.length());
            }
            return longest;
        }

        @Override
        public void accept(Visitor visitor) {
            visitor.table(this);
        }
    }

    /** A bulleted list. Blank items are left out; a list with none is printed as "None recorded". */
    record Bullets(List<String> items) implements Block {

        public Bullets {
            items = items == null ? List.of()
                    : items.stream().map(Text::clean).filter(item -> !item.isBlank()).toList();
        }

        @Override
        public void accept(Visitor visitor) {
            visitor.bullets(this);
        }
    }

    /** Starts the next block on a new page. */
    record PageBreak() implements Block {

        @Override
        public void accept(Visitor visitor) {
            visitor.pageBreak(this);
        }
    }
}

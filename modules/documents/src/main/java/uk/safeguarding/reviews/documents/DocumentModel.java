package uk.safeguarding.reviews.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A partnership's paper described as data: a cover (organisation, logo, title, subtitle, cover lines),
 * a protective marking for every page, and a body of {@link Block}s in reading order. Immutable; made
 * with {@link #builder(String)} and rendered by {@link DocxWriter} and {@link PdfWriter}.
 *
 * <p>Optional values may be null or blank: text is cleaned on the way in (control characters, which
 * would corrupt a DOCX, are removed; line ends become {@code \n}) and absent text is held as the empty
 * string, so the accessors never return null.
 */
public final class DocumentModel {

    /** The marking a partnership's case papers carry unless told otherwise (Government Security Classifications). */
    public static final String DEFAULT_PROTECTIVE_MARKING = "OFFICIAL-SENSITIVE";

    private final String title;
    private final String organisation;
    private final byte[] logo;
    private final String subtitle;
    private final List<Field> coverLines;
    private final String protectiveMarking;
    private final boolean landscape;
    private final String author;
    private final List<Block> body;

    private DocumentModel(Builder builder) {
        this.title = builder.title;
        this.organisation = builder.organisation;
        this.logo = builder.logo;
        this.subtitle = builder.subtitle;
        this.coverLines = List.copyOf(builder.coverLines);
        this.protectiveMarking = builder.protectiveMarking;
        this.landscape = builder.landscape;
        this.author = builder.author;
        this.body = List.copyOf(builder.body);
    }

    /**
     * Starts a document with its title, which is printed on the cover and set as the file's title.
     *
     * @throws IllegalArgumentException if the title is null or blank: every paper has a title
     */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    public String title() {
        return title;
    }

    /** The partnership's name, or empty. */
    public String organisation() {
        return organisation;
    }

    /** A copy of the logo's bytes (PNG or JPEG), if there is one. */
    public Optional<byte[]> logo() {
        return Optional.ofNullable(logo).map(byte[]::clone);
    }

    /** Empty when there is none. */
    public String subtitle() {
        return subtitle;
    }

    public List<Field> coverLines() {
        return coverLines;
    }

    /** Printed in the header and footer of every page; never blank. */
    public String protectiveMarking() {
        return protectiveMarking;
    }

    public boolean landscape() {
        return landscape;
    }

    /** Empty when there is none. */
    public String author() {
        return author;
    }

    /** The blocks after the cover, in reading order. Consecutive fields come as one {@link Block.Fields}. */
    public List<Block> body() {
        return body;
    }

    /** Collects a document's parts; each method returns the builder so a document reads top to bottom. */
    public static final class Builder {

        private final String title;
        private String organisation = "";
        private byte[] logo;
        private String subtitle = "";
        private final List<Field> coverLines = new ArrayList<>();
        private String protectiveMarking = DEFAULT_PROTECTIVE_MARKING;
        private boolean landscape;
        private String author = "";
        private final List<Block> body = new ArrayList<>();
        private final List<Field> pendingFields = new ArrayList<>();

        private Builder(String title) {
            String cleaned = singleLine(title);
            if (cleaned.isEmpty()) {
                throw new IllegalArgumentException("A document needs a title");
            }
            this.title = cleaned;
        }

        private static String singleLine(String text) {
            return Text.clean(text).replace('\n', ' ').strip();
        }

        /** The partnership's name, printed on the cover. */
        public Builder organisation(String name) {
            this.organisation = singleLine(name);
            return this;
        }

        /** A PNG or JPEG shown on the cover, at most about 5 cm wide; null for none. */
        public Builder logo(byte[] png) {
            this.logo = png == null || png.length == 0 ? null : Arrays.copyOf(png, png.length);
            return this;
        }

        public Builder subtitle(String subtitle) {
            this.subtitle = singleLine(subtitle);
            return this;
        }

        /** A labelled line on the cover, such as "Reference" and "RR-2026-0001"; printed in the order given. */
        public Builder coverLine(String label, String value) {
            Field line = new Field(label, value);
            if (!line.isEmpty()) {
                coverLines.add(line);
            }
            return this;
        }

        /**
         * The marking printed at the top and bottom of every page. Blank keeps
         * {@value DocumentModel#DEFAULT_PROTECTIVE_MARKING}: a case paper is never printed unmarked by
         * accident.
         */
        public Builder protectiveMarking(String marking) {
            String cleaned = singleLine(marking);
            this.protectiveMarking = cleaned.isEmpty() ? DEFAULT_PROTECTIVE_MARKING : cleaned;
            return this;
        }

        /** Pages wider than tall, for wide tables such as a chronology. */
        public Builder landscape(boolean landscape) {
            this.landscape = landscape;
            return this;
        }

        /** Who wrote the document; kept in the file's properties, not printed. */
        public Builder author(String author) {
            this.author = singleLine(author);
            return this;
        }

        /** A heading of level 1, 2 or 3; any other level is a programming error. */
        public Builder heading(int level, String text) {
            return add(new Block.Heading(level, text));
        }

        /** Running text; line breaks are kept, and blank text is printed as "Not recorded". */
        public Builder paragraph(String text) {
            return add(new Block.Paragraph(text));
        }

        /** A labelled value; fields given one after another are printed as one two-column table. */
        public Builder field(String label, String value) {
            Field field = new Field(label, value);
            if (!field.isEmpty()) {
                pendingFields.add(field);
            }
            return this;
        }

        /** A table whose header row repeats on every page; with no rows it reads "None recorded". */
        public Builder table(List<String> headers, List<List<String>> rows) {
            return add(new Block.Table(headers, rows));
        }

        /** A bulleted list; blank items are left out, and an empty list reads "None recorded". */
        public Builder bullets(List<String> items) {
            return add(new Block.Bullets(items));
        }

        /**
         * Starts what follows on a new page. A break with nothing before it (the body starts on a page
         * of its own anyway), after another break, or at the end is dropped: Word would print those as
         * blank pages, and a PDF would not.
         */
        public Builder pageBreak() {
            closeFields();
            if (!body.isEmpty() && !(body.get(body.size() - 1) instanceof Block.PageBreak)) {
                body.add(new Block.PageBreak());
            }
            return this;
        }

        private Builder add(Block block) {
            closeFields();
            body.add(block);
            return this;
        }

        private void closeFields() {
            if (!pendingFields.isEmpty()) {
                body.add(new Block.Fields(pendingFields));
                pendingFields.clear();
            }
        }

        public DocumentModel build() {
            closeFields();
            if (!body.isEmpty() && body.get(body.size() - 1) instanceof Block.PageBreak) {
                body.remove(body.size() - 1);
            }
            return new DocumentModel(this);
        }
    }
}

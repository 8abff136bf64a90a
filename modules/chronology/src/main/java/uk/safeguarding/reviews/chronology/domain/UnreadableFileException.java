package uk.safeguarding.reviews.chronology.domain;

import uk.safeguarding.reviews.kernel.RefusalWords;

/** The file cannot be read as a chronology at all; the reason is for the person who uploaded it. */
final class UnreadableFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    /** Unreadable from {@code line} on, for the reason {@code key} names in the chronology's bundle. */
    UnreadableFileException(int line, String key, Object... args) {
        super(RefusalWords.of(key, args));
        this.line = line;
    }

    UnreadableFileException(String key, Object... args) {
        this(1, key, args);
    }

    ImportProblem toProblem() {
        return new ImportProblem(line, null, getMessage());
    }
}

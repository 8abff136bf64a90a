package uk.safeguarding.reviews.chronology.domain;

/** The file cannot be read as a chronology at all; the reason is for the person who uploaded it. */
final class UnreadableFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    UnreadableFileException(int line, String reason) {
        super(reason);
        this.line = line;
    }

    UnreadableFileException(String reason) {
        this(1, reason);
    }

    ImportProblem toProblem() {
        return new ImportProblem(line, null, getMessage());
    }
}

package uk.safeguarding.reviews.linking.domain;

/** Where an adults board's or community safety partnership's own review stands. */
public enum BoardReviewStage {
    SCOPING("Scoping"),
    IN_PROGRESS("In progress"),
    REPORT_DRAFTING("Report being drafted"),
    PUBLISHED("Published"),
    CLOSED("Closed");

    private final String label;

    BoardReviewStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

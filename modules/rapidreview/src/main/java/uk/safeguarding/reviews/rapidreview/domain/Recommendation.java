package uk.safeguarding.reviews.rapidreview.domain;

/** §7.12: the three likely outcomes of a Rapid Review. */
public enum Recommendation {
    CHILD_SAFEGUARDING_PRACTICE_REVIEW("A Child Safeguarding Practice Review"),
    OTHER_LOCAL_REVIEW("Another type of local review or learning event"),
    NO_FURTHER_ACTION("No further action");

    private final String label;

    Recommendation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

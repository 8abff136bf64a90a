package uk.safeguarding.reviews.linking.domain;

/** §4.3: the boards may commission one review jointly, or run their own in parallel and share. */
public enum Arrangement {
    JOINT("Joint: commissioned together"),
    PARALLEL("Parallel: run separately, sharing information");

    private final String label;

    Arrangement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

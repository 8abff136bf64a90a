package uk.safeguarding.reviews.rapidreview.domain;

/** Where an agency's return stands: being written (also after a reopening), or submitted to the business unit. */
public enum RequestStatus {
    OPEN("Awaiting the agency's return"),
    SUBMITTED("Submitted");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

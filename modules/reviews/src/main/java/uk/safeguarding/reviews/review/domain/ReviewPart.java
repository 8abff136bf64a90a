package uk.safeguarding.reviews.review.domain;

/** The part a person plays in one review, which gives them that review and nothing else (issue 14 §1). */
public enum ReviewPart {
    /** §7.6: chosen by the Practice Review Sub-Group's chair; independent of the case (§3.1). */
    CHAIR("Chair"),
    /** §8.1: appointed within 10 working days of the decision to commence a fuller review. */
    LEAD_REVIEWER("Lead reviewer"),
    /** §8.1: the review group that oversees it. */
    REVIEW_GROUP_MEMBER("Review group member"),
    /** §8.2: the practitioners' case group. */
    CASE_GROUP_MEMBER("Case group member"),
    /** §7.12: a statutory partner's representative for this review. */
    PARTNER_REPRESENTATIVE("Statutory partner's representative");

    private final String label;

    ReviewPart(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

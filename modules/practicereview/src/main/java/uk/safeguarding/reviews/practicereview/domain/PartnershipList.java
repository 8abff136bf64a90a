package uk.safeguarding.reviews.practicereview.domain;

/**
 * The lists a partnership keeps for its reviews, where the policy names a document without printing
 * it or leaves the choice to the partnership. The product ships a default for each, which the
 * business manager replaces; what a review recorded keeps the items as they were then.
 */
public enum PartnershipList {
    /** §8.1, Document 5: the Review Chair and Lead Reviewer Specification, point by point. */
    LEAD_REVIEWER_SPECIFICATION("lead-reviewer-specification", "point", 500,
            "practicereview.partnership-list.list-at-least-one-point"),
    /** §4.4, Document 1: the methodologies a review may use. */
    METHODOLOGIES("methodologies", "methodology", 200,
            "practicereview.partnership-list.list-at-least-one-methodology"),
    /** §7.1, Document 4: the assurance questions answered at key stages of a review. */
    ASSURANCE_QUESTIONS("assurance-questions", "question", 500,
            "practicereview.partnership-list.list-at-least-one-question"),
    /** §10.3 e: the scale an agency's summary is rated on, best first. */
    SUMMARY_QUALITY_SCALE("summary-quality-scale", "rating", 200,
            "practicereview.partnership-list.list-at-least-one-rating");

    private final String key;
    private final String item;
    private final int maxItem;
    /** The refusal's key (issue 13 §3) when a list is saved with nothing in it. */
    private final String whenEmpty;

    PartnershipList(String key, String item, int maxItem, String whenEmpty) {
        this.key = key;
        this.item = item;
        this.maxItem = maxItem;
        this.whenEmpty = whenEmpty;
    }

    public String key() {
        return key;
    }

    /** What one item is called in a refusal ("List each point once"). */
    public String item() {
        return item;
    }

    public int maxItem() {
        return maxItem;
    }

    public String whenEmpty() {
        return whenEmpty;
    }
}

package uk.safeguarding.reviews.thresholds.domain;

/** The kinds of review a partnership can run (§5 of the 2019 policy). */
public enum ReviewKind {
    /** §5.2 and §7: the 15-working-day review after a serious incident notification. */
    RAPID_REVIEW("rapid-review"),
    /** §4.2 table: a local review where the national criteria are not met but there is learning. */
    LOCAL_CASE_REVIEW("local-case-review"),
    /** §5.3: learning from exceptionally good multi-agency practice. */
    GOOD_OUTCOME_REVIEW("good-outcome-review");

    private final String key;

    ReviewKind(String key) {
        this.key = key;
    }

    /** The key of the kind's definition (its stages and clocks as data, issue 13 §1). */
    public String key() {
        return key;
    }
}

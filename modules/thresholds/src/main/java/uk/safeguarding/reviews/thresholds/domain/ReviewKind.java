package uk.safeguarding.reviews.thresholds.domain;

/** The kinds of review a partnership can run (§5 of the 2019 policy). */
public enum ReviewKind {
    /** §5.2 and §7: the 15-working-day review after a serious incident notification. */
    RAPID_REVIEW("rapid-review"),
    /** §4.2 table: a local review where the national criteria are not met but there is learning. */
    LOCAL_CASE_REVIEW("local-case-review"),
    /** §5.3: learning from exceptionally good multi-agency practice. */
    GOOD_OUTCOME_REVIEW("good-outcome-review"),
    /**
     * §8: a Child Safeguarding Practice Review, commenced by the partners after a Rapid Review
     * (§5.2: always a local decision) or commissioned by the National Panel; never decided on a
     * referral, so it has no criteria questions of its own.
     */
    CHILD_SAFEGUARDING_PRACTICE_REVIEW("child-safeguarding-practice-review", false),
    /**
     * §4.2 table: "Where a case is referred but does not meet the criteria for a multi-agency review,
     * the sub group may recommend an individual agency review": decided on a referral, but as the
     * answer when no multi-agency criteria are met, so it has no criteria questions of its own.
     */
    INDIVIDUAL_AGENCY_REVIEW("individual-agency-review", false);

    private final String key;
    private final boolean decidedOnAReferral;

    ReviewKind(String key) {
        this(key, true);
    }

    ReviewKind(String key, boolean decidedOnAReferral) {
        this.key = key;
        this.decidedOnAReferral = decidedOnAReferral;
    }

    /** The kinds the Virtual Panel decides on a referral (§7.5), each with its criteria questions. */
    public static java.util.List<ReviewKind> decidedOnReferrals() {
        return java.util.Arrays.stream(values()).filter(k -> k.decidedOnAReferral).toList();
    }

    /** The kind whose definition has {@code key}, if any. */
    public static java.util.Optional<ReviewKind> ofKey(String key) {
        return java.util.Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    /** The key of the kind's definition (its stages and clocks as data, issue 13 §1). */
    public String key() {
        return key;
    }
}

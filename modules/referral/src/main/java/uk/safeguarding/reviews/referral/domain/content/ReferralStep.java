package uk.safeguarding.reviews.referral.domain.content;

/**
 * The steps of the referral forms (Document 7, and Document 6 for a Good Outcome Review); each is also
 * a Bean Validation group. Which steps a form has, and in what order, is its kind's.
 */
public enum ReferralStep {
    REFERRER(Referrer.class),
    FAMILY(Family.class),
    GOOD_OUTCOME(GoodOutcome.class),
    INCIDENT(Incident.class),
    AGENCIES(Agencies.class),
    REASONS(Reasons.class),
    CRITERIA(Criteria.class),
    NOTIFICATIONS(Notifications.class);

    private final Class<?> group;

    ReferralStep(Class<?> group) {
        this.group = group;
    }

    public Class<?> group() {
        return group;
    }

    /** The step after this one among {@code steps}, or null after the last. */
    public ReferralStep next(java.util.List<ReferralStep> steps) {
        int at = steps.indexOf(this);
        return at < 0 || at == steps.size() - 1 ? null : steps.get(at + 1);
    }

    public ReferralStep previous(java.util.List<ReferralStep> steps) {
        int at = steps.indexOf(this);
        return at <= 0 ? null : steps.get(at - 1);
    }

    /** Validation group: the referrer and their agency's verification (§7.3). */
    public interface Referrer {
    }

    /** Validation group: the children and the significant adults. */
    public interface Family {
    }

    /** Validation group: the good practice and its effect (Document 6, §5.3). */
    public interface GoodOutcome {
    }

    /** Validation group: the incident. */
    public interface Incident {
    }

    /** Validation group: the agencies involved with the family. */
    public interface Agencies {
    }

    /** Validation group: why a review is needed and the learning seen. */
    public interface Reasons {
    }

    /** Validation group: the partnership's criteria questions. */
    public interface Criteria {
    }

    /** Validation group: notifications already made. */
    public interface Notifications {
    }
}

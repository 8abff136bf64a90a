package uk.safeguarding.reviews.referral.domain.content;

/** The steps of the Referral Form (Document 7), in order; each is also a Bean Validation group. */
public enum ReferralStep {
    REFERRER(Referrer.class),
    FAMILY(Family.class),
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

    public ReferralStep next() {
        return this == NOTIFICATIONS ? null : values()[ordinal() + 1];
    }

    public ReferralStep previous() {
        return this == REFERRER ? null : values()[ordinal() - 1];
    }

    /** Validation group: the referrer and their agency's verification (§7.3). */
    public interface Referrer {
    }

    /** Validation group: the children and the significant adults. */
    public interface Family {
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

package uk.safeguarding.reviews.agencies.domain;

/** The kinds of agency a partnership works with (§7.7, Document 10). */
public enum AgencyKind {
    LOCAL_AUTHORITY_CHILDRENS_SERVICES,
    POLICE,
    HEALTH,
    EDUCATION,
    PROBATION,
    HOUSING,
    ADULT_SOCIAL_CARE,
    VOLUNTARY_SECTOR,
    OTHER
}

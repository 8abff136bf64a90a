package uk.safeguarding.reviews.tenancy.domain;

/** The kind of board a tenant is (DOMAIN.md; policy §4.3 on links between boards' reviews). */
public enum BoardKind {
    CHILDREN_SAFEGUARDING_PARTNERSHIP,
    SAFEGUARDING_ADULTS_BOARD,
    COMMUNITY_SAFETY_PARTNERSHIP
}

package uk.safeguarding.reviews.tenancy.api;

/**
 * How many reviews the partnership the call runs in holds open (issue 18: the platform's list of
 * partnerships). The module that keeps reviews answers; the platform keeps only the number.
 */
public interface OpenReviewCount {

    /** Reviews of this partnership not at a final stage of their kind and not handed over elsewhere. */
    long openReviews();
}

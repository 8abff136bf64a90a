package uk.safeguarding.reviews.tenancy.domain;

import java.time.OffsetDateTime;

/**
 * What the platform's administrators may know of a partnership's use (issue 18): when anyone last
 * used it, and, as last counted, how many people hold its roles and how many of its reviews are
 * open. Numbers and times only; each is null until first known.
 */
public record TenantActivity(OffsetDateTime lastActiveAt, Integer people, Integer openReviews, OffsetDateTime countedAt) {

    public static final TenantActivity NONE = new TenantActivity(null, null, null, null);
}

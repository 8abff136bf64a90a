package uk.safeguarding.reviews.tenancy.application;

import uk.safeguarding.reviews.tenancy.domain.Tenant;
import uk.safeguarding.reviews.tenancy.domain.TenantStanding;

/**
 * What the platform's administrators see of a partnership (issue 18): the registry's row, its
 * standing, and how many schema changes its schema has run. Read from the platform schema and the
 * schema's own change log only: never a case table.
 */
public record TenantOverview(Tenant tenant, TenantStanding standing, int changeSetsApplied) {
}

package uk.safeguarding.reviews.tenancy.application;

import uk.safeguarding.reviews.tenancy.domain.Onboarding;
import uk.safeguarding.reviews.tenancy.domain.Tenant;
import uk.safeguarding.reviews.tenancy.domain.TenantActivity;
import uk.safeguarding.reviews.tenancy.domain.TenantStanding;

/**
 * What the platform's administrators see of a partnership (issue 18): the registry's row, its
 * standing, and how many schema changes its schema has run. Read from the platform schema and the
 * schema's own change log only: never a case table.
 *
 * @param onboarding how far setting it up from the platform's page has gone; null for a partnership
 *                   put on the service otherwise (bin/tenants, the demo)
 * @param activity   when it was last used and its latest counts of people and open reviews
 */
public record TenantOverview(Tenant tenant, TenantStanding standing, int changeSetsApplied, Onboarding onboarding,
        TenantActivity activity) {
}

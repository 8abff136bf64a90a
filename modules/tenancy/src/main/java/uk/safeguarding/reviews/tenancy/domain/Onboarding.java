package uk.safeguarding.reviews.tenancy.domain;

import java.time.OffsetDateTime;

/**
 * A partnership being put on the service from the platform's page (issue 18): what was asked for,
 * which steps are done, and the problem that last stopped it. Each step is idempotent, so finishing
 * runs them all again and only the missing ones change anything.
 *
 * @param managerOutcome how the first business manager was placed: {@code INVITED} (a new person, sent
 *                       Keycloak's e-mail to set a password) or {@code ADDED} (already signed in
 *                       elsewhere on the service; given the role only); null until placed
 */
public record Onboarding(String tenantSlug, String region, String businessUnitMailbox, String managerName,
        String managerEmail, String requestedBy, OffsetDateTime requestedAt, OffsetDateTime schemaReadyAt,
        OffsetDateTime groupsReadyAt, OffsetDateTime managerPlacedAt, String managerOutcome, String problem,
        OffsetDateTime problemAt) {

    /** The same steps done, and the problem that stopped the next one. */
    public Onboarding stoppedBy(String reason, OffsetDateTime at) {
        return new Onboarding(tenantSlug, region, businessUnitMailbox, managerName, managerEmail, requestedBy,
                requestedAt, schemaReadyAt, groupsReadyAt, managerPlacedAt, managerOutcome, reason, at);
    }
}

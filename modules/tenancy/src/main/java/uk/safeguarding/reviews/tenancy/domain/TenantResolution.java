package uk.safeguarding.reviews.tenancy.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which tenant a request runs in, decided from the memberships in the verified identity token and
 * the tenant the user last chose. The choice alone never grants anything: it only picks among
 * memberships, and only active tenants are served.
 */
public final class TenantResolution {

    /** Why no tenant could be chosen; the web layer turns each into a specific page. */
    public enum Refusal {
        NO_MEMBERSHIP,
        NOT_A_MEMBER_OF_CHOSEN,
        NO_ACTIVE_TENANT,
        /** Issue 18: every partnership the person belongs to that is still on the service is suspended. */
        SUSPENDED,
        /** Issue 18: the person's partnerships have left the service (archived), none suspended. */
        ARCHIVED
    }

    public record Outcome(Optional<Tenant> tenant, Optional<Refusal> refusal, List<Tenant> switchable) {
        static Outcome of(Tenant tenant, List<Tenant> switchable) {
            return new Outcome(Optional.of(tenant), Optional.empty(), switchable);
        }

        static Outcome refused(Refusal refusal, List<Tenant> switchable) {
            return new Outcome(Optional.empty(), Optional.of(refusal), switchable);
        }
    }

    private TenantResolution() {
    }

    /**
     * @param memberSlugs the tenants named in the verified token, in any order
     * @param chosenSlug the tenant the user picked in this session, or null
     * @param registry the platform registry
     */
    public static Outcome resolve(List<String> memberSlugs, String chosenSlug, TenantRegistry registry) {
        Objects.requireNonNull(memberSlugs, "memberSlugs");
        if (memberSlugs.isEmpty()) {
            return Outcome.refused(Refusal.NO_MEMBERSHIP, List.of());
        }
        List<Tenant> activeMemberships = memberSlugs.stream()
                .distinct()
                .map(registry::findBySlug)
                .flatMap(Optional::stream)
                .filter(Tenant::isActive)
                .sorted((a, b) -> a.displayName().compareToIgnoreCase(b.displayName()))
                .toList();
        if (chosenSlug != null) {
            return activeMemberships.stream()
                    .filter(t -> t.slug().equals(chosenSlug))
                    .findFirst()
                    .map(t -> Outcome.of(t, activeMemberships))
                    .orElseGet(() -> Outcome.refused(Refusal.NOT_A_MEMBER_OF_CHOSEN, activeMemberships));
        }
        if (activeMemberships.isEmpty()) {
            List<TenantStatus> statuses = memberSlugs.stream().map(registry::findBySlug).flatMap(Optional::stream)
                    .map(Tenant::status).toList();
            Refusal refusal = statuses.contains(TenantStatus.SUSPENDED) ? Refusal.SUSPENDED
                    : statuses.contains(TenantStatus.ARCHIVED) || statuses.contains(TenantStatus.DELETED) ? Refusal.ARCHIVED
                    : Refusal.NO_ACTIVE_TENANT;
            return Outcome.refused(refusal, List.of());
        }
        return Outcome.of(activeMemberships.get(0), activeMemberships);
    }
}

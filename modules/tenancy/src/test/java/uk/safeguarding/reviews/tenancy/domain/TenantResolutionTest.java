package uk.safeguarding.reviews.tenancy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.tenancy.domain.TenantResolution.Outcome;
import uk.safeguarding.reviews.tenancy.domain.TenantResolution.Refusal;

class TenantResolutionTest {

    private final InMemoryRegistry registry = new InMemoryRegistry(List.of(
            tenant("northmoor", "Northmoor Safeguarding Children Partnership", TenantStatus.ACTIVE),
            tenant("southvale", "Southvale Safeguarding Children Partnership", TenantStatus.ACTIVE),
            tenant("northmoor-sab", "Northmoor Safeguarding Adults Board", TenantStatus.ACTIVE),
            tenant("closed", "Closed Partnership", TenantStatus.SUSPENDED),
            tenant("halfway", "Half Provisioned", TenantStatus.PROVISIONING),
            tenant("merged", "Merged Partnership", TenantStatus.ARCHIVED)));

    @Test
    void aSingleMembershipIsChosenWithoutAsking() {
        Outcome outcome = TenantResolution.resolve(List.of("southvale"), null, registry);

        assertEquals("southvale", outcome.tenant().orElseThrow().slug());
        assertEquals(1, outcome.switchable().size());
    }

    @Test
    void theUsersChoiceIsHonouredWhenTheyAreAMember() {
        Outcome outcome = TenantResolution.resolve(List.of("northmoor", "northmoor-sab"), "northmoor-sab", registry);

        assertEquals("northmoor-sab", outcome.tenant().orElseThrow().slug());
        assertEquals(List.of("northmoor-sab", "northmoor"),
                outcome.switchable().stream().map(Tenant::slug).toList());
    }

    @Test
    void choosingAPartnershipYouDoNotBelongToIsRefused() {
        Outcome outcome = TenantResolution.resolve(List.of("northmoor"), "southvale", registry);

        assertTrue(outcome.tenant().isEmpty());
        assertEquals(Refusal.NOT_A_MEMBER_OF_CHOSEN, outcome.refusal().orElseThrow());
    }

    @Test
    void noMembershipIsRefused() {
        assertEquals(Refusal.NO_MEMBERSHIP, TenantResolution.resolve(List.of(), null, registry).refusal().orElseThrow());
    }

    @Test
    void suspendedAndHalfProvisionedTenantsAreNotServed() {
        assertEquals(Refusal.NO_ACTIVE_TENANT,
                TenantResolution.resolve(List.of("halfway"), null, registry).refusal().orElseThrow());
        // Issue 18: someone whose partnership is suspended is told so, not that they belong nowhere.
        assertEquals(Refusal.SUSPENDED,
                TenantResolution.resolve(List.of("closed", "halfway"), null, registry).refusal().orElseThrow());
        assertEquals("northmoor", TenantResolution.resolve(List.of("closed", "northmoor"), null, registry).tenant()
                .orElseThrow().slug(), "another partnership of theirs carries on");
        assertEquals(Refusal.NOT_A_MEMBER_OF_CHOSEN,
                TenantResolution.resolve(List.of("closed", "northmoor"), "closed", registry).refusal().orElseThrow());
        // An archived partnership has left the service; suspension, which may end soon, is said first.
        assertEquals(Refusal.ARCHIVED, TenantResolution.resolve(List.of("merged", "halfway"), null, registry).refusal()
                .orElseThrow());
        assertEquals(Refusal.SUSPENDED, TenantResolution.resolve(List.of("merged", "closed"), null, registry).refusal()
                .orElseThrow());
        assertEquals("southvale", TenantResolution.resolve(List.of("merged", "southvale"), null, registry).tenant()
                .orElseThrow().slug());
    }

    @Test
    void aMembershipOfAnUnknownTenantGrantsNothing() {
        Outcome outcome = TenantResolution.resolve(List.of("atlantis", "southvale"), null, registry);

        assertEquals("southvale", outcome.tenant().orElseThrow().slug());
        assertEquals(1, outcome.switchable().size());
    }

    private static Tenant tenant(String slug, String name, TenantStatus status) {
        return new Tenant(slug + "-id", slug, name, BoardKind.CHILDREN_SAFEGUARDING_PARTNERSHIP,
                Tenant.schemaNameFor(slug), status);
    }

    private record InMemoryRegistry(List<Tenant> tenants) implements TenantRegistry {
        @Override
        public Optional<Tenant> findBySlug(String slug) {
            return tenants.stream().filter(t -> t.slug().equals(slug)).findFirst();
        }

        @Override
        public List<Tenant> findAll() {
            return new ArrayList<>(tenants);
        }

        @Override
        public Tenant registerIfAbsent(Tenant tenant) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void updateStatus(String slug, TenantStatus status) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void changeStatus(String slug, TenantStatus status, String reason, String actor, String action) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<uk.safeguarding.reviews.tenancy.domain.TenantStanding> standing(String slug) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void record(uk.safeguarding.reviews.tenancy.domain.PlatformAct act) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<uk.safeguarding.reviews.tenancy.domain.PlatformAct> acts(String slug, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void archive(String slug, java.time.LocalDate retainUntil, String reason, String actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Onboarding startOnboarding(Onboarding requested) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void saveOnboardingProgress(Onboarding progress) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Onboarding> onboarding(String slug) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean markDeleted(String slug, String reason, String actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void markActive(String slug, java.time.OffsetDateTime at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void recordCounts(String slug, Integer people, int openReviews, java.time.OffsetDateTime at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TenantActivity activity(String slug) {
            throw new UnsupportedOperationException();
        }
    }
}

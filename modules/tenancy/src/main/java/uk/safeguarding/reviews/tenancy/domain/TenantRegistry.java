package uk.safeguarding.reviews.tenancy.domain;

import java.util.List;
import java.util.Optional;

/** The platform's list of tenants. */
public interface TenantRegistry {

    Optional<Tenant> findBySlug(String slug);

    List<Tenant> findAll();

    default List<Tenant> findActive() {
        return findAll().stream().filter(Tenant::isActive).toList();
    }

    /** Adds the tenant unless its slug is already registered; returns the registered one. */
    Tenant registerIfAbsent(Tenant tenant);

    void updateStatus(String slug, TenantStatus status);

    /**
     * Changes the tenant's status with the reason and who changed it, and records the act in the
     * platform's trail, both or neither (issue 18).
     */
    void changeStatus(String slug, TenantStatus status, String reason, String actor, String action);

    Optional<TenantStanding> standing(String slug);

    /** Archives the tenant until the day given, with the reason and who did it, and records the act; both or neither. */
    void archive(String slug, java.time.LocalDate retainUntil, String reason, String actor);

    /**
     * Marks an archived tenant as deleted (its retention date kept), with the reason and who did it,
     * and records the act; both or neither. False if it was not archived.
     */
    boolean markDeleted(String slug, String reason, String actor);

    /** Adds an act to the platform's append-only trail. */
    void record(PlatformAct act);

    /** The newest acts first, about one tenant or (slug null) about any. */
    List<PlatformAct> acts(String slug, int limit);

    /** Adds the request to put a partnership on the service unless it has one already; returns the kept one. */
    Onboarding startOnboarding(Onboarding requested);

    /** Saves the steps done and the last problem (the request itself never changes). */
    void saveOnboardingProgress(Onboarding progress);

    /** The onboarding of a partnership put on the service from the platform's page; empty for others. */
    Optional<Onboarding> onboarding(String slug);

    /** Notes that the partnership was used at that time (a later time than the one kept wins). */
    void markActive(String slug, java.time.OffsetDateTime at);

    /** Keeps the partnership's latest counts; {@code people} is null when they could not be counted. */
    void recordCounts(String slug, Integer people, int openReviews, java.time.OffsetDateTime at);

    /** When the partnership was last used and its latest counts; {@link TenantActivity#NONE} before any. */
    TenantActivity activity(String slug);
}

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
}

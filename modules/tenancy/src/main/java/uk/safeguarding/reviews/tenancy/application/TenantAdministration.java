package uk.safeguarding.reviews.tenancy.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import uk.safeguarding.reviews.tenancy.domain.BoardKind;
import uk.safeguarding.reviews.tenancy.domain.Tenant;
import uk.safeguarding.reviews.tenancy.domain.TenantRegistry;
import uk.safeguarding.reviews.tenancy.domain.TenantStatus;
import uk.safeguarding.reviews.tenancy.infrastructure.LiquibaseSchemaMigrator;
import uk.safeguarding.reviews.tenancy.infrastructure.LiquibaseSchemaMigrator.MigrationException;

/**
 * Provisioning and migration of tenants. Used at start-up (before traffic), by the command line
 * and by integration tests; it needs no container, only the registry and the migrator.
 */
public class TenantAdministration {

    private static final Logger LOG = Logger.getLogger(TenantAdministration.class.getName());

    private final TenantRegistry registry;
    private final LiquibaseSchemaMigrator migrator;

    public TenantAdministration(TenantRegistry registry, LiquibaseSchemaMigrator migrator) {
        this.registry = registry;
        this.migrator = migrator;
    }

    public List<Tenant> listTenants() {
        return registry.findAll();
    }

    public void migratePlatform() {
        migrator.migrate(LiquibaseSchemaMigrator.PLATFORM_SCHEMA, LiquibaseSchemaMigrator.PLATFORM_CHANGELOG);
    }

    /**
     * Registers the tenant, creates and migrates its schema, then marks it active. Idempotent: a
     * second call, or a call after a failure half way, finishes the same tenant and creates nothing
     * twice. A suspended tenant stays suspended.
     */
    public Tenant provision(String slug, String displayName, BoardKind boardKind) {
        Tenant requested = new Tenant(UUID.randomUUID().toString(), slug, displayName, boardKind,
                Tenant.schemaNameFor(slug), TenantStatus.PROVISIONING);
        Tenant registered = registry.registerIfAbsent(requested);
        if (registered.boardKind() != boardKind) {
            throw new IllegalArgumentException("Tenant " + slug + " already exists as " + registered.boardKind());
        }
        migrator.migrate(registered.schemaName(), LiquibaseSchemaMigrator.TENANT_CHANGELOG);
        requireUpToDate(registered);
        if (registered.status() == TenantStatus.PROVISIONING) {
            registry.updateStatus(slug, TenantStatus.ACTIVE);
            LOG.info(() -> "Provisioned tenant " + slug + " in schema " + registered.schemaName());
        }
        return registry.findBySlug(slug).orElseThrow();
    }

    /** Migrates every active tenant's schema, then checks they all ended at the same change set list. */
    public List<Tenant> migrateActiveTenants() {
        List<Tenant> active = registry.findActive();
        for (Tenant tenant : active) {
            migrator.migrate(tenant.schemaName(), LiquibaseSchemaMigrator.TENANT_CHANGELOG);
        }
        verifyTenantsAtSameVersion(active);
        return active;
    }

    /**
     * Liquibase has silently skipped schemas in loops before (liquibase#4304), so every schema is
     * checked afresh: nothing pending, and exactly the same change sets applied in each.
     */
    public void verifyTenantsAtSameVersion(List<Tenant> tenants) {
        Map<String, Set<String>> appliedBySchema = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Tenant tenant : tenants) {
            List<String> pending = migrator.pendingChangeSets(tenant.schemaName(),
                    LiquibaseSchemaMigrator.TENANT_CHANGELOG);
            if (!pending.isEmpty()) {
                problems.add(tenant.schemaName() + " has pending change sets " + pending);
            }
            appliedBySchema.put(tenant.schemaName(), migrator.appliedChangeSets(tenant.schemaName()));
        }
        Set<String> reference = appliedBySchema.values().stream().findFirst().orElse(Set.of());
        appliedBySchema.forEach((schema, applied) -> {
            if (!applied.equals(reference)) {
                problems.add(schema + " differs from the others: " + applied.size() + " change sets, expected "
                        + reference.size());
            }
        });
        if (!problems.isEmpty()) {
            throw new MigrationException("Tenant schemas are not at the same version: " + problems);
        }
    }

    private void requireUpToDate(Tenant tenant) {
        List<String> pending = migrator.pendingChangeSets(tenant.schemaName(),
                LiquibaseSchemaMigrator.TENANT_CHANGELOG);
        if (!pending.isEmpty()) {
            throw new MigrationException("Schema " + tenant.schemaName() + " still has pending change sets " + pending);
        }
    }
}

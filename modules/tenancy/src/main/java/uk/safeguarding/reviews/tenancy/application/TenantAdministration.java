package uk.safeguarding.reviews.tenancy.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.tenancy.domain.PlatformAct;
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

    /** Provisions as {@link #provision(String, String, BoardKind)} does, and records who did it in the platform's trail. */
    public Tenant provision(String slug, String displayName, BoardKind boardKind, String actor) {
        Tenant provisioned = provision(slug, displayName, boardKind);
        registry.record(new PlatformAct(null, actor, "PROVISION", slug, displayName + " (" + boardKind + ")"));
        return provisioned;
    }

    /**
     * Suspends a partnership (issue 18): its people are shown that it is suspended, its reminders and
     * letters stop, nothing is deleted, and every other partnership carries on. A reason is required.
     */
    public Tenant suspend(String slug, String reason, String actor) {
        Tenant tenant = existing(slug);
        String why = requireReason(reason, "suspended");
        if (tenant.status() != TenantStatus.ACTIVE) {
            throw new RefusedException(tenant.displayName() + " is not active (it is " + tenant.status()
                    .name().toLowerCase(java.util.Locale.ROOT) + "), so it cannot be suspended");
        }
        registry.changeStatus(slug, TenantStatus.SUSPENDED, why, actor, "SUSPEND");
        LOG.info(() -> "Suspended tenant " + slug + " by " + actor + ": " + why);
        return existing(slug);
    }

    /**
     * Resumes a suspended partnership: its schema is first brought to the version the others are at
     * (it was not migrated while suspended), then it is served again. A reason is required.
     */
    public Tenant resume(String slug, String reason, String actor) {
        Tenant tenant = existing(slug);
        String why = requireReason(reason, "resumed");
        if (tenant.status() != TenantStatus.SUSPENDED) {
            throw new RefusedException(tenant.displayName() + " is not suspended, so it cannot be resumed");
        }
        migrator.migrate(tenant.schemaName(), LiquibaseSchemaMigrator.TENANT_CHANGELOG);
        requireUpToDate(tenant);
        registry.changeStatus(slug, TenantStatus.ACTIVE, why, actor, "RESUME");
        LOG.info(() -> "Resumed tenant " + slug + " by " + actor + ": " + why);
        return existing(slug);
    }

    /** Every partnership as the platform's administrators see it, by slug. */
    public List<TenantOverview> overview() {
        return registry.findAll().stream().map(this::overviewOf).toList();
    }

    public TenantOverview overview(String slug) {
        return overviewOf(existing(slug));
    }

    /** Records an act done outside the platform pages (bin/tenants) in the platform's trail. */
    public void record(String actor, String action, String slug, String detail) {
        registry.record(new PlatformAct(null, actor, action, slug, detail));
    }

    /** The platform's trail, newest first: about one partnership, or (slug null) all of it. */
    public List<PlatformAct> acts(String slug, int limit) {
        return registry.acts(slug, limit);
    }

    private TenantOverview overviewOf(Tenant tenant) {
        return new TenantOverview(tenant, registry.standing(tenant.slug()).orElseThrow(),
                tenant.status() == TenantStatus.PROVISIONING ? 0 : migrator.appliedChangeSets(tenant.schemaName()).size());
    }

    private Tenant existing(String slug) {
        return registry.findBySlug(slug).orElseThrow(() -> new RecordNotFoundException("tenant", slug));
    }

    private static String requireReason(String reason, String what) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidFieldException("reason", "Say why the partnership is " + what
                    + ": its people and the platform's trail will show it");
        }
        return reason.strip();
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

package uk.safeguarding.reviews.tenancy.application;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.ProductClock;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.tenancy.api.PartnershipDataElsewhere;
import uk.safeguarding.reviews.tenancy.api.PartnershipDirectory;
import uk.safeguarding.reviews.tenancy.domain.Onboarding;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.tenancy.domain.PlatformAct;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.logging.Logger;
import uk.safeguarding.reviews.tenancy.domain.BoardKind;
import uk.safeguarding.reviews.tenancy.domain.Tenant;
import uk.safeguarding.reviews.tenancy.domain.TenantRegistry;
import uk.safeguarding.reviews.tenancy.domain.TenantStanding;
import uk.safeguarding.reviews.tenancy.domain.TenantStatus;
import uk.safeguarding.reviews.tenancy.infrastructure.LiquibaseSchemaMigrator;
import uk.safeguarding.reviews.tenancy.infrastructure.TenantArchive;
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
        Tenant registered = prepareSchema(slug, displayName, boardKind);
        if (registered.status() == TenantStatus.PROVISIONING) {
            registry.updateStatus(slug, TenantStatus.ACTIVE);
            LOG.info(() -> "Provisioned tenant " + slug + " in schema " + registered.schemaName());
        }
        return registry.findBySlug(slug).orElseThrow();
    }

    /**
     * Registers the tenant (as being set up, unless it is already registered) and creates and
     * migrates its schema, without serving it: what provisioning and an import do first.
     */
    public Tenant prepareSchema(String slug, String displayName, BoardKind boardKind) {
        Tenant requested = new Tenant(UUID.randomUUID().toString(), slug, displayName, boardKind,
                Tenant.schemaNameFor(slug), TenantStatus.PROVISIONING);
        Tenant registered = registry.registerIfAbsent(requested);
        if (registered.boardKind() != boardKind) {
            throw new IllegalArgumentException("Tenant " + slug + " already exists as " + registered.boardKind());
        }
        migrator.migrate(registered.schemaName(), LiquibaseSchemaMigrator.TENANT_CHANGELOG);
        requireUpToDate(registered);
        return registered;
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
            throw RefusedException.because("tenancy.tenant-administration.not-active-so-cannot-suspended",
                    tenant.displayName(), tenant.status()
                    .name().toLowerCase(java.util.Locale.ROOT));
        }
        registry.changeStatus(slug, TenantStatus.SUSPENDED, why, actor, "SUSPEND");
        LOG.info(() -> "Suspended tenant " + slug + " by " + actor + ": " + why);
        return existing(slug);
    }

    /**
     * Archives a partnership that leaves the service (issue 18): it is no longer served, its reminders
     * and letters stop, and its data is kept, unchanged, until the retention date agreed with it (in
     * the future; the platform's page shows it). A reason is required. It can be resumed like a
     * suspended one, and exported by the operators (bin/tenants export) whatever its status.
     */
    public Tenant archive(String slug, java.time.LocalDate retainUntil, String reason, String actor) {
        Tenant tenant = existing(slug);
        String why = requireReason(reason, "archived");
        if (retainUntil == null) {
            throw InvalidFieldException.refused("retainUntil",
                    "tenancy.tenant-administration.enter-date-until-which-data");
        }
        if (!retainUntil.isAfter(java.time.LocalDate.now(ProductClock.configured()))) {
            throw InvalidFieldException.refused("retainUntil",
                    "tenancy.tenant-administration.date-data-kept-until-must");
        }
        if (tenant.status() != TenantStatus.ACTIVE && tenant.status() != TenantStatus.SUSPENDED) {
            throw RefusedException.because("tenancy.tenant-administration.so-cannot-archived", tenant.displayName(),
                    tenant.status().name()
                    .toLowerCase(java.util.Locale.ROOT));
        }
        registry.archive(slug, retainUntil, why, actor);
        LOG.info(() -> "Archived tenant " + slug + " until " + retainUntil + " by " + actor + ": " + why);
        return existing(slug);
    }

    /**
     * Deletes the data of every archived partnership whose retention date has passed (issue 18): its
     * schema, with every case, file and its own audit trail, what it keeps in the platform schema
     * ({@code elsewhere}), and its groups at the sign-in service. The platform keeps its record (now
     * DELETED, the retention date kept) and the act in its trail. Run daily by the server; safe to
     * repeat. A failure at the sign-in service leaves the groups (they grant nothing on a partnership
     * not served) and is named in the act. Returns the short names deleted.
     */
    public List<String> deleteExpired(java.time.LocalDate today, PartnershipDirectory directory,
            java.util.Collection<PartnershipDataElsewhere> elsewhere, String actor) {
        List<String> deleted = new java.util.ArrayList<>();
        for (Tenant tenant : registry.findAll()) {
            java.time.LocalDate until = tenant.status() == TenantStatus.ARCHIVED
                    ? registry.standing(tenant.slug()).map(TenantStanding::retainUntil).orElse(null) : null;
            if (until == null || !today.isAfter(until)) {
                continue;
            }
            migrator.dropSchema(tenant.schemaName());
            elsewhere.forEach(data -> data.deleteOf(tenant.slug()));
            String groups = "its groups at the sign-in service deleted";
            try {
                directory.removeGroups(tenant.slug());
            } catch (PartnershipDirectory.DirectoryException e) {
                groups = "its groups at the sign-in service NOT deleted (" + e.getMessage() + "): delete them there";
            }
            if (registry.markDeleted(tenant.slug(), "Its data was kept until " + until + " and has been deleted: its"
                    + " schema (cases, files and audit trail) dropped, " + groups, actor)) {
                deleted.add(tenant.slug());
                LOG.info(() -> "Deleted the data of tenant " + tenant.slug() + ", kept until " + until);
            }
        }
        return deleted;
    }

    /**
     * Resumes a suspended partnership: its schema is first brought to the version the others are at
     * (it was not migrated while suspended), then it is served again. A reason is required.
     */
    public Tenant resume(String slug, String reason, String actor) {
        Tenant tenant = existing(slug);
        String why = requireReason(reason, "resumed");
        if (tenant.status() != TenantStatus.SUSPENDED && tenant.status() != TenantStatus.ARCHIVED) {
            throw RefusedException.because("tenancy.tenant-administration.neither-suspended-nor-archived-so",
                    tenant.displayName());
        }
        migrator.migrate(tenant.schemaName(), LiquibaseSchemaMigrator.TENANT_CHANGELOG);
        requireUpToDate(tenant);
        registry.changeStatus(slug, TenantStatus.ACTIVE, why, actor, "RESUME");
        LOG.info(() -> "Resumed tenant " + slug + " by " + actor + ": " + why);
        return existing(slug);
    }

    /**
     * Puts a partnership on the service as the platform's page asks (issue 18): registers it as being
     * set up and keeps what was asked for, then {@link #finishOnboarding finishes} it. The request must
     * already be valid (see {@code PartnershipOnboarding}); a short name already taken is refused
     * beside its field, so nothing of another partnership is changed.
     */
    public Tenant startOnboarding(NewPartnership request, String actor) {
        if (registry.findBySlug(request.slug()).isPresent()) {
            throw InvalidFieldException.refused("slug",
                    "tenancy.tenant-administration.there-already-partnership-with-short", request.slug());
        }
        Tenant registered = registry.registerIfAbsent(new Tenant(UUID.randomUUID().toString(), request.slug(),
                request.displayName(), request.boardKind(), Tenant.schemaNameFor(request.slug()),
                TenantStatus.PROVISIONING));
        registry.startOnboarding(new Onboarding(request.slug(), request.region(), request.businessUnitMailbox(),
                request.managerName(), request.managerEmail(), actor, null, null, null, null, null, null, null));
        registry.record(new PlatformAct(null, actor, "ONBOARD_START", request.slug(), request.displayName() + " ("
                + request.boardKind() + ", " + request.region() + "); first business manager "
                + request.managerName() + " <" + request.managerEmail() + ">"));
        return registered;
    }

    /**
     * Runs every step of putting the partnership on the service that is not yet done, in order: its
     * schema, its groups in the directory, its first business manager; only then is it made active.
     * Each step is idempotent, so this finishes a provisioning that stopped half way. A step that fails
     * is kept with the partnership (shown on its page) and named in the exception.
     */
    public Tenant finishOnboarding(String slug, PartnershipDirectory directory, String actor) {
        return finishOnboarding(slug, directory, actor, Runnable::run);
    }

    /**
     * As {@link #finishOnboarding(String, PartnershipDirectory, String)}, with the partnership's groups
     * made on {@code executor} while its schema is migrated: the two steps need nothing of each other,
     * and side by side they take the time of the slower (the target is 2 seconds for both).
     */
    public Tenant finishOnboarding(String slug, PartnershipDirectory directory, String actor, Executor executor) {
        Tenant tenant = existing(slug);
        Onboarding progress = registry.onboarding(slug).orElseThrow(() -> new RecordNotFoundException("onboarding", slug));
        if (tenant.status() != TenantStatus.PROVISIONING) {
            return tenant;
        }
        Clock clock = ProductClock.configured();
        CompletableFuture<Void> groups = CompletableFuture.runAsync(() -> directory.ensureGroups(slug), executor);
        String step = "creating and migrating its schema";
        try {
            try {
                migrator.migrate(tenant.schemaName(), LiquibaseSchemaMigrator.TENANT_CHANGELOG);
                requireUpToDate(tenant);
            } catch (RuntimeException e) {
                // Never leave the groups' calls running behind a failure that is reported as done.
                groups.handle((done, failure) -> null).join();
                throw e;
            }
            progress = withSteps(progress, stamp(progress.schemaReadyAt(), clock), progress.groupsReadyAt(),
                    progress.managerPlacedAt(), progress.managerOutcome());
            step = "creating its groups in the sign-in service";
            try {
                groups.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
            progress = withSteps(progress, progress.schemaReadyAt(), stamp(progress.groupsReadyAt(), clock),
                    progress.managerPlacedAt(), progress.managerOutcome());
            step = "giving " + progress.managerName() + " the business manager's role";
            PartnershipDirectory.Placed placed = directory.place(slug,
                    Role.BUSINESS_MANAGER.claimName(), progress.managerName(),
                    progress.managerEmail());
            progress = withSteps(progress, progress.schemaReadyAt(), progress.groupsReadyAt(),
                    OffsetDateTime.now(clock), placed.name());
        } catch (RuntimeException e) {
            String problem = "Stopped while " + step + ": " + plainReason(e);
            registry.saveOnboardingProgress(progress.stoppedBy(problem, OffsetDateTime.now(clock)));
            registry.record(new PlatformAct(null, actor, "ONBOARD_STOPPED", slug, problem));
            LOG.warning(() -> "Provisioning of " + slug + " stopped: " + problem);
            throw new OnboardingStoppedException(problem, e);
        }
        registry.saveOnboardingProgress(progress);
        registry.changeStatus(slug, TenantStatus.ACTIVE, "Set up from the platform's page: " + progress.managerName()
                + (PartnershipDirectory.Placed.INVITED.name().equals(progress.managerOutcome())
                        ? " was invited by e-mail" : " was given the business manager's role"), actor, "PROVISION");
        LOG.info(() -> "Provisioned tenant " + slug + " from the platform's page");
        return existing(slug);
    }

    /** A half-finished provisioning: the message names the step and the reason, for the page and the trail. */
    public static class OnboardingStoppedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OnboardingStoppedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static String plainReason(RuntimeException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? "an unexpected fault (" + e.getClass().getSimpleName()
                + "; the server's log has it)" : message;
    }

    private static OffsetDateTime stamp(OffsetDateTime done, Clock clock) {
        return done != null ? done : OffsetDateTime.now(clock);
    }

    /** The steps done so far; a step now done clears the problem that stopped it before. */
    private static Onboarding withSteps(Onboarding o, OffsetDateTime schema, OffsetDateTime groups,
            OffsetDateTime manager, String outcome) {
        return new Onboarding(o.tenantSlug(), o.region(), o.businessUnitMailbox(), o.managerName(), o.managerEmail(),
                o.requestedBy(), o.requestedAt(), schema, groups, manager, outcome, null, null);
    }

    /**
     * Writes the partnership's complete data as one archive it can take elsewhere (issue 18), and
     * records the export in the platform's trail. A suspended partnership can be exported too.
     */
    public TenantArchive.Manifest exportArchive(String slug, DataSource database, OutputStream target, String actor) {
        Tenant tenant = existing(slug);
        if (tenant.status() == TenantStatus.DELETED) {
            throw RefusedException.because("tenancy.tenant-administration.data-was-deleted-after-retention",
                    tenant.displayName());
        }
        TenantArchive.Manifest manifest = TenantArchive.export(database, tenant, target);
        registry.record(new PlatformAct(null, actor, "EXPORT", slug, TenantArchive.describe(manifest)));
        return manifest;
    }

    /**
     * Puts a partnership exported elsewhere on this service: registered as being set up, its schema
     * made by this service's migrations, its rows loaded and checked against the archive in one
     * transaction, and only then active. Refused if the partnership is already here (unless a
     * previous import of it stopped half way), or if the archive is of another schema version.
     */
    public Tenant importArchive(Path archive, DataSource database, String actor) {
        TenantArchive.Manifest manifest = TenantArchive.manifest(archive);
        registry.findBySlug(manifest.slug()).filter(t -> t.status() != TenantStatus.PROVISIONING).ifPresent(t -> {
            throw new IllegalArgumentException(t.displayName() + " (" + t.slug() + ") is already on this service");
        });
        Tenant registered = prepareSchema(manifest.slug(), manifest.displayName(), manifest.boardKind());
        TenantArchive.load(database, archive, registered.schemaName());
        registry.changeStatus(manifest.slug(), TenantStatus.ACTIVE, "Imported from an archive exported "
                + manifest.exportedAt() + ": " + TenantArchive.describe(manifest), actor, "IMPORT");
        LOG.info(() -> "Imported tenant " + manifest.slug() + " from " + archive);
        return existing(manifest.slug());
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
                tenant.status() == TenantStatus.PROVISIONING || tenant.status() == TenantStatus.DELETED ? 0
                        : migrator.changeLogOf(tenant.schemaName()).orElseThrow(() -> new MigrationException(
                                "Could not read the changelog table of schema " + tenant.schemaName())).size(),
                registry.onboarding(tenant.slug()).orElse(null), registry.activity(tenant.slug()));
    }

    private Tenant existing(String slug) {
        return registry.findBySlug(slug).orElseThrow(() -> new RecordNotFoundException("tenant", slug));
    }

    private static String requireReason(String reason, String what) {
        if (reason == null || reason.isBlank()) {
            throw InvalidFieldException.refused("reason",
                    "tenancy.tenant-administration.say-why-partnership-people-platform", what);
        }
        return reason.strip();
    }

    /**
     * Migrates every active tenant's schema and checks that they all ended with the same change sets.
     *
     * <p>Start-up must not grow with the number of partnerships (issue 20: about half a second a
     * schema through Liquibase, minutes at 500). Liquibase runs in full on the first schema only (it
     * validates every checksum against the changelog and applies what is pending), which then stands
     * as the reference: any other schema whose changelog table holds exactly the reference's change
     * sets, checksums included, is current, known in one query. Only the others go through Liquibase
     * and are checked by it afterwards. Every schema is still read on every start, so one that
     * Liquibase silently skipped in a loop (liquibase#4304) is caught. No change set of ours runs always
     * or on change (that would need Liquibase on every schema).
     */
    public TenantMigration migrateActiveTenants() {
        List<Tenant> active = registry.findActive();
        if (active.isEmpty()) {
            return new TenantMigration(List.of(), List.of());
        }
        Tenant reference = active.get(0);
        List<Tenant> throughLiquibase = new ArrayList<>();
        throughLiquibase.add(reference);
        migrator.migrate(reference.schemaName(), LiquibaseSchemaMigrator.TENANT_CHANGELOG);
        requireUpToDate(reference);
        Set<String> expected = migrator.changeLogOf(reference.schemaName()).orElseThrow(() -> new MigrationException(
                "Schema " + reference.schemaName() + " has no changelog table after its migration"));
        List<Tenant> others = active.subList(1, active.size());
        Map<String, Optional<Set<String>>> versions = migrator.changeLogsOf(others.stream().map(Tenant::schemaName)
                .toList());
        List<String> current = new ArrayList<>();
        for (Tenant tenant : others) {
            if (versions.get(tenant.schemaName()).filter(expected::equals).isPresent()) {
                current.add(tenant.schemaName());
            } else {
                migrator.migrate(tenant.schemaName(), LiquibaseSchemaMigrator.TENANT_CHANGELOG);
                throughLiquibase.add(tenant);
            }
        }
        migrator.grantTheApplicationWhereMissing(current);
        List<String> problems = new ArrayList<>();
        for (Tenant tenant : throughLiquibase.subList(1, throughLiquibase.size())) {
            List<String> pending = migrator.pendingChangeSets(tenant.schemaName(),
                    LiquibaseSchemaMigrator.TENANT_CHANGELOG);
            if (!pending.isEmpty()) {
                problems.add(tenant.schemaName() + " has pending change sets " + pending);
            } else if (!migrator.changeLogOf(tenant.schemaName()).filter(expected::equals).isPresent()) {
                problems.add(tenant.schemaName() + " differs from " + reference.schemaName()
                        + " in the change sets it ran or their checksums");
            }
        }
        if (!problems.isEmpty()) {
            throw new MigrationException("Tenant schemas are not at the same version: " + problems);
        }
        return new TenantMigration(active, throughLiquibase);
    }

    /** Every active tenant after a migration, and those Liquibase itself had to run on (the others were current). */
    public record TenantMigration(List<Tenant> tenants, List<Tenant> throughLiquibase) {
        public TenantMigration {
            tenants = List.copyOf(tenants);
            throughLiquibase = List.copyOf(throughLiquibase);
        }

        public int current() {
            return tenants.size() - throughLiquibase.size();
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

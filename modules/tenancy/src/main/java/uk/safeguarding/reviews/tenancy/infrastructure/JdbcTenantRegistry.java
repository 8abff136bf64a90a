package uk.safeguarding.reviews.tenancy.infrastructure;

import java.sql.Connection;
import java.time.OffsetDateTime;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import uk.safeguarding.reviews.tenancy.domain.BoardKind;
import uk.safeguarding.reviews.tenancy.domain.Onboarding;
import uk.safeguarding.reviews.tenancy.domain.Tenant;
import uk.safeguarding.reviews.tenancy.domain.TenantRegistry;
import uk.safeguarding.reviews.tenancy.domain.TenantActivity;
import uk.safeguarding.reviews.tenancy.domain.TenantStanding;
import uk.safeguarding.reviews.tenancy.domain.PlatformAct;
import uk.safeguarding.reviews.tenancy.domain.TenantStatus;

/**
 * The registry in {@code platform.tenant}. Every statement names the platform schema, so it reads
 * the same whatever schema a pooled connection happens to point at.
 */
public class JdbcTenantRegistry implements TenantRegistry {

    private static final String COLUMNS = "id, slug, display_name, board_kind, schema_name, status";

    private final DataSource dataSource;

    public JdbcTenantRegistry(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Tenant> findBySlug(String slug) {
        List<Tenant> found = query("SELECT " + COLUMNS + " FROM platform.tenant WHERE slug = ?", slug);
        return found.stream().findFirst();
    }

    @Override
    public List<Tenant> findAll() {
        return query("SELECT " + COLUMNS + " FROM platform.tenant ORDER BY slug");
    }

    @Override
    public Tenant registerIfAbsent(Tenant tenant) {
        String sql = "INSERT INTO platform.tenant (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (slug) DO NOTHING";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, tenant.id());
            ps.setString(2, tenant.slug());
            ps.setString(3, tenant.displayName());
            ps.setString(4, tenant.boardKind().name());
            ps.setString(5, tenant.schemaName());
            ps.setString(6, tenant.status().name());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not register tenant " + tenant.slug(), e);
        }
        return findBySlug(tenant.slug()).orElseThrow();
    }

    @Override
    public void updateStatus(String slug, TenantStatus status) {
        String sql = "UPDATE platform.tenant SET status = ?, updated_at = now() WHERE slug = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, status.name());
            ps.setString(2, slug);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("No tenant " + slug);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update tenant " + slug, e);
        }
    }

    @Override
    public void changeStatus(String slug, TenantStatus status, String reason, String actor, String action) {
        if (!changeWithAct(slug, status, null, reason, actor, action, reason)) {
            throw new IllegalStateException("No tenant " + slug);
        }
    }

    /** Only an archived tenant is marked deleted; its retention date is kept as the record of why. */
    @Override
    public boolean markDeleted(String slug, String reason, String actor) {
        return changeWithAct(slug, TenantStatus.DELETED, null, reason, actor, "DELETE", reason);
    }

    @Override
    public void archive(String slug, java.time.LocalDate retainUntil, String reason, String actor) {
        if (!changeWithAct(slug, TenantStatus.ARCHIVED, retainUntil, reason, actor, "ARCHIVE",
                reason + " (kept until " + retainUntil + ")")) {
            throw new IllegalStateException("No tenant " + slug);
        }
    }

    /**
     * One statement, so a tenant's new status (with its reason, who changed it and its retention
     * date: the one given, or for a deletion the one it had) and its row in the platform's trail are
     * made together or not at all. Returns whether the tenant changed.
     */
    private boolean changeWithAct(String slug, TenantStatus status, java.time.LocalDate retainUntil, String reason,
            String actor, String action, String detail) {
        boolean deletion = status == TenantStatus.DELETED;
        String sql = "WITH changed AS (UPDATE platform.tenant SET status = ?, status_reason = ?, status_changed_by = ?,"
                + " status_changed_at = now(), retain_until = " + (deletion ? "retain_until" : "?")
                + ", updated_at = now() WHERE slug = ?" + (deletion ? " AND status = 'ARCHIVED'" : "") + " RETURNING slug)"
                + " INSERT INTO platform.platform_audit (id, occurred_at, actor, action, tenant_slug, detail)"
                + " SELECT ?, now(), ?, ?, slug, ? FROM changed";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 0;
            ps.setString(++i, status.name());
            ps.setString(++i, reason);
            ps.setString(++i, actor);
            if (!deletion) {
                ps.setObject(++i, retainUntil, java.sql.Types.DATE);
            }
            ps.setString(++i, slug);
            ps.setString(++i, java.util.UUID.randomUUID().toString());
            ps.setString(++i, actor);
            ps.setString(++i, action);
            ps.setString(++i, detail);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not make tenant " + slug + " " + status, e);
        }
    }

    @Override
    public Optional<TenantStanding> standing(String slug) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT created_at,"
                + " status_reason, status_changed_by, status_changed_at, retain_until FROM platform.tenant WHERE slug = ?")) {
            ps.setString(1, slug);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new TenantStanding(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                        rs.getString(3), rs.getObject(4, OffsetDateTime.class), rs.getObject(5, java.time.LocalDate.class)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read tenant " + slug, e);
        }
    }

    @Override
    public void record(PlatformAct act) {
        try (Connection c = dataSource.getConnection()) {
            insert(c, act);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the platform act " + act.action(), e);
        }
    }

    @Override
    public List<PlatformAct> acts(String slug, int limit) {
        String sql = "SELECT occurred_at, actor, action, tenant_slug, detail FROM platform.platform_audit"
                + (slug == null ? "" : " WHERE tenant_slug = ?") + " ORDER BY occurred_at DESC, id LIMIT ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int index = 1;
            if (slug != null) {
                ps.setString(index++, slug);
            }
            ps.setInt(index, limit);
            List<PlatformAct> acts = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    acts.add(new PlatformAct(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5)));
                }
            }
            return acts;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the platform's trail", e);
        }
    }

    private static final String ONBOARDING_COLUMNS = "tenant_slug, region, business_unit_mailbox, manager_name,"
            + " manager_email, requested_by, requested_at, schema_ready_at, groups_ready_at, manager_placed_at,"
            + " manager_outcome, problem, problem_at";

    @Override
    public Onboarding startOnboarding(Onboarding requested) {
        String sql = "INSERT INTO platform.tenant_onboarding (tenant_slug, region, business_unit_mailbox, manager_name,"
                + " manager_email, requested_by, requested_at) VALUES (?, ?, ?, ?, ?, ?, now())"
                + " ON CONFLICT (tenant_slug) DO NOTHING";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, requested.tenantSlug());
            ps.setString(2, requested.region());
            ps.setString(3, requested.businessUnitMailbox());
            ps.setString(4, requested.managerName());
            ps.setString(5, requested.managerEmail());
            ps.setString(6, requested.requestedBy());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the onboarding of " + requested.tenantSlug(), e);
        }
        return onboarding(requested.tenantSlug()).orElseThrow();
    }

    @Override
    public void saveOnboardingProgress(Onboarding progress) {
        String sql = "UPDATE platform.tenant_onboarding SET schema_ready_at = ?, groups_ready_at = ?,"
                + " manager_placed_at = ?, manager_outcome = ?, problem = ?, problem_at = ? WHERE tenant_slug = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, progress.schemaReadyAt());
            ps.setObject(2, progress.groupsReadyAt());
            ps.setObject(3, progress.managerPlacedAt());
            ps.setString(4, progress.managerOutcome());
            ps.setString(5, progress.problem() == null || progress.problem().length() <= 1000 ? progress.problem()
                    : progress.problem().substring(0, 1000));
            ps.setObject(6, progress.problemAt());
            ps.setString(7, progress.tenantSlug());
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("No onboarding of " + progress.tenantSlug());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not save the onboarding of " + progress.tenantSlug(), e);
        }
    }

    @Override
    public Optional<Onboarding> onboarding(String slug) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT "
                + ONBOARDING_COLUMNS + " FROM platform.tenant_onboarding WHERE tenant_slug = ?")) {
            ps.setString(1, slug);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Onboarding(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class),
                        rs.getObject(8, OffsetDateTime.class), rs.getObject(9, OffsetDateTime.class),
                        rs.getObject(10, OffsetDateTime.class), rs.getString(11), rs.getString(12),
                        rs.getObject(13, OffsetDateTime.class)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the onboarding of " + slug, e);
        }
    }

    @Override
    public void markActive(String slug, OffsetDateTime at) {
        update("note when " + slug + " was last used", "INSERT INTO platform.tenant_activity (tenant_slug, last_active_at)"
                + " VALUES (?, ?) ON CONFLICT (tenant_slug) DO UPDATE SET last_active_at = GREATEST("
                + "platform.tenant_activity.last_active_at, EXCLUDED.last_active_at)", ps -> {
                    ps.setString(1, slug);
                    ps.setObject(2, at);
                });
    }

    @Override
    public void recordCounts(String slug, Integer people, int openReviews, OffsetDateTime at) {
        update("keep the counts of " + slug, "INSERT INTO platform.tenant_activity (tenant_slug, people, open_reviews,"
                + " counted_at) VALUES (?, ?, ?, ?) ON CONFLICT (tenant_slug) DO UPDATE SET"
                + " people = COALESCE(EXCLUDED.people, platform.tenant_activity.people),"
                + " open_reviews = EXCLUDED.open_reviews, counted_at = EXCLUDED.counted_at", ps -> {
                    ps.setString(1, slug);
                    ps.setObject(2, people);
                    ps.setInt(3, openReviews);
                    ps.setObject(4, at);
                });
    }

    @Override
    public TenantActivity activity(String slug) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT last_active_at,"
                + " people, open_reviews, counted_at FROM platform.tenant_activity WHERE tenant_slug = ?")) {
            ps.setString(1, slug);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new TenantActivity(rs.getObject(1, OffsetDateTime.class),
                        rs.getObject(2, Integer.class), rs.getObject(3, Integer.class), rs.getObject(4, OffsetDateTime.class))
                        : TenantActivity.NONE;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the activity of " + slug, e);
        }
    }

    private void update(String doing, String sql, SqlParameters parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            parameters.set(ps);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not " + doing, e);
        }
    }

    @FunctionalInterface
    private interface SqlParameters {
        void set(PreparedStatement ps) throws SQLException;
    }

    /** The act at the database's own time, so every server and the command line agree on the order. */
    private static void insert(Connection c, PlatformAct act) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO platform.platform_audit (id, occurred_at, actor,"
                + " action, tenant_slug, detail) VALUES (?, COALESCE(?, now()), ?, ?, ?, ?)")) {
            ps.setString(1, java.util.UUID.randomUUID().toString());
            ps.setObject(2, act.occurredAt());
            ps.setString(3, act.actor());
            ps.setString(4, act.action());
            ps.setString(5, act.tenantSlug());
            ps.setString(6, act.detail() == null || act.detail().length() <= 1000 ? act.detail()
                    : act.detail().substring(0, 1000));
            ps.executeUpdate();
        }
    }

    private List<Tenant> query(String sql, String... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            List<Tenant> tenants = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tenants.add(new Tenant(rs.getString(1), rs.getString(2), rs.getString(3),
                            BoardKind.valueOf(rs.getString(4)), rs.getString(5),
                            TenantStatus.valueOf(rs.getString(6))));
                }
            }
            return tenants;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the tenant registry", e);
        }
    }
}

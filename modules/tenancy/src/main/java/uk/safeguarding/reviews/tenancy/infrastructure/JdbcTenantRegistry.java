package uk.safeguarding.reviews.tenancy.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import uk.safeguarding.reviews.tenancy.domain.BoardKind;
import uk.safeguarding.reviews.tenancy.domain.Tenant;
import uk.safeguarding.reviews.tenancy.domain.TenantRegistry;
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

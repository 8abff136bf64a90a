package uk.safeguarding.reviews.tenancy.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;
import uk.safeguarding.reviews.tenancy.application.TenantAdministration;
import uk.safeguarding.reviews.tenancy.domain.TenantRegistry;

/** Wires tenancy to the server's data sources (liberty/server.xml). */
@ApplicationScoped
public class TenancyResources {

    /** The one pooled data source for all tenants' case data and the platform registry. */
    @Resource(lookup = "jdbc/safeguarding")
    private DataSource pooled;

    /** Unpooled: connections are discarded after migrations change their search_path. */
    @Resource(lookup = "jdbc/safeguardingMigrations")
    private DataSource migrations;

    @Produces
    @ApplicationScoped
    TenantRegistry tenantRegistry() {
        return new JdbcTenantRegistry(pooled);
    }

    /** The role jdbc/safeguarding connects as (server.xml db.app.user): given what it needs after each migration. */
    @jakarta.inject.Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "db.app.user", defaultValue = "")
    private String applicationRole;

    @Produces
    TenantAdministration tenantAdministration(TenantRegistry registry) {
        return new TenantAdministration(registry,
                new LiquibaseSchemaMigrator(migrations, TenancyResources.class.getClassLoader(), applicationRole));
    }
}

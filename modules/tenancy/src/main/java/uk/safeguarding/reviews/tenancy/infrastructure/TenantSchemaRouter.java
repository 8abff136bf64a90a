package uk.safeguarding.reviews.tenancy.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/**
 * Points every connection EclipseLink takes for case data at the current tenant's schema, and
 * away from it again when the connection is released.
 *
 * <p>Why this design (STACK-NOTES, "Tenant routing measured"): entities stay plain, so the
 * table-per-tenant descriptor leak of eclipselink#2635 cannot happen and Bean Validation stays on;
 * the shared cache is off in persistence.xml, so nothing cached crosses tenants. The listener
 * fails closed: with no tenant in {@link TenantContext} it throws, and the database refuses too,
 * because no case table exists in a schema a tenantless connection can see.
 */
public class TenantSchemaRouter extends SessionEventAdapter {

    /** Holds no tables; where a released connection points. */
    static final String NEUTRAL_SCHEMA = "public";

    @Override
    public void postAcquireConnection(SessionEvent event) {
        ActiveTenant tenant = TenantContext.tenant();
        setSchema(event, tenant.schemaName());
    }

    @Override
    public void preReleaseConnection(SessionEvent event) {
        setSchema(event, NEUTRAL_SCHEMA);
    }

    private static void setSchema(SessionEvent event, String schema) {
        Connection connection = ((Accessor) event.getResult()).getConnection();
        try {
            connection.setSchema(schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not route the connection to schema " + schema, e);
        }
    }
}

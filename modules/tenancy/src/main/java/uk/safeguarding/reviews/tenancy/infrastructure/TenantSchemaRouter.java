package uk.safeguarding.reviews.tenancy.infrastructure;

import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import javax.naming.InitialContext;
import javax.naming.NamingException;
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
 *
 * <p>A connection taken inside a transaction is pointed at the tenant for that transaction only
 * ({@code SET LOCAL}, as a statement, so that Liberty enlists the connection first): PostgreSQL points
 * it back when the transaction commits or rolls back, and its release sends nothing. A statement
 * there, after a rollback, began a new transaction on a connection Liberty was returning to its pool,
 * which then failed to clean it up and threw it away (J2CA0081E). A connection taken outside a
 * transaction is pointed at the tenant for its session and back at the neutral schema on release.
 */
public class TenantSchemaRouter extends SessionEventAdapter {

    /** Holds no tables; where a released connection points. */
    static final String NEUTRAL_SCHEMA = "public";

    /** The connections pointed at their tenant for the transaction only, until they are released. */
    private final Set<Connection> forTheTransaction = Collections.synchronizedSet(
            Collections.newSetFromMap(new WeakHashMap<>()));

    private volatile TransactionSynchronizationRegistry transactions;

    @Override
    public void postAcquireConnection(SessionEvent event) {
        ActiveTenant tenant = TenantContext.tenant();
        Connection connection = connectionOf(event);
        try {
            if (inTransaction()) {
                setForThisTransaction(connection, tenant.schemaName());
                forTheTransaction.add(connection);
            } else {
                connection.setSchema(tenant.schemaName());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not route the connection to schema " + tenant.schemaName(), e);
        }
    }

    @Override
    public void preReleaseConnection(SessionEvent event) {
        Connection connection = connectionOf(event);
        if (forTheTransaction.remove(connection)) {
            return;
        }
        try {
            connection.setSchema(NEUTRAL_SCHEMA);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not route the connection to schema " + NEUTRAL_SCHEMA, e);
        }
    }

    private static Connection connectionOf(SessionEvent event) {
        return ((Accessor) event.getResult()).getConnection();
    }

    /**
     * Whether a JTA transaction is running on this thread. Without a registry to ask (a thread with no
     * component context), the connection is routed for its session and reset on release, as outside one.
     */
    private boolean inTransaction() {
        TransactionSynchronizationRegistry registry = registry();
        if (registry == null) {
            return false;
        }
        int status = registry.getTransactionStatus();
        return status == Status.STATUS_ACTIVE || status == Status.STATUS_MARKED_ROLLBACK;
    }

    private TransactionSynchronizationRegistry registry() {
        TransactionSynchronizationRegistry found = transactions;
        if (found == null) {
            try {
                found = InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
                transactions = found;
            } catch (NamingException e) {
                return null;
            }
        }
        return found;
    }

    private static void setForThisTransaction(Connection connection, String schema) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement("SELECT set_config('search_path', ?, true)")) {
            set.setString(1, '"' + schema.replace("\"", "\"\"") + '"');
            set.executeQuery().close();
        }
    }
}

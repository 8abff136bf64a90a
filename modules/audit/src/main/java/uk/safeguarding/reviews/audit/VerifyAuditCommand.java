package uk.safeguarding.reviews.audit;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import uk.safeguarding.reviews.tenancy.api.TenantCommand;
import uk.safeguarding.reviews.tenancy.application.TenantAdministration;
import uk.safeguarding.reviews.tenancy.domain.Tenant;

/**
 * {@code bin/tenants verify-audit [SLUG]} (issue 18): seals what is waiting and verifies the audit
 * trail of one partnership, or of every active one, as the server's daily check does; the outcome is
 * kept in the partnership's trail. Exits 1 if any chain is broken, naming the first broken row.
 */
public final class VerifyAuditCommand implements TenantCommand {

    @Override
    public String name() {
        return "verify-audit";
    }

    @Override
    public String usage() {
        return "verify-audit [SLUG]   (seal and check each active partnership's audit trail, or one)";
    }

    @Override
    public int run(List<String> arguments, TenantAdministration tenants, DataSource database, PrintStream out,
            PrintStream err) {
        if (arguments.size() > 1) {
            err.println("usage: tenants " + usage());
            return 2;
        }
        List<Tenant> chosen = tenants.listTenants().stream()
                .filter(t -> arguments.isEmpty() ? t.isActive() : t.slug().equals(arguments.get(0)))
                .toList();
        if (chosen.isEmpty()) {
            err.println(arguments.isEmpty() ? "No active partnership to check" : "No partnership " + arguments.get(0));
            return 2;
        }
        boolean allIntact = true;
        String operator = TenantCommand.operator();
        for (Tenant tenant : chosen) {
            try {
                ChainCheck check = verify(database, tenant);
                allIntact &= check.intact();
                tenants.record(operator, "VERIFY_AUDIT", tenant.slug(), check.firstBreak()
                        .map(b -> "broken at seal " + b.position() + ": " + b.problem())
                        .orElse("intact: " + check.sealedRows() + " rows sealed"));
                out.println(tenant.slug() + "\t" + check.firstBreak()
                        .map(b -> "BROKEN at seal " + b.position() + " (audit row " + b.eventId() + "): " + b.problem())
                        .orElse("intact: " + check.sealedRows() + " rows sealed, " + check.unsealedRows()
                                + " waiting"));
            } catch (SQLException e) {
                err.println(tenant.slug() + "\tcould not be checked: " + e.getMessage());
                allIntact = false;
            }
        }
        return allIntact ? 0 : 1;
    }

    private static ChainCheck verify(DataSource database, Tenant tenant) throws SQLException {
        AuditSeals seals = new AuditSeals(tenant.schemaName());
        // The product's clock, as the server's: the check is dated as the day the product runs on.
        OffsetDateTime now = OffsetDateTime.now(uk.safeguarding.reviews.kernel.ProductClock.configured());
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try {
                ChainCheck check = seals.sealVerifyAndRecord(connection, now, "bin/tenants verify-audit");
                connection.commit();
                return check;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }
}

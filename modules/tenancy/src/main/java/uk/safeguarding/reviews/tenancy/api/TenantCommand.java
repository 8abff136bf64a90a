package uk.safeguarding.reviews.tenancy.api;

import java.io.PrintStream;
import java.util.List;
import javax.sql.DataSource;
import uk.safeguarding.reviews.tenancy.application.TenantAdministration;

/**
 * A command of the operators' {@code bin/tenants} that another module provides (found through
 * {@link java.util.ServiceLoader}), so that tenancy need not depend on the modules that add them:
 * {@code verify-audit} comes from the audit module.
 */
public interface TenantCommand {

    /** The word typed after {@code bin/tenants}. */
    String name();

    /** Its usage line, without "tenants". */
    String usage();

    /** Who ran a command, as the platform's trail names them (issue 18): the operating system's user. */
    static String operator() {
        return "bin/tenants (" + System.getProperty("user.name", "unknown user") + ")";
    }

    /** Runs it; returns the process exit status (0 done, 1 failed or found a fault, 2 misused). */
    int run(List<String> arguments, TenantAdministration tenants, DataSource database, PrintStream out, PrintStream err);
}

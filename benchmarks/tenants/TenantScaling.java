import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tenant scaling (issue 20): how putting partnerships on the service and migrating them all behave as
 * their number grows. In one JVM, through the operators' own command ({@code TenantCli}, as
 * {@code bin/tenants} runs it), against the database in SG_DB_NAME: partnerships are provisioned up
 * to each count given (each timed), then every schema is migrated as a server's start does it, twice
 * (the first may find schemas behind; the second is the start after nothing changed), timed.
 *
 * <pre>java -cp CLASSPATH TenantScaling --counts 10,50 --out FILE</pre>
 *
 * Exit status: 0 done, 2 a command failed, 3 a usage error. Times are reported, never asserted.
 */
public class TenantScaling {

    public static void main(String[] args) throws Exception {
        List<Integer> counts = new ArrayList<>();
        Path out = Path.of("tenants.csv");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--counts" -> {
                    for (String n : args[i + 1].split(",")) {
                        counts.add(Integer.parseInt(n.strip()));
                    }
                }
                case "--out" -> out = Path.of(args[i + 1]);
                default -> {
                    System.err.println("usage: TenantScaling --counts 10,50 [--out FILE]");
                    System.exit(3);
                }
            }
        }
        Map<String, String> env = System.getenv();
        // Each provisioning logs a line; the table below is what this program reports.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        List<String> rows = new ArrayList<>();
        rows.add("partnerships,provisioned_now,provision_mean_s,provision_slowest_s,migrate_first_s,migrate_again_s");
        System.out.printf("%12s %10s %16s %19s %14s %14s%n", "partnerships", "added", "provision (mean)",
                "provision (slowest)", "migrate all", "start again");
        int existing = 0;
        for (int count : counts) {
            double total = 0;
            double slowest = 0;
            int added = 0;
            for (int n = existing + 1; n <= count; n++) {
                String slug = String.format("scale-%04d", n);
                long t0 = System.nanoTime();
                command(env, "provision", slug, "Scaling partnership " + n, "CHILDREN_SAFEGUARDING_PARTNERSHIP");
                double seconds = (System.nanoTime() - t0) / 1e9;
                total += seconds;
                slowest = Math.max(slowest, seconds);
                added++;
            }
            existing = Math.max(existing, count);
            double first = timed(env, "migrate");
            double again = timed(env, "migrate");
            double mean = added == 0 ? 0 : total / added;
            rows.add(String.format("%d,%d,%.3f,%.3f,%.3f,%.3f", count, added, mean, slowest, first, again));
            System.out.printf("%12d %10d %14.2f s %17.2f s %12.2f s %12.2f s%n", count, added, mean, slowest, first,
                    again);
        }
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            rows.forEach(csv::println);
        }
        System.out.println("Every figure: " + out);
    }

    private static double timed(Map<String, String> env, String... args) {
        long t0 = System.nanoTime();
        command(env, args);
        return (System.nanoTime() - t0) / 1e9;
    }

    /** One operators' command, as bin/tenants runs it; its output is kept only to explain a failure. */
    private static void command(Map<String, String> env, String... args) {
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        PrintStream to = new PrintStream(said, true, StandardCharsets.UTF_8);
        // Liquibase reports each change set on the process's own output: kept aside with the rest.
        PrintStream console = System.out;
        System.setOut(to);
        int status;
        try {
            status = uk.safeguarding.reviews.tenancy.infrastructure.TenantCli.run(args, env, to, to);
        } finally {
            System.setOut(console);
        }
        if (status != 0) {
            System.err.println("FAILED: tenants " + String.join(" ", args) + " (status " + status + "): "
                    + said.toString(StandardCharsets.UTF_8));
            System.exit(2);
        }
    }
}

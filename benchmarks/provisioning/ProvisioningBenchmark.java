import java.io.PrintWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Putting partnerships on the service from the platform's page (issue 18), as the platform
 * administrator does it after signing in through the real flow: each request creates and migrates a
 * schema, creates the partnership's groups in Keycloak through its Admin REST API and invites its
 * first business manager (Keycloak's e-mail, to the demo mail server). JDK only (Java 17), compiled
 * with {@code ../common/Session.java} by run.sh, which also reads each step's time from the platform
 * schema.
 *
 * <p>Prints the median, 95th percentile and slowest whole request and writes each to {@code --out}
 * (slug, milliseconds). Exit status: 0 every partnership ended active, 2 one did not, 3 a usage or
 * set-up error.
 */
public class ProvisioningBenchmark {

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                System.err.println("usage: ProvisioningBenchmark [--app URL] [--partnerships N] [--prefix P] [--out FILE]");
                System.exit(3);
            }
            opt.put(args[i].substring(2), args[i + 1]);
        }
        String app = Session.stripSlash(opt.getOrDefault("app", "http://localhost:9080")) + "/safeguarding";
        int count = Integer.parseInt(opt.getOrDefault("partnerships", "20"));
        String prefix = opt.getOrDefault("prefix", "bench");
        Path out = Path.of(opt.getOrDefault("out", "provisioning.csv"));
        try {
            Session admin = new Session(new Session.Person("platform.admin", "Platform administration"));
            admin.signInToPlatform(app + "/app");
            List<Long> millis = new ArrayList<>();
            try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(out))) {
                csv.println("slug,request_ms");
                for (int i = 1; i <= count; i++) {
                    String slug = prefix + "-" + i;
                    long took = provision(admin, app, slug, i);
                    millis.add(took);
                    csv.println(slug + "," + took);
                    System.out.printf("%s: %d ms%n", slug, took);
                }
            }
            Collections.sort(millis);
            System.out.printf("Whole request (schema, groups, invitation, page): median %d ms, p95 %d ms, slowest %d ms"
                    + " over %d partnerships%n", millis.get(millis.size() / 2),
                    millis.get(Math.min(millis.size() - 1, (int) Math.ceil(millis.size() * 0.95) - 1)),
                    millis.get(millis.size() - 1), millis.size());
        } catch (Session.Failure f) {
            System.err.println("FAILED: " + f.getMessage());
            System.exit(2);
        }
    }

    /** One partnership through the form; the time from sending it to the partnership's page. */
    static long provision(Session admin, String app, String slug, int n) throws Exception {
        HttpResponse<String> page = admin.send(Session.get(app + "/platform/new.xhtml"));
        if (page.statusCode() != 200) {
            throw new Session.Failure("the new-partnership page answered " + page.statusCode());
        }
        Session.FacesForm form = Session.FacesForm.of(page, "partnership");
        Map<String, String> fields = form.fields();
        fields.put("partnership:slug", slug);
        fields.put("partnership:displayName", "Benchmark partnership " + n);
        fields.put("partnership:boardKind", "CHILDREN_SAFEGUARDING_PARTNERSHIP");
        fields.put("partnership:region", "Benchmark region");
        fields.put("partnership:businessUnitMailbox", "business-unit@" + slug + ".example");
        fields.put("partnership:managerName", "Manager " + n);
        fields.put("partnership:managerEmail", "manager@" + slug + ".example");
        fields.put("partnership:provision", "");
        long start = System.nanoTime();
        HttpResponse<String> done = admin.follow(Session.post(form.action(), fields));
        long took = (System.nanoTime() - start) / 1_000_000;
        if (done.statusCode() != 200 || !done.uri().toString().contains("/platform/tenant.xhtml")
                || !done.body().contains("id=\"status\">Active<")) {
            throw new Session.Failure(slug + " did not end active (status " + done.statusCode() + " at " + done.uri()
                    + ")");
        }
        return took;
    }
}

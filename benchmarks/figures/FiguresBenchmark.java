import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The executive's figures page (issue 17, §10.3) on a partnership of realistic size: the time to
 * count every measure and draw the page, as the executive asks for it after signing in through the
 * real flow. JDK only (Java 17), compiled with {@code ../common/Session.java} by run.sh.
 *
 * <p>Run on Northmoor filled by {@code ../data/fill.sh}, it signs the executive in, asks for the figures page
 * {@code --requests} times after three warm-up requests, checks each answer (200, the right
 * partnership, the figures there) and that the list behind "Referrals received" is as long as its
 * number; prints the median, 95th percentile and slowest time and writes every time to {@code --out}.
 *
 * <p>Exit status: 0 every request worked, 2 a request failed or showed the wrong figures or tenant,
 * 3 a usage or set-up error.
 */
public class FiguresBenchmark {

    static final String NORTHMOOR = "Northmoor Safeguarding Children Partnership";
    static final Pattern RECEIVED = Pattern.compile("id=\"figure-a-received\"[^>]*data-number=\"(\\d+)\"");
    static final Pattern LIST_TOTAL = Pattern.compile("of ([\\d,]+) records");

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                System.err.println("usage: FiguresBenchmark [--app URL] [--requests N] [--out FILE]");
                System.exit(3);
            }
            opt.put(args[i].substring(2), args[i + 1]);
        }
        String base = Session.stripSlash(opt.getOrDefault("app", "http://localhost:9080")) + "/safeguarding/app";
        try {
            measure(base, Integer.parseInt(opt.getOrDefault("requests", "200")),
                    Path.of(opt.getOrDefault("out", "figures.csv")));
        } catch (Session.Failure f) {
            System.err.println("FAILED: " + f.getMessage());
            System.exit(2);
        }
    }

    static void measure(String base, int requests, Path out) throws Exception {
        Session executive = new Session(new Session.Person("nm.executive", NORTHMOOR));
        executive.signIn(base);
        int received = -1;
        for (int i = 0; i < 3; i++) {
            received = figures(executive, base);
        }
        Timings times = new Timings();
        for (int i = 0; i < requests; i++) {
            long t0 = System.nanoTime();
            int shown = figures(executive, base);
            times.since(t0);
            if (shown != received) {
                throw new Session.Failure("the number of referrals received changed from " + received + " to " + shown);
            }
        }
        HttpResponse<String> list = executive.send(Session.get(base + "/figures/list.xhtml?key=a.received"));
        Matcher total = LIST_TOTAL.matcher(list.body());
        if (list.statusCode() != 200 || !total.find() || Integer.parseInt(total.group(1).replace(",", "")) != received) {
            throw new Session.Failure("the list behind \"Referrals received\" is not " + received + " long");
        }
        Timings.writeCsv(out, Map.of("figures", times));
        System.out.printf("Figures page, %d referrals received this year: %d requests, median %.0f ms, p95 %.0f ms,"
                + " slowest %.0f ms (%s)%n", received, requests, times.percentile(50), times.percentile(95),
                times.slowest(), out);
    }

    /** Asks for the figures page; returns the number of referrals received it shows. */
    static int figures(Session executive, String base) throws Exception {
        HttpResponse<String> page = executive.send(Session.get(base + "/figures/index.xhtml"));
        if (page.statusCode() != 200) {
            throw new Session.Failure("figures page: status " + page.statusCode() + Session.location(page));
        }
        executive.checkTenant(page, "figures page");
        Matcher received = RECEIVED.matcher(page.body());
        if (!received.find()) {
            throw new Session.Failure("figures page without the number of referrals received");
        }
        return Integer.parseInt(received.group(1));
    }
}

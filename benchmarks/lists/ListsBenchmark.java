import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages of lists people open all day (issue 13 §4, issue 20), on Northmoor filled to a realistic
 * size by {@code ../data/fill.sh}: the time to read one page of each list, as its reader asks for it
 * after signing in through the real flow. JDK only (Java 17), compiled with {@code ../common/*.java}.
 *
 * <p>Each page is asked for three times to warm up, then {@code --requests} times, one request after
 * another (a latency per page, not a load test). Every answer is checked: 200, the reader's own
 * partnership, the list there, and where the page counts its rows, at least as many as were filled
 * (a list that lost its rows would otherwise look fast). Prints each page's median, 95th and 99th
 * percentile and slowest time against the target (95th percentile under 100 ms) and writes every time
 * to {@code --out}. Timings are reported, never asserted.
 *
 * <p>Exit status: 0 every request worked, 2 a request failed or showed the wrong list or tenant,
 * 3 a usage error.
 */
public class ListsBenchmark {

    static final String NORTHMOOR = "Northmoor Safeguarding Children Partnership";
    static final double TARGET_P95_MILLIS = 100;
    /** The count a paged list states under its pager: "Showing 1 to 25 of 2,000 referrals". */
    static final Pattern TOTAL = Pattern.compile("id=\"(?:[^\"]*:)?pages-summary\">[^<]*? of ([\\d,]+)");

    /** One list page: who reads it, where, the id its rows are under, and the fewest rows it must count. */
    record ListPage(String name, String reader, String path, String listId, long atLeast) {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                System.err.println("usage: ListsBenchmark [--app URL] [--requests N] [--referrals N] [--drafts N]"
                        + " [--reviews N] [--audit N] [--out FILE]");
                System.exit(3);
            }
            opt.put(args[i].substring(2), args[i + 1]);
        }
        String base = Session.stripSlash(opt.getOrDefault("app", "http://localhost:9080")) + "/safeguarding/app";
        long referrals = Long.parseLong(opt.getOrDefault("referrals", "2000"));
        long drafts = Long.parseLong(opt.getOrDefault("drafts", "200"));
        long reviews = Long.parseLong(opt.getOrDefault("reviews", "200"));
        long audit = Long.parseLong(opt.getOrDefault("audit", "200000"));
        List<ListPage> pages = List.of(
                new ListPage("home (My tasks)", "nm.manager", "/index.xhtml", "my-tasks", 0),
                new ListPage("referral inbox, first page", "nm.manager", "/referrals/inbox.xhtml", "referrals", referrals),
                new ListPage("referral inbox, page 40", "nm.manager", "/referrals/inbox.xhtml?page=40", "referrals",
                        referrals),
                new ListPage("my referrals (referrer)", "nm.referrer", "/referrals/mine.xhtml", "referrals", referrals),
                new ListPage("drafts (business unit: all)", "nm.manager", "/referrals/drafts.xhtml", "drafts", drafts),
                new ListPage("drafts (referrer: own)", "nm.referrer", "/referrals/drafts.xhtml", "drafts",
                        drafts - drafts / 4),
                new ListPage("reviews", "nm.manager", "/reviews/index.xhtml", "reviews", reviews),
                new ListPage("deadline dashboard", "nm.manager", "/clocks/dashboard.xhtml", "clocks",
                        referrals / 10),
                new ListPage("audit trail, first page", "nm.manager", "/audit/index.xhtml", "rows", audit),
                new ListPage("audit trail of one referral", "nm.manager", "/audit/index.xhtml?record=bench-ref-7",
                        "rows", 0));
        Map<String, Session> readers = new LinkedHashMap<>();
        Map<String, Timings> times = new LinkedHashMap<>();
        try {
            for (ListPage page : pages) {
                Session reader = readers.get(page.reader());
                if (reader == null) {
                    reader = new Session(new Session.Person(page.reader(), NORTHMOOR));
                    reader.signIn(base);
                    readers.put(page.reader(), reader);
                }
                for (int i = 0; i < 3; i++) {
                    read(reader, base, page);
                }
                Timings timings = new Timings();
                int requests = Integer.parseInt(opt.getOrDefault("requests", "100"));
                for (int i = 0; i < requests; i++) {
                    long t0 = System.nanoTime();
                    read(reader, base, page);
                    timings.since(t0);
                }
                times.put(page.name(), timings);
            }
        } catch (Session.Failure f) {
            System.err.println("FAILED: " + f.getMessage());
            System.exit(2);
        }
        Path out = Path.of(opt.getOrDefault("out", "lists.csv"));
        Timings.writeCsv(out, times);
        System.out.printf("%-32s %8s %8s %8s %8s %8s  %s%n", "page", "requests", "median", "p95", "p99", "slowest",
                "p95 under " + (int) TARGET_P95_MILLIS + " ms");
        times.forEach((name, t) -> System.out.printf("%-32s %8d %6.0f ms %5.0f ms %5.0f ms %5.0f ms  %s%n", name,
                t.count(), t.percentile(50), t.percentile(95), t.percentile(99), t.slowest(),
                t.percentile(95) < TARGET_P95_MILLIS ? "yes" : "NO"));
        System.out.println("Every time: " + out);
    }

    /** Asks for the page and checks it: the reader's partnership, the list, and enough rows counted. */
    static void read(Session reader, String base, ListPage page) throws Exception {
        HttpResponse<String> answer = reader.send(Session.get(base + page.path()));
        if (answer.statusCode() != 200) {
            throw new Session.Failure(page.name() + ": status " + answer.statusCode() + Session.location(answer));
        }
        reader.checkTenant(answer, page.name());
        String html = answer.body();
        if (!html.contains("id=\"" + page.listId() + "\"")) {
            throw new Session.Failure(page.name() + ": no id=\"" + page.listId() + "\" on " + answer.uri());
        }
        if (page.atLeast() > 0) {
            Matcher total = TOTAL.matcher(html);
            long counted = total.find() ? Long.parseLong(total.group(1).replace(",", "")) : -1;
            if (counted < page.atLeast()) {
                throw new Session.Failure(page.name() + ": counts " + counted + " rows, fewer than the "
                        + page.atLeast() + " filled");
            }
        }
    }
}

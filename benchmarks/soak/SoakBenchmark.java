import java.io.IOException;
import java.io.PrintWriter;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Soak benchmark: many thousands of requests across three tenants through the real sign-in and the
 * real Faces form, with the Liberty server's heap measured after a full GC every K requests.
 *
 * <p>Single file, JDK only (Java 17): {@code java SoakBenchmark.java --app http://localhost:9080
 * --pid <liberty pid> --requests 20000 --every 1000 --out results/soak.csv}
 *
 * <p>A "request" is one HTTP request to the application after sign-in: a read is one GET of the
 * drafts page; a write is two (GET of the new-referral form, POST of the form). The loop goes
 * round-robin over the three users and each user alternates read, write, read, write, so every
 * write's redirect target (the drafts page) is the next page that user asks for.
 *
 * <p>Exit status: 0 if the heap is flat and nothing failed, 1 if the heap grew, 2 if any request
 * failed or a page showed another tenant's partnership, 3 on a usage or set-up error.
 */
public class SoakBenchmark {

    static final String PASSWORD = "Demo-2026!";
    static final Pattern PARTNERSHIP = Pattern.compile("id=\"partnership-name\"[^>]*>([^<]*)<");
    static final Pattern KC_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>", Pattern.DOTALL);
    static final Pattern ACTION = Pattern.compile("action=\"([^\"]*)\"");
    static final Pattern DRAFT_FORM = Pattern.compile("<form[^>]*id=\"draft\"[^>]*>", Pattern.DOTALL);
    static final Pattern VIEW_STATE = Pattern.compile(
            "<input[^>]*name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"", Pattern.DOTALL);
    static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)");
    static final Pattern HEAP_USED = Pattern.compile("used\\s+(\\d+)K");

    record Demo(String username, String partnership) {}

    static final List<Demo> DEMOS = List.of(
            new Demo("nm.referrer", "Northmoor Safeguarding Children Partnership"),
            new Demo("sv.referrer", "Southvale Safeguarding Children Partnership"),
            new Demo("sab.referrer", "Northmoor Safeguarding Adults Board"));

    /** One signed-in person: own cookies (Keycloak's and Liberty's), own HTTP client. */
    static final class User {
        final Demo demo;
        final HttpClient http;
        long reads, writes;

        User(Demo demo) {
            this.demo = demo;
            LoopbackCookies cookies = new LoopbackCookies();
            // Redirects are followed by hand (see follow): every hop is visible and checked.
            this.http = HttpClient.newBuilder()
                    .cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10))
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();
        }
    }

    /**
     * A CookieManager that behaves like a browser on localhost. Keycloak marks its cookies Secure
     * (AUTH_SESSION_ID, KC_RESTART, ...); browsers treat http://localhost as a secure context and
     * send them, java.net.CookieManager does not. It also sends RFC 2965 style "$Path" attributes
     * for Keycloak's Version=1 cookies, so the Cookie header is written here as plain name=value
     * pairs. Storage, domain and expiry stay the CookieManager's.
     */
    static final class LoopbackCookies extends CookieHandler {
        final CookieManager manager = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            manager.put(uri, headers);
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) {
            boolean loopback = "localhost".equalsIgnoreCase(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
            URI lookup = uri;
            if (loopback && "http".equalsIgnoreCase(uri.getScheme())) {
                lookup = URI.create("https" + uri.toString().substring(4));
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            List<String> pairs = new ArrayList<>();
            for (HttpCookie c : manager.getCookieStore().get(lookup)) {
                String cookiePath = c.getPath() == null ? "/" : c.getPath();
                boolean pathMatches = path.equals(cookiePath)
                        || path.startsWith(cookiePath.endsWith("/") ? cookiePath : cookiePath + "/");
                if (!c.hasExpired() && pathMatches) {
                    pairs.add(c.getName() + "=" + c.getValue());
                }
            }
            return pairs.isEmpty() ? Map.of() : Map.of("Cookie", List.of(String.join("; ", pairs)));
        }
    }

    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    // ---------------------------------------------------------------------------------------------

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = parseArgs(args);
        String app = stripSlash(opt.getOrDefault("app", "http://localhost:9080"));
        long pid = Long.parseLong(require(opt, "pid"));
        int requests = Integer.parseInt(opt.getOrDefault("requests", "20000"));
        int every = Integer.parseInt(opt.getOrDefault("every", "1000"));
        Path out = Path.of(opt.getOrDefault("out", "results/soak.csv"));
        if (requests <= 0 || every <= 0) {
            usage("--requests and --every must be positive");
        }
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        String base = app + "/safeguarding/app";

        System.out.printf("Soak: %s, Liberty pid %d, %d requests, heap measured every %d%n", app, pid, requests, every);
        System.out.printf("Liberty JVM: %s%n", jcmd(pid, "VM.flags").lines()
                .filter(l -> l.contains("MaxHeapSize")).findFirst().map(SoakBenchmark::maxHeap).orElse("?"));

        List<User> users = new ArrayList<>();
        for (Demo d : DEMOS) {
            User u = new User(d);
            signIn(u, base);
            System.out.printf("Signed in %-13s -> %s%n", d.username(), d.partnership());
            users.add(u);
        }

        List<double[]> samples = new ArrayList<>(); // {requests, writes, heapMb, elapsed}
        long errors = 0, wrongTenant = 0, done = 0, writes = 0;
        List<String> firstErrors = new ArrayList<>();
        long[] turns = new long[users.size()];
        long start = System.nanoTime();
        long activeNanos = 0; // time spent on requests only (without the GC measurements)

        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            csv.println("requests,writes,heap_used_mb_after_gc,elapsed_s");
            System.out.println("requests,writes,heap_used_mb_after_gc,elapsed_s");
            // Sample 0: the heap before the soak (after sign-in).
            sample(pid, 0, 0, start, samples, csv);

            long nextSample = every;
            int i = 0;
            while (done < requests) {
                User u = users.get(i % users.size());
                boolean write = turns[i % users.size()]++ % 2 == 1;
                i++;
                long t0 = System.nanoTime();
                try {
                    if (write) {
                        done += 2;
                        createDraft(u, base, done);
                        u.writes++;
                        writes++;
                    } else {
                        done += 1;
                        readDrafts(u, base);
                        u.reads++;
                    }
                } catch (Failure f) {
                    errors++;
                    if (f.getMessage().startsWith("WRONG TENANT")) {
                        wrongTenant++;
                    }
                    if (firstErrors.size() < 10) {
                        firstErrors.add(u.demo.username() + ": " + f.getMessage());
                        System.err.println("error: " + u.demo.username() + ": " + f.getMessage());
                    }
                } catch (IOException e) {
                    errors++;
                    if (firstErrors.size() < 10) {
                        firstErrors.add(u.demo.username() + ": " + e);
                        System.err.println("error: " + u.demo.username() + ": " + e);
                    }
                }
                activeNanos += System.nanoTime() - t0;
                if (done >= nextSample) {
                    sample(pid, done, writes, start, samples, csv);
                    nextSample += every;
                }
            }
            if (samples.get(samples.size() - 1)[0] != done) {
                sample(pid, done, writes, start, samples, csv);
            }
        }

        double elapsed = (System.nanoTime() - start) / 1e9;
        double active = activeNanos / 1e9;
        System.out.println();
        System.out.printf("Requests: %d (%d writes = draft referrals saved), errors: %d, wrong-tenant pages: %d%n",
                done, writes, errors, wrongTenant);
        for (User u : users) {
            System.out.printf("  %-13s reads %d, writes %d%n", u.demo.username(), u.reads, u.writes);
        }
        System.out.printf("Throughput: %.1f requests/s (%.1f s of requests, %.1f s in all with the GC samples)%n",
                done / active, active, elapsed);
        System.out.printf("CSV: %s%n", out);

        int status = verdict(samples);
        if (errors > 0) {
            System.out.printf("FAILED: %d requests failed (%d showed another tenant). First: %s%n",
                    errors, wrongTenant, firstErrors);
            status = 2;
        }
        System.exit(status);
    }

    /** Compares the mean of the last three samples with the first three after the warm-up sample. */
    static int verdict(List<double[]> samples) {
        // Sample 0 is before the soak; sample 1 (after the first K requests) is the warm-up.
        List<double[]> measured = samples.subList(Math.min(2, samples.size()), samples.size());
        if (measured.size() < 6) {
            System.out.printf("VERDICT: not enough samples (%d after the warm-up, need 6): run more requests%n",
                    measured.size());
            return 1;
        }
        double first = mean(measured.subList(0, 3));
        double last = mean(measured.subList(measured.size() - 3, measured.size()));
        double growth = last - first;
        double pct = 100.0 * growth / first;
        boolean flat = pct < 10.0 || growth < 16.0;
        double perWrite = 0;
        double writesBetween = mean3(measured.subList(measured.size() - 3, measured.size()), 1)
                - mean3(measured.subList(0, 3), 1);
        if (writesBetween > 0) {
            perWrite = growth * 1024.0 / writesBetween;
        }
        System.out.printf("Heap after GC: first 3 samples after warm-up %.1f MB, last 3 %.1f MB: %+.1f MB (%+.1f%%),"
                + " %+.2f KB per write%n", first, last, growth, pct, perWrite);
        System.out.printf("VERDICT: heap %s (flat = growth below 10%% or below 16 MB)%n", flat ? "FLAT" : "GROWS");
        return flat ? 0 : 1;
    }

    static double mean(List<double[]> rows) {
        return mean3(rows, 2);
    }

    static double mean3(List<double[]> rows, int column) {
        return rows.stream().mapToDouble(r -> r[column]).average().orElse(Double.NaN);
    }

    static void sample(long pid, long done, long writes, long start, List<double[]> samples, PrintWriter csv)
            throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        double mb = heapUsedMb(jcmd(pid, "GC.heap_info"));
        double elapsed = (System.nanoTime() - start) / 1e9;
        samples.add(new double[] {done, writes, mb, elapsed});
        String row = String.format("%d,%d,%.1f,%.1f", done, writes, mb, elapsed);
        csv.println(row);
        csv.flush();
        System.out.println(row);
    }

    /**
     * The heap total's "used" figure. G1 prints " garbage-first heap   total 262144K, used 61234K [..."
     * on the first line; other collectors print "total ...K, used ...K" on their first line too.
     */
    static double heapUsedMb(String heapInfo) throws IOException {
        for (String line : heapInfo.lines().toList()) {
            if (line.contains("total") && line.contains("used")) {
                Matcher m = HEAP_USED.matcher(line);
                if (m.find()) {
                    return Long.parseLong(m.group(1)) / 1024.0;
                }
            }
        }
        throw new IOException("no heap total in jcmd GC.heap_info output:\n" + heapInfo);
    }

    static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("jcmd " + pid + " " + command + " failed:\n" + text);
        }
        return text;
    }

    static String maxHeap(String flags) {
        Matcher m = Pattern.compile("-XX:MaxHeapSize=(\\d+)").matcher(flags);
        return m.find() ? "max heap " + Long.parseLong(m.group(1)) / (1024 * 1024) + " MB" : flags.strip();
    }

    // ---------------------------------------------------------------------------------------------
    // The real sign-in: application -> Keycloak's login page -> Liberty's OIDC redirect -> the page.

    static void signIn(User u, String base) throws Exception {
        HttpResponse<String> page = follow(u, get(base + "/index.xhtml"));
        Matcher form = KC_FORM.matcher(page.body());
        if (page.statusCode() != 200 || !form.find()) {
            throw new Failure("no Keycloak login form for " + u.demo.username() + " at " + page.uri()
                    + " (status " + page.statusCode() + ")");
        }
        Matcher action = ACTION.matcher(form.group());
        if (!action.find()) {
            throw new Failure("Keycloak login form without action");
        }
        URI target = page.uri().resolve(unescapeHtml(action.group(1)));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", u.demo.username());
        fields.put("password", PASSWORD);
        fields.put("credentialId", "");
        fields.put("login", "Sign In");
        HttpResponse<String> home = follow(u, post(target, fields));
        if (home.statusCode() != 200) {
            throw new Failure("sign-in of " + u.demo.username() + " ended with status " + home.statusCode()
                    + " at " + home.uri());
        }
        checkTenant(u, home, "sign-in");
    }

    // ---------------------------------------------------------------------------------------------
    // The two operations.

    static void readDrafts(User u, String base) throws Exception {
        HttpResponse<String> page = send(u, get(base + "/referrals/drafts.xhtml"));
        if (page.statusCode() != 200) {
            throw new Failure("drafts page: status " + page.statusCode() + location(page));
        }
        checkTenant(u, page, "drafts page");
    }

    static void createDraft(User u, String base, long n) throws Exception {
        HttpResponse<String> form = send(u, get(base + "/referrals/new.xhtml"));
        if (form.statusCode() != 200) {
            throw new Failure("new-referral page: status " + form.statusCode() + location(form));
        }
        checkTenant(u, form, "new-referral page");
        String html = form.body();
        Matcher formTag = DRAFT_FORM.matcher(html);
        if (!formTag.find()) {
            throw new Failure("new-referral page has no form id=\"draft\"");
        }
        Matcher action = ACTION.matcher(formTag.group());
        Matcher viewState = VIEW_STATE.matcher(html);
        Matcher nonce = NONCE.matcher(html);
        if (!action.find() || !viewState.find(formTag.end()) || !nonce.find()) {
            throw new Failure("new-referral page: no form action, view state or CSP nonce");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("draft", "draft");
        fields.put("draft_SUBMIT", "1");
        fields.put("draft:kind", "PRACTICE_REVIEW");
        fields.put("draft:childInitials", "AB");
        fields.put("draft:incidentDate", "1/11/2026");
        fields.put("draft:summary", "soak " + n);
        fields.put("draft:save", "");
        fields.put("jakarta.faces.ViewState", unescapeHtml(viewState.group(1)));
        fields.put("primefaces.nonce", nonce.group(1));
        HttpResponse<String> saved = send(u, post(form.uri().resolve(unescapeHtml(action.group(1))), fields));
        if (saved.statusCode() == 302 || saved.statusCode() == 303) {
            String to = saved.headers().firstValue("Location").orElse("");
            if (!to.contains("/referrals/drafts.xhtml")) {
                throw new Failure("saving a draft redirected to " + to);
            }
        } else if (saved.statusCode() == 200) {
            checkTenant(u, saved, "save");
            if (!saved.body().contains("The draft referral was saved.")) {
                throw new Failure("saving a draft: 200 without the saved message (validation failed?)");
            }
        } else {
            throw new Failure("saving a draft: status " + saved.statusCode());
        }
    }

    static void checkTenant(User u, HttpResponse<String> page, String what) throws Failure {
        Matcher m = PARTNERSHIP.matcher(page.body());
        if (!m.find()) {
            throw new Failure(what + ": no partnership name on the page " + page.uri());
        }
        String shown = unescapeHtml(m.group(1)).strip();
        if (!shown.equals(u.demo.partnership())) {
            boolean other = DEMOS.stream().anyMatch(d -> d.partnership().equals(shown));
            throw new Failure((other ? "WRONG TENANT: " : "unexpected partnership: ") + what + " shows \""
                    + shown + "\", expected \"" + u.demo.partnership() + "\"");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // HTTP helpers.

    static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build();
    }

    static HttpRequest post(URI url, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    static HttpResponse<String> send(User u, HttpRequest request) throws IOException, InterruptedException {
        return u.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Sends and follows redirects (GET after 301/302/303) by hand, across hosts and ports. */
    static HttpResponse<String> follow(User u, HttpRequest request) throws Exception {
        HttpResponse<String> r = send(u, request);
        for (int hops = 0; hops < 15; hops++) {
            int s = r.statusCode();
            if (s != 301 && s != 302 && s != 303 && s != 307) {
                return r;
            }
            String location = r.headers().firstValue("Location")
                    .orElseThrow(() -> new Failure("redirect without Location from " + request.uri()));
            r = send(u, get(r.uri().resolve(location).toString()));
        }
        throw new Failure("too many redirects from " + request.uri());
    }

    static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").map(l -> " -> " + l).orElse("");
    }

    static String unescapeHtml(String s) {
        return s.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'")
                .replace("&lt;", "<").replace("&gt;", ">");
    }

    // ---------------------------------------------------------------------------------------------

    static Map<String, String> parseArgs(String[] args) {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) {
                usage(null);
            }
            if (!a.startsWith("--")) {
                usage("unexpected argument " + a);
            }
            String key = a.substring(2), value;
            int eq = key.indexOf('=');
            if (eq >= 0) {
                value = key.substring(eq + 1);
                key = key.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                usage("missing value for " + a);
                return opt;
            }
            if (!List.of("app", "pid", "requests", "every", "out").contains(key)) {
                usage("unknown option --" + key);
            }
            opt.put(key, value);
        }
        return opt;
    }

    static String require(Map<String, String> opt, String key) {
        String v = opt.get(key);
        if (v == null) {
            usage("--" + key + " is required");
        }
        return v;
    }

    static void usage(String problem) {
        if (problem != null) {
            System.err.println("SoakBenchmark: " + problem);
        }
        System.err.println("usage: java SoakBenchmark.java --pid <Liberty JVM pid> [--app http://localhost:9080]"
                + " [--requests 20000] [--every 1000] [--out results/soak.csv]");
        System.exit(problem == null ? 0 : 3);
    }

    static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}

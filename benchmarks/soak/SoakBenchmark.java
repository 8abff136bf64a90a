import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * <p>JDK only (Java 17), compiled with {@code ../common/Session.java} (the real sign-in) by run.sh:
 * {@code java -cp <classes> SoakBenchmark --app http://localhost:9080 --pid <liberty pid> --requests
 * 20000 --every 1000 --out results/soak.csv}
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

    static final Pattern HEAP_USED = Pattern.compile("used\\s+(\\d+)K");

    /** One signed-in person and what they did. */
    static final class User extends Session {
        long reads, writes;

        User(Person person) {
            super(person);
        }
    }

    static final List<Session.Person> DEMOS = List.of(
            new Session.Person("nm.referrer", "Northmoor Safeguarding Children Partnership"),
            new Session.Person("sv.referrer", "Southvale Safeguarding Children Partnership"),
            new Session.Person("sab.referrer", "Northmoor Safeguarding Adults Board"));

    // ---------------------------------------------------------------------------------------------

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = parseArgs(args);
        String app = Session.stripSlash(opt.getOrDefault("app", "http://localhost:9080"));
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
        for (Session.Person d : DEMOS) {
            User u = new User(d);
            u.signIn(base);
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
                } catch (Session.Failure f) {
                    errors++;
                    if (f.getMessage().startsWith("WRONG TENANT")) {
                        wrongTenant++;
                    }
                    if (firstErrors.size() < 10) {
                        firstErrors.add(u.person.username() + ": " + f.getMessage());
                        System.err.println("error: " + u.person.username() + ": " + f.getMessage());
                    }
                } catch (IOException e) {
                    errors++;
                    if (firstErrors.size() < 10) {
                        firstErrors.add(u.person.username() + ": " + e);
                        System.err.println("error: " + u.person.username() + ": " + e);
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
            System.out.printf("  %-13s reads %d, writes %d%n", u.person.username(), u.reads, u.writes);
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
    // The two operations.

    static void readDrafts(User u, String base) throws Exception {
        HttpResponse<String> page = u.send(Session.get(base + "/referrals/drafts.xhtml"));
        if (page.statusCode() != 200) {
            throw new Session.Failure("drafts page: status " + page.statusCode() + Session.location(page));
        }
        u.checkTenant(page, "drafts page");
    }

    static void createDraft(User u, String base, long n) throws Exception {
        HttpResponse<String> form = u.send(Session.get(base + "/referrals/new.xhtml"));
        if (form.statusCode() != 200) {
            throw new Session.Failure("new-referral page: status " + form.statusCode() + Session.location(form));
        }
        u.checkTenant(form, "new-referral page");
        Session.FacesForm draft = Session.FacesForm.of(form, "draft");
        Map<String, String> fields = draft.fields();
        fields.put("draft:kind", "PRACTICE_REVIEW");
        fields.put("draft:childInitials", "AB");
        fields.put("draft:incidentDate", "1/11/2026");
        fields.put("draft:summary", "soak " + n);
        fields.put("draft:save", "");
        HttpResponse<String> saved = u.send(Session.post(draft.action(), fields));
        if (saved.statusCode() == 302 || saved.statusCode() == 303) {
            String to = saved.headers().firstValue("Location").orElse("");
            if (!to.contains("/referrals/drafts.xhtml")) {
                throw new Session.Failure("saving a draft redirected to " + to);
            }
        } else if (saved.statusCode() == 200) {
            u.checkTenant(saved, "save");
            if (!saved.body().contains("The draft referral was saved.")) {
                throw new Session.Failure("saving a draft: 200 without the saved message (validation failed?)");
            }
        } else {
            throw new Session.Failure("saving a draft: status " + saved.statusCode());
        }
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
        System.err.println("usage: java -cp <classes> SoakBenchmark --pid <Liberty JVM pid> [--app http://localhost:9080]"
                + " [--requests 20000] [--every 1000] [--out results/soak.csv]");
        System.exit(problem == null ? 0 : 3);
    }
}

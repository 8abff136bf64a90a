import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Two servers, one service (issue 19): run by bin/test-cluster against the product started with
 * {@code bin/run --servers 2}, through the real load balancer, the real Keycloak sign-in and the real
 * Faces forms. Each check starts, stops or kills real server processes and prints what it measured;
 * any failure ends the program with status 1.
 *
 * <ol>
 * <li>Sign-in through the balancer: Keycloak's answer (the OIDC callback) is taken by either server,
 *     and every page afterwards is served by both, each showing the person's own partnership.</li>
 * <li>Failover mid-form: the server that drew the new-referral form is killed (SIGKILL) before the
 *     form is sent; the other server takes the post, with the same session and view state, and the
 *     draft is saved exactly once. The killed server is started again and rejoins.</li>
 * <li>Letters once: letters written into three partnerships' outboxes are sent by both servers'
 *     sweeps, each exactly once (counted in the demo mail server).</li>
 * <li>Rolling deployment: bin/deploy gives each server in turn a new build (drained at the balancer,
 *     stopped, started again) while a person keeps saving drafts through the balancer; no save fails,
 *     none is lost, both servers take saves, and both run the new build at the end.</li>
 * <li>PostgreSQL stopped for a few seconds and started again under both servers: every answer meanwhile
 *     is the page or the product's own "unavailable for a moment" page (never an incident, a stack trace
 *     or another partnership's page), none waits long, every save reported as saved is stored once and
 *     no other is, and both servers serve again without a restart.</li>
 * <li>Keycloak down: people signed in carry on; a new visitor gets the product's own page saying they
 *     cannot sign in at the moment (the balancer stands in front of Keycloak), and signs in once it is
 *     back.</li>
 * <li>Mail down: letters written meanwhile wait in the outboxes, none marked sent, and all go, once
 *     each, when the mail server is back, with both servers sweeping.</li>
 * </ol>
 */
public class ClusterTest {

    static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d/M/yyyy");
    /** A line of a Java stack trace: "at some.Class.method(Class.java:12)". */
    static final Pattern STACK_FRAME = Pattern.compile("at [\\w.$]+\\([\\w$]+\\.java:\\d+\\)");
    static final String BUILD_PROPERTIES = "WEB-INF/classes/uk/safeguarding/reviews/web/startup/build.properties";
    static final Pattern SUBJECT = Pattern.compile("\"subject\"\\s*:\\s*\"([^\"]*)\"");

    final String app;
    final Path wlp;
    final List<String> servers;
    final List<Integer> serverPorts;
    final String mailApi;
    final String database;
    final String stopDatabase;
    final String startDatabase;
    final String stopKeycloak;
    final String startKeycloak;
    final String keycloak;
    final String stopMail;
    final String startMail;
    final String deployCommand;
    final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    final List<String> failures = new ArrayList<>();

    ClusterTest(Map<String, String> opt) {
        app = opt.get("app");
        wlp = Path.of(opt.get("wlp"));
        servers = List.of(opt.get("servers").split(","));
        serverPorts = new ArrayList<>();
        for (String p : opt.get("server-ports").split(",")) {
            serverPorts.add(Integer.parseInt(p));
        }
        mailApi = opt.get("mail-api");
        database = opt.get("db");
        stopDatabase = opt.get("stop-database");
        startDatabase = opt.get("start-database");
        stopKeycloak = opt.get("stop-keycloak");
        startKeycloak = opt.get("start-keycloak");
        keycloak = opt.get("keycloak");
        stopMail = opt.get("stop-mail");
        startMail = opt.get("start-mail");
        deployCommand = opt.get("deploy");
    }

    /** A signed-in person whose every answer is counted by the server that gave it. */
    static final class Traced extends Session {
        final Map<String, Integer> servedBy = new TreeMap<>();
        String lastServer = "";
        String callbackServer = "";
        int sentToSignIn;

        Traced(String username, String partnership) {
            super(new Person(username, partnership));
        }

        @Override
        protected void answered(HttpResponse<String> response) {
            if (response.headers().firstValue("Location").filter(l -> l.contains("/openid-connect/auth")).isPresent()) {
                sentToSignIn++;
            }
            response.headers().firstValue("X-Served-By").ifPresent(server -> {
                lastServer = server;
                servedBy.merge(server, 1, Integer::sum);
                if (response.uri().getPath().contains("/oidcclient/redirect")) {
                    callbackServer = server;
                }
            });
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        ClusterTest test = new ClusterTest(opt);
        Map<String, Check> checks = new LinkedHashMap<>();
        checks.put("sign-in", test::signInThroughTheBalancer);
        checks.put("failover", test::failoverMidForm);
        checks.put("letters", test::lettersOnce);
        checks.put("rolling-deployment", test::rollingDeployment);
        checks.put("database-restart", test::databaseRestart);
        checks.put("keycloak-down", test::keycloakDown);
        checks.put("mail-down", test::mailDown);
        // --only NAME runs one check (bin/test-cluster --only failover), for working on it.
        String only = opt.get("only");
        if (only != null && !checks.containsKey(only)) {
            System.out.println("No check named " + only + "; the checks are " + checks.keySet());
            System.exit(2);
        }
        checks.forEach((name, check) -> {
            if (only == null || only.equals(name)) {
                test.check(name, check);
            }
        });
        if (!test.failures.isEmpty()) {
            System.out.println("FAILED: " + test.failures);
            System.exit(1);
        }
        System.out.println("All two-server checks passed.");
    }

    interface Check {
        void run() throws Exception;
    }

    void check(String name, Check check) {
        System.out.println("== " + name);
        long started = System.nanoTime();
        try {
            check.run();
            System.out.printf("   passed in %.1f s%n", (System.nanoTime() - started) / 1e9);
        } catch (Exception | AssertionError e) {
            System.out.println("   FAILED: " + e);
            failures.add(name);
        }
    }

    // 1. Sign-in through the balancer -------------------------------------------------------------

    void signInThroughTheBalancer() throws Exception {
        String[][] people = {
            {"nm.referrer", "Northmoor Safeguarding Children Partnership"},
            {"sv.referrer", "Southvale Safeguarding Children Partnership"},
            {"sab.referrer", "Northmoor Safeguarding Adults Board"},
            {"nm.manager", "Northmoor Safeguarding Children Partnership"},
        };
        Map<String, Integer> callbacks = new TreeMap<>();
        List<Traced> signedIn = new ArrayList<>();
        for (int i = 0; i < 8 && (callbacks.size() < 2 || signedIn.size() < people.length); i++) {
            String[] person = people[i % people.length];
            Traced session = new Traced(person[0], person[1]);
            // One request more before every other sign-in, so that round robin hands Keycloak's answer
            // to each server in turn.
            for (int extra = 0; extra < i % 2; extra++) {
                session.send(Session.get(app + "/health/ready"));
            }
            session.signIn(app + "/safeguarding/app");
            callbacks.merge(session.callbackServer, 1, Integer::sum);
            signedIn.add(session);
        }
        System.out.println("   sign-ins: " + signedIn.size() + ", Keycloak's answer taken by " + callbacks);
        expect(callbacks.keySet().containsAll(servers), "both servers took a sign-in's callback: " + callbacks);
        int pages = 0;
        Map<String, Integer> served = new TreeMap<>();
        for (Traced session : signedIn) {
            for (int i = 0; i < 6; i++) {
                HttpResponse<String> page = session.send(Session.get(app + "/safeguarding/app/index.xhtml"));
                expect(page.statusCode() == 200, session.person.username() + "'s home page: status " + page.statusCode());
                session.checkTenant(page, "home page");
                served.merge(session.lastServer, 1, Integer::sum);
                pages++;
            }
        }
        System.out.println("   pages after sign-in: " + pages + ", each with the person's own partnership, served by " + served
                + ", errors: 0");
        expect(served.keySet().containsAll(servers), "both servers served signed-in pages: " + served);
    }

    // 2. Failover mid-form ------------------------------------------------------------------------

    void failoverMidForm() throws Exception {
        Traced person = new Traced("nm.referrer", "Northmoor Safeguarding Children Partnership");
        person.signIn(app + "/safeguarding/app");
        HttpResponse<String> form = person.send(Session.get(app + "/safeguarding/app/referrals/new.xhtml"));
        expect(form.statusCode() == 200, "new-referral form: status " + form.statusCode());
        String drewIt = person.lastServer;
        int signInsBefore = person.sentToSignIn;
        String summary = "Failover check " + run;
        Map<String, String> fields = draftFields(form, summary);

        long killed = System.nanoTime();
        killServer(drewIt);
        HttpResponse<String> saved = person.send(Session.post(Session.FacesForm.of(form, "draft").action(), fields));
        String tookIt = person.lastServer;
        System.out.printf("   form drawn by %s, %s killed, the post taken by %s %.1f s later: status %d%n", drewIt,
                drewIt, tookIt, (System.nanoTime() - killed) / 1e9, saved.statusCode());
        expect(!tookIt.equals(drewIt), "the post was answered by the other server, not " + tookIt);
        expectDraftSaved(person, saved);
        int copies = draftsNamed(person, summary);
        int signedInAgain = person.sentToSignIn - signInsBefore;
        System.out.println("   drafts saved with that summary: " + copies + ", times sent to sign in again: " + signedInAgain);
        expect(copies == 1, "the draft was saved exactly once, not " + copies + " times");
        expect(signedInAgain == 0, "the person was sent to sign in again " + signedInAgain + " times");

        startServer(drewIt);
        waitUntilBalancerUses(drewIt, person);
        Map<String, Integer> after = new TreeMap<>();
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> page = person.send(Session.get(app + "/safeguarding/app/referrals/drafts.xhtml"));
            expect(page.statusCode() == 200, "drafts after the restart: status " + page.statusCode());
            person.checkTenant(page, "drafts after the restart");
            after.merge(person.lastServer, 1, Integer::sum);
        }
        System.out.println("   " + drewIt + " started again; the same session served by " + after);
        expect(after.keySet().containsAll(servers), "the restarted server serves the same session: " + after);
    }

    // 3. Letters once ------------------------------------------------------------------------------

    void lettersOnce() throws Exception {
        String recipient = "cluster-" + run + "@example.test";
        int expected = writeLetters(recipient, "Cluster letter", 150);
        long started = System.nanoTime();
        int unsent = waitUntilSent(recipient, 180);
        expect(unsent == 0, unsent + " of " + expected + " letters still unsent after 3 minutes");
        String senders = psql("SELECT process || ':' || count(*) FROM (" + unionOver(
                "SELECT split_part(claimed_by, '@', 1) AS process FROM %s.outbox_message WHERE recipient = '" + recipient + "'")
                + ") t GROUP BY process ORDER BY process");
        Map<String, Integer> received = delivered(recipient);
        long duplicates = received.values().stream().filter(n -> n > 1).count();
        System.out.printf("   letters written: %d, delivered: %d distinct in %.1f s, duplicates: %d, sent by (process:letters): %s%n",
                expected, received.size(), (System.nanoTime() - started) / 1e9, duplicates, senders.strip().replace('\n', ' '));
        expect(received.size() == expected, "every letter arrived: " + received.size() + " of " + expected);
        expect(duplicates == 0, duplicates + " letters arrived more than once");
        expect(senders.strip().split("\n").length == 2, "both servers sent letters: " + senders.strip());
    }

    // 4. Rolling deployment ------------------------------------------------------------------------

    void rollingDeployment() throws Exception {
        Traced person = new Traced("sv.referrer", "Southvale Safeguarding Children Partnership");
        person.signIn(app + "/safeguarding/app");
        String newBuild = "rolling deployment " + run;
        Path war = warNamed(newBuild);
        Path deployLog = Files.createTempFile("deploy", ".log");
        Process deploy = new ProcessBuilder(deployCommand, "--war", war.toString())
                .redirectErrorStream(true).redirectOutput(deployLog.toFile()).start();
        int saves = 0;
        int errors = 0;
        List<String> summaries = new ArrayList<>();
        Map<String, Integer> savedBy = new TreeMap<>();
        // A person saving a draft every fifth of a second while each server in turn is drained,
        // stopped, given the new build and started again, and for a few saves after.
        int afterwards = 0;
        while (deploy.isAlive() || afterwards++ < 4) {
            String summary = "Rolling deployment " + run + " " + saves;
            try {
                saveDraft(person, summary);
                summaries.add(summary);
                savedBy.merge(person.lastServer, 1, Integer::sum);
            } catch (Exception | AssertionError e) {
                errors++;
                System.out.println("   save " + saves + " failed: " + e);
            }
            saves++;
            Thread.sleep(200);
        }
        String deployed = Files.readString(deployLog).replaceAll("\\u001B\\[[0-9;]*m", "");
        System.out.println("   bin/deploy said:\n" + deployed.strip().replaceAll("(?m)^", "     "));
        expect(deploy.exitValue() == 0, "bin/deploy failed with status " + deploy.exitValue());
        for (int i = 0; i < servers.size(); i++) {
            String ready = Session.newClient().send(Session.get("http://localhost:" + serverPorts.get(i) + "/health/ready"),
                    HttpResponse.BodyHandlers.ofString()).body();
            expect(ready.contains("\"" + newBuild + "\""), servers.get(i) + " does not run the new build: " + ready);
        }
        String counted = psql("SELECT count(*) || ' ' || count(DISTINCT summary) FROM tenant_southvale.referral"
                + " WHERE summary LIKE 'Rolling deployment " + run + " %'");
        int rows = Integer.parseInt(counted.strip().split(" ")[0]);
        int distinct = Integer.parseInt(counted.strip().split(" ")[1]);
        System.out.printf("   both servers run \"%s\"; saves: %d, failed: %d, saved by %s, drafts stored: %d (%d distinct),"
                + " sent to sign in again: %d%n", newBuild, saves, errors, savedBy, rows, distinct, person.sentToSignIn - 1);
        expect(errors == 0, errors + " saves failed during the rolling deployment");
        expect(savedBy.keySet().containsAll(servers), "saves were not taken by both servers: " + savedBy);
        expect(person.sentToSignIn == 1, "the person was sent to sign in again during the rolling deployment");
        expect(rows == summaries.size() && distinct == rows, "every saved draft is stored once: " + rows + " rows, "
                + distinct + " distinct, for " + summaries.size() + " saves");
    }

    /** A copy of the servers' build that names itself differently on /health/ready: a new build to deploy. */
    Path warNamed(String build) throws Exception {
        Path current = wlp.resolve("usr/servers/" + servers.get(0) + "/apps/safeguarding.war");
        Path copy = Files.createTempFile("safeguarding-", ".war");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(current));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            boolean named = false;
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(BUILD_PROPERTIES)) {
                    out.write(("build=" + build + "\n").getBytes(StandardCharsets.ISO_8859_1));
                    named = true;
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            expect(named, current + " has no " + BUILD_PROPERTIES);
        }
        return copy;
    }

    // 5. PostgreSQL restarted --------------------------------------------------------------------------

    void databaseRestart() throws Exception {
        Traced person = new Traced("nm.referrer", "Northmoor Safeguarding Children Partnership");
        person.signIn(app + "/safeguarding/app");
        Map<String, Integer> answers = new TreeMap<>();
        List<String> reportedSaved = new ArrayList<>();
        double slowest = 0;
        Thread outage = new Thread(() -> {
            runQuietly("bash", "-c", stopDatabase);
            sleepQuietly(4000);
            runQuietly("bash", "-c", startDatabase);
        });
        long started = System.nanoTime();
        outage.start();
        long backAt = 0;
        int attempt = 0;
        // Pages and saves while the database is down, and until both servers have served again.
        while (outage.isAlive() || backAt == 0 || System.nanoTime() - backAt < TimeUnit.SECONDS.toNanos(3)) {
            if (System.nanoTime() - started > TimeUnit.SECONDS.toNanos(90)) {
                throw new AssertionError("the product did not serve again within 90 s of the database's restart: " + answers);
            }
            long asked = System.nanoTime();
            String answer;
            if (attempt % 2 == 0) {
                HttpResponse<String> page = person.send(Session.get(app + "/safeguarding/app/referrals/drafts.xhtml"));
                answer = kindOfAnswer(person, page, "The draft referrals page");
            } else {
                String summary = "Database restart " + run + " " + attempt;
                answer = trySave(person, summary);
                if (answer.equals("saved")) {
                    reportedSaved.add(summary);
                }
            }
            slowest = Math.max(slowest, (System.nanoTime() - asked) / 1e9);
            answers.merge(answer, 1, Integer::sum);
            if (!outage.isAlive() && backAt == 0 && (answer.equals("page") || answer.equals("saved"))) {
                backAt = System.nanoTime();
            }
            attempt++;
            Thread.sleep(200);
        }
        outage.join();
        String counted = psql("SELECT count(*) || ' ' || count(DISTINCT summary) FROM tenant_northmoor.referral"
                + " WHERE summary LIKE 'Database restart " + run + " %'");
        int rows = Integer.parseInt(counted.strip().split(" ")[0]);
        int distinct = Integer.parseInt(counted.strip().split(" ")[1]);
        System.out.printf("   answers: %s; slowest answer %.1f s; saves reported saved: %d, stored: %d (%d distinct)%n",
                answers, slowest, reportedSaved.size(), rows, distinct);
        expect(answers.getOrDefault("unavailable", 0) > 0, "a request met the database down: " + answers);
        expect(answers.keySet().stream().allMatch(a -> a.equals("page") || a.equals("saved") || a.equals("unavailable")),
                "every answer was the page, a save or the unavailable page: " + answers);
        // Bounded by the pool's 5 s wait and EclipseLink's one retry (liberty/server.xml, DatabaseOutageCustomizer).
        expect(slowest < 6, "no answer took 6 s or more: " + slowest);
        expect(rows == reportedSaved.size() && distinct == rows, "exactly the saves reported saved are stored, once each");
        saveDraft(person, "Database restart " + run + " after");
        Map<String, Integer> after = new TreeMap<>();
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> page = person.send(Session.get(app + "/safeguarding/app/index.xhtml"));
            expect(kindOfAnswer(person, page, "home page").equals("page"), "the home page after the restart");
            after.merge(person.lastServer, 1, Integer::sum);
        }
        System.out.println("   after the restart, without restarting Liberty: a save and pages served by " + after);
        expect(after.keySet().containsAll(servers), "both servers serve after the database's restart: " + after);

        // Keycloak keeps its data in the same PostgreSQL: a new sign-in may fail while its pool still
        // holds connections the restart closed. Measured, and it must recover by itself.
        long signingIn = System.nanoTime();
        int failedSignIns = 0;
        while (true) {
            try {
                new Traced("sab.referrer", "Northmoor Safeguarding Adults Board").signIn(app + "/safeguarding/app");
                break;
            } catch (Session.Failure e) {
                failedSignIns++;
                expect(System.nanoTime() - signingIn < TimeUnit.SECONDS.toNanos(120),
                        "Keycloak did not sign anyone in within 2 minutes of the database's restart: " + e.getMessage());
                Thread.sleep(2000);
            }
        }
        System.out.printf("   a new sign-in after the restart: %d refused by Keycloak first, signed in %.0f s after the restart%n",
                failedSignIns, (System.nanoTime() - backAt) / 1e9);
    }

    /** "page" (the person's own), "unavailable" (the product's own page), or what else came. */
    static String kindOfAnswer(Traced person, HttpResponse<String> page, String what) throws Session.Failure {
        String body = page.body();
        if (STACK_FRAME.matcher(body).find()) {
            return "a stack trace (" + page.statusCode() + ")";
        }
        if (page.statusCode() == 503 && body.contains("id=\"database-unavailable\"")) {
            return "unavailable";
        }
        if (page.statusCode() == 200) {
            person.checkTenant(page, what);
            return "page";
        }
        return "status " + page.statusCode() + (body.contains("id=\"incident\"") ? " (an incident)" : "");
    }

    String trySave(Traced person, String summary) throws Exception {
        HttpResponse<String> form = person.send(Session.get(app + "/safeguarding/app/referrals/new.xhtml"));
        if (form.statusCode() != 200) {
            return kindOfAnswer(person, form, "the new-referral form");
        }
        HttpResponse<String> saved = person.send(Session.post(Session.FacesForm.of(form, "draft").action(),
                draftFields(form, summary)));
        if (saved.statusCode() == 302 || saved.statusCode() == 303) {
            return "saved";
        }
        String answer = kindOfAnswer(person, saved, "saving a draft");
        return answer.equals("page") && saved.body().contains("The draft referral was saved.") ? "saved" : answer;
    }

    static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // 6. Keycloak down -------------------------------------------------------------------------------

    void keycloakDown() throws Exception {
        Traced signedIn = new Traced("sv.referrer", "Southvale Safeguarding Children Partnership");
        signedIn.signIn(app + "/safeguarding/app");
        long stopped = System.nanoTime();
        runQuietly("bash", "-c", stopKeycloak);
        waitForStatus(keycloak + "/realms/safeguarding", 503, 30);
        Map<String, Integer> carriedOn = new TreeMap<>();
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> page = signedIn.send(Session.get(app + "/safeguarding/app/index.xhtml"));
            carriedOn.merge(kindOfAnswer(signedIn, page, "home page while Keycloak is down"), 1, Integer::sum);
        }
        Traced newcomer = new Traced("nm.manager", "Northmoor Safeguarding Children Partnership");
        HttpResponse<String> met = newcomer.follow(Session.get(app + "/safeguarding/app/index.xhtml"));
        boolean ownPage = met.statusCode() == 503 && met.body().contains("id=\"sign-in-unavailable\"");
        System.out.printf("   Keycloak stopped: the signed-in person's pages %s; a new visitor got status %d, %s%n", carriedOn,
                met.statusCode(), ownPage ? "the product's \"cannot sign in at the moment\" page" : "something else");
        expect(carriedOn.equals(Map.of("page", 6)), "the signed-in person carried on: " + carriedOn);
        expect(ownPage, "a new visitor got the product's own page, not " + met.statusCode() + " at " + met.uri());

        long starting = System.nanoTime();
        runQuietly("bash", "-c", startKeycloak);
        waitForStatus(keycloak + "/realms/safeguarding", 200, 120);
        newcomer.signIn(app + "/safeguarding/app");
        System.out.printf("   Keycloak down for %.0f s; started again in %.0f s, and the new visitor signed in%n",
                (starting - stopped) / 1e9, (System.nanoTime() - starting) / 1e9);
    }

    // 7. Mail down -----------------------------------------------------------------------------------

    void mailDown() throws Exception {
        String recipient = "mail-down-" + run + "@example.test";
        runQuietly("bash", "-c", stopMail);
        int expected = writeLetters(recipient, "Waiting letter", 30);
        // Three sweeps of each server (every 5 s) with nowhere to send.
        Thread.sleep(16_000);
        int waiting = unsentLetters(recipient);
        System.out.println("   mail server stopped: letters waiting " + waiting + " of " + expected + " after 16 s of sweeps");
        expect(waiting == expected, "every letter waits while the mail server is down: " + waiting + " of " + expected);

        long back = System.nanoTime();
        runQuietly("bash", "-c", startMail);
        int unsent = waitUntilSent(recipient, 120);
        Map<String, Integer> received = delivered(recipient);
        long duplicates = received.values().stream().filter(n -> n > 1).count();
        System.out.printf("   mail server back: %d letters delivered (%d distinct) within %.0f s, duplicates: %d%n",
                received.values().stream().mapToInt(Integer::intValue).sum(), received.size(), (System.nanoTime() - back) / 1e9,
                duplicates);
        expect(unsent == 0, unsent + " letters still unsent two minutes after the mail server came back");
        expect(received.size() == expected && duplicates == 0, "each letter arrived once: " + received.size() + " of " + expected);
    }

    // Letters -----------------------------------------------------------------------------------------

    /** The demo partnerships' schemas, where the letter checks write into the outbox as a module would. */
    static final String[] OUTBOXES = {"tenant_northmoor", "tenant_southvale", "tenant_northmoor_sab"};

    /** Writes letters to one recipient into every demo partnership's outbox; returns how many. */
    int writeLetters(String recipient, String subject, int perPartnership) throws Exception {
        StringBuilder sql = new StringBuilder();
        for (String schema : OUTBOXES) {
            sql.append("INSERT INTO ").append(schema).append(".outbox_message (id, recipient, subject, body, created_at)")
                    .append(" SELECT gen_random_uuid()::text, '").append(recipient).append("', '").append(subject).append(' ')
                    .append(run).append(' ').append(schema).append(" ' || n, 'A letter of the two-server checks.', now()")
                    .append(" FROM generate_series(1, ").append(perPartnership).append(") AS n;\n");
        }
        psql(sql.toString());
        return OUTBOXES.length * perPartnership;
    }

    int unsentLetters(String recipient) throws Exception {
        return Integer.parseInt(psql("SELECT count(*) FROM (" + unionOver("SELECT sent_at FROM %s.outbox_message WHERE recipient = '"
                + recipient + "'") + ") t WHERE sent_at IS NULL").strip());
    }

    /** Waits until every letter to the recipient is sent; returns how many are not. */
    int waitUntilSent(String recipient, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        int unsent = unsentLetters(recipient);
        while (unsent > 0 && System.nanoTime() < deadline) {
            Thread.sleep(2000);
            unsent = unsentLetters(recipient);
        }
        return unsent;
    }

    /** What the demo mail server received for the recipient: each subject and how many times. */
    Map<String, Integer> delivered(String recipient) throws Exception {
        Map<String, Integer> received = new TreeMap<>();
        Matcher subjects = SUBJECT.matcher(http(mailApi + "/api/user/" + recipient + "/messages/INBOX/"));
        while (subjects.find()) {
            received.merge(subjects.group(1), 1, Integer::sum);
        }
        return received;
    }

    void waitForStatus(String url, int wanted, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        int last = 0;
        while (System.nanoTime() < deadline) {
            last = status(url);
            if (last == wanted) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(url + " did not answer " + wanted + " within " + seconds + " s (last " + last + ")");
    }

    // Helpers --------------------------------------------------------------------------------------

    Map<String, String> draftFields(HttpResponse<String> form, String summary) throws Session.Failure {
        Map<String, String> fields = Session.FacesForm.of(form, "draft").fields();
        fields.put("draft:kind", "PRACTICE_REVIEW");
        fields.put("draft:childInitials", "CT");
        // A day in the past by the product's clock (the machine's, or the day bin/test --date gives both).
        String today = env("SAFEGUARDING_TODAY", LocalDate.now(ZoneId.of("Europe/London")).toString());
        fields.put("draft:incidentDate", LocalDate.parse(today).minusDays(10).format(TYPED_DATE));
        fields.put("draft:summary", summary);
        fields.put("draft:save", "");
        return fields;
    }

    void saveDraft(Traced person, String summary) throws Exception {
        HttpResponse<String> form = person.send(Session.get(app + "/safeguarding/app/referrals/new.xhtml"));
        expect(form.statusCode() == 200, "new-referral form: status " + form.statusCode());
        HttpResponse<String> saved = person.send(Session.post(Session.FacesForm.of(form, "draft").action(),
                draftFields(form, summary)));
        expectDraftSaved(person, saved);
    }

    static void expectDraftSaved(Traced person, HttpResponse<String> saved) throws Session.Failure {
        if (saved.statusCode() == 302 || saved.statusCode() == 303) {
            String to = saved.headers().firstValue("Location").orElse("");
            expect(to.contains("/referrals/"), "saving the draft redirected to " + to);
            return;
        }
        expect(saved.statusCode() == 200, "saving the draft: status " + saved.statusCode());
        person.checkTenant(saved, "saving the draft");
        expect(saved.body().contains("The draft referral was saved."), "saving the draft: no saved message");
    }

    int draftsNamed(Traced person, String summary) throws Exception {
        HttpResponse<String> drafts = person.send(Session.get(app + "/safeguarding/app/referrals/drafts.xhtml"));
        expect(drafts.statusCode() == 200, "drafts page: status " + drafts.statusCode());
        person.checkTenant(drafts, "drafts page");
        Matcher m = Pattern.compile(">" + Pattern.quote(summary) + "<").matcher(drafts.body());
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    void killServer(String server) throws Exception {
        String pid = Files.readString(wlp.resolve("usr/servers/.pid/" + server + ".pid")).strip();
        runQuietly("kill", "-9", pid);
    }

    void startServer(String server) throws Exception {
        runQuietly(wlp.resolve("bin/server").toString(), "start", server);
        waitForStatus("http://localhost:" + serverPorts.get(servers.indexOf(server)) + "/health/ready", 200, 180);
    }

    void waitUntilBalancerUses(String server, Traced person) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            person.send(Session.get(app + "/health/ready"));
            if (person.lastServer.equals(server)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the load balancer did not send to " + server + " within 30 s of its start");
    }

    static String unionOver(String query) {
        List<String> parts = new ArrayList<>();
        for (String schema : OUTBOXES) {
            parts.add(String.format(query, schema));
        }
        return String.join(" UNION ALL ", parts);
    }

    String psql(String sql) throws Exception {
        return runQuietly("psql", "-v", "ON_ERROR_STOP=1", "-qAt", "-h", env("SG_DB_HOST", "127.0.0.1"), "-p",
                env("SG_DB_PORT", "5432"), "-U", env("SG_DB_USER", "postgres"), "-d", database, "-c", sql);
    }

    static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    static int status(String url) {
        try {
            return Session.newClient().send(Session.get(url), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return 0;
        }
    }

    static String http(String url) throws Exception {
        return Session.newClient().send(Session.get(url), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    static String runQuietly(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
            return out;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void expect(boolean condition, String what) throws Session.Failure {
        if (!condition) {
            throw new Session.Failure(what);
        }
    }
}

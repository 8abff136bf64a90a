package benchmarks.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The pages people use most (issue 20), under open-model load with a second of thought between
 * pages: people arrive at a steady rate, each signs in through the real Keycloak login page, then
 * reads their home page, the referral inbox, a referral, the reviews, a review and its composite
 * chronology, and the deadline dashboard, again and again for the time they stay. Every answer must
 * be 200 and show the person's own partnership (a page of another is an error); the run fails if
 * any request failed. Timings are reported (Gatling's HTML report), never asserted.
 *
 * <p>System properties: {@code app} (http://localhost:9080), {@code arrivals} (people arriving per
 * second, 1), {@code arriving} (for how long people arrive, 60 s), {@code staying} (how long each
 * stays, 60 s). People are the business managers of the demo partnerships in turn.
 */
public class PagesSimulation extends Simulation {

    static final String PASSWORD = "Demo-2026!";

    /** Who signs in, in turn, and the partnership each one's pages must name. */
    static final List<Map<String, Object>> PEOPLE = List.of(
            Map.of("username", "nm.manager", "partnership", "Northmoor Safeguarding Children Partnership"),
            Map.of("username", "sv.manager", "partnership", "Southvale Safeguarding Children Partnership"),
            Map.of("username", "sab.manager", "partnership", "Northmoor Safeguarding Adults Board"));

    static final String APP = System.getProperty("app", "http://localhost:9080");
    static final double ARRIVALS = Double.parseDouble(System.getProperty("arrivals", "1"));
    static final Duration ARRIVING = Duration.ofSeconds(Long.getLong("arriving", 60));
    static final Duration STAYING = Duration.ofSeconds(Long.getLong("staying", 60));

    static Iterator<Map<String, Object>> inTurn() {
        AtomicInteger next = new AtomicInteger();
        return Stream.generate(() -> PEOPLE.get(Math.floorMod(next.getAndIncrement(), PEOPLE.size()))).iterator();
    }

    HttpProtocolBuilder protocol = http.baseUrl(APP)
            .acceptHeader("text/html,application/xhtml+xml")
            .acceptLanguageHeader("en-GB")
            .disableCaching();

    /**
     * The real sign-in: the application sends to Keycloak's login page, whose form sends back. Keycloak
     * marks its cookies Secure, which a browser sends to http://localhost but Gatling does not, so
     * they are read from the login page's answer and given back as the browser would.
     */
    ChainBuilder signIn = exec(
            http("sign in: Keycloak's page").get("/safeguarding/app/index.xhtml")
                    .check(status().is(200))
                    .check(css("#kc-form-login", "action").saveAs("loginAction"))
                    .check(headerRegex("Set-Cookie", "AUTH_SESSION_ID=([^;]+)").saveAs("authSession"))
                    .check(headerRegex("Set-Cookie", "KC_RESTART=([^;]+)").saveAs("kcRestart")))
            .exec(addCookie(Cookie("AUTH_SESSION_ID", "#{authSession}").withDomain("localhost")
                    .withPath("/realms/safeguarding/").withSecure(false)))
            .exec(addCookie(Cookie("KC_RESTART", "#{kcRestart}").withDomain("localhost")
                    .withPath("/realms/safeguarding/").withSecure(false)))
            .exec(http("sign in: password sent").post("#{loginAction}")
                    .formParam("username", "#{username}")
                    .formParam("password", PASSWORD)
                    .formParam("credentialId", "")
                    .check(status().is(200))
                    .check(css("#partnership-name").isEL("#{partnership}")));

    /** A page of the person's own partnership: 200 and its name in the header. */
    static io.gatling.javaapi.http.HttpRequestActionBuilder page(String name, String path) {
        return http(name).get(path).check(status().is(200)).check(css("#partnership-name").isEL("#{partnership}"));
    }

    ChainBuilder pages = exec(page("home (My tasks)", "/safeguarding/app/index.xhtml"))
            .pause(Duration.ofSeconds(1))
            .exec(page("referral inbox", "/safeguarding/app/referrals/inbox.xhtml")
                    .check(regex("/safeguarding/app/referrals/view\\.xhtml\\?id=([^\"&]+)").optional()
                            .saveAs("referralId")))
            .pause(Duration.ofSeconds(1))
            .doIf(session -> session.contains("referralId")).then(
                    exec(page("a referral", "/safeguarding/app/referrals/view.xhtml?id=#{referralId}"))
                            .pause(Duration.ofSeconds(1)))
            .exec(page("reviews", "/safeguarding/app/reviews/index.xhtml")
                    .check(regex("/safeguarding/app/reviews/view\\.xhtml\\?id=([^\"&]+)").optional()
                            .saveAs("reviewId")))
            .pause(Duration.ofSeconds(1))
            .doIf(session -> session.contains("reviewId")).then(
                    exec(page("a review", "/safeguarding/app/reviews/view.xhtml?id=#{reviewId}"))
                            .pause(Duration.ofSeconds(1))
                            .exec(page("composite chronology", "/safeguarding/app/reviews/chronology.xhtml?id=#{reviewId}"))
                            .pause(Duration.ofSeconds(1)))
            .exec(page("deadline dashboard", "/safeguarding/app/clocks/dashboard.xhtml"))
            .pause(Duration.ofSeconds(1));

    ScenarioBuilder people = scenario("business managers at work")
            .feed(inTurn())
            .exec(signIn)
            .during(STAYING).on(pages);

    {
        setUp(people.injectOpen(constantUsersPerSec(ARRIVALS).during(ARRIVING)))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }
}

package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.safeguarding.reviews.kernel.ProductClock;

/**
 * The main journey in a real headless Chromium, through Keycloak's real login page: a referrer
 * starts a draft, sees it, signs out at both ends; a referrer of a neighbouring partnership
 * cannot see it, even with its address. Demo users come from keycloak-realm/.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserJourneyIT {

    /** The product's clock: bin/test --date moves it for this JVM and the test server alike. */
    private static final Clock CLOCK = ProductClock.configured();

    private static final String PASSWORD = "Demo-2026!";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Deployment(testable = false)
    static WebArchive deployment() {
        // SessionAgeing moves the browser's own session back in time (issue 18's session limits).
        return Deployments.application().addClass(SessionAgeing.class);
    }

    @ArquillianResource
    private URL base;

    /** The test server's log: a page can render over an error no step notices (a missing name, an EL fault). */
    private static final Path SERVER_LOG = Path.of("target", "liberty", "wlp", "usr", "servers", "safeguarding", "logs",
            "messages.log");
    private static final java.util.regex.Pattern RENDER_ERROR = java.util.regex.Pattern.compile(
            "MissingResourceException|jakarta\\.el\\.ELException|PropertyNotFoundException|MethodNotFoundException");

    private WebDriver browser;
    private WebDriverWait wait;
    private Path profile;
    private long serverLogBefore;

    @BeforeEach
    void openBrowser() throws IOException {
        serverLogBefore = Files.exists(SERVER_LOG) ? Files.size(SERVER_LOG) : 0;
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1280,1000", "--lang=en-GB",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        // A page that reloads between finding an element and reading it replaces the element: look again.
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser(org.junit.jupiter.api.TestInfo test) throws IOException {
        if (browser != null) {
            // The last page each test saw, to look at when one fails.
            screenshot("last-" + test.getTestMethod().orElseThrow().getName());
            Files.writeString(SCREENSHOTS.resolve("last-" + test.getTestMethod().orElseThrow().getName() + ".html"),
                    browser.getPageSource());
            browser.quit();
        }
        assertEquals(List.of(), renderErrorsSince(serverLogBefore), "the pages this test saw rendered without an error");
    }

    /** Lines of the server's log written since {@code offset} that name a fault in rendering a page. */
    private static List<String> renderErrorsSince(long offset) throws IOException {
        if (!Files.exists(SERVER_LOG)) {
            return List.of();
        }
        byte[] log = Files.readAllBytes(SERVER_LOG);
        // A log rolled over during the test starts again from its beginning.
        int from = offset <= log.length ? (int) offset : 0;
        return new String(log, from, log.length - from, java.nio.charset.StandardCharsets.UTF_8).lines()
                .filter(line -> RENDER_ERROR.matcher(line).find()).toList();
    }

    @Test
    void aReferrerStartsADraftThatANeighbouringPartnershipCannotSee() throws IOException {
        String summary = "Browser journey " + UUID.randomUUID();

        open("app/index.xhtml");
        waitFor("username");
        // Cookies are per host, not port: the application's pre-sign-in session is visible here.
        Cookie beforeSignIn = browser.manage().getCookieNamed("JSESSIONID");
        signIn("nm.referrer");
        assertEquals("Northmoor Safeguarding Children Partnership", textOf("partnership-name"));
        Cookie afterSignIn = browser.manage().getCookieNamed("JSESSIONID");
        assertTrue(beforeSignIn != null && afterSignIn != null, "sessions before and after sign-in");
        assertNotEquals(beforeSignIn.getValue(), afterSignIn.getValue(), "the session id changes at sign-in");
        assertTrue(textOf("user-roles").contains("referrer"));

        browser.findElement(By.id("nav-new-referral")).click();
        WebElement summaryField = waitFor("draft:summary");
        summaryField.sendKeys(summary);
        browser.findElement(By.id("draft:save")).click();

        // Refused with a message beside each field, and nothing typed is lost.
        assertEquals("Enter the child's initials", textOf("draft:childInitials-message"));
        assertEquals("Enter the date of the incident", textOf("draft:incidentDate-message"));
        assertEquals(summary, browser.findElement(By.id("draft:summary")).getAttribute("value"));
        assertTrue(textOf("error-summary").contains("There is a problem"));
        // Issue 15: the error summary links each problem to its field, once each.
        List<String> links = browser.findElements(By.cssSelector("#error-summary a")).stream()
                .map(a -> a.getAttribute("href").replaceAll(".*#", "") + " " + a.getText()).toList();
        assertTrue(links.contains("draft:childInitials Enter the child's initials")
                && links.contains("draft:incidentDate Enter the date of the incident"), links.toString());
        assertEquals(links.size(), new java.util.HashSet<>(links).size(), "no problem repeated: " + links);
        screenshot("draft-refused");

        browser.findElement(By.id("draft:childInitials")).sendKeys("j s");
        browser.findElement(By.id("draft:incidentDate")).sendKeys(
                LocalDate.now(CLOCK).minusDays(2).format(DateTimeFormatter.ofPattern("d/M/yyyy")));
        browser.findElement(By.id("draft:save")).click();

        WebElement drafts = waitFor("drafts");
        assertTrue(drafts.getText().contains(summary), drafts.getText());
        assertTrue(browser.getPageSource().contains("The draft referral was saved."));
        String referralAddress = browser.findElement(By.xpath(
                "//tr[td[contains(., '" + summary + "')]]//a")).getAttribute("href");
        screenshot("draft-listed");

        signOut();
        open("app/index.xhtml");
        waitFor("username");
        assertTrue(browser.getCurrentUrl().contains("/realms/safeguarding/"),
                "signed out at Keycloak too, so the login page is shown again: " + browser.getCurrentUrl());

        signIn("sv.referrer");
        assertEquals("Southvale Safeguarding Children Partnership", textOf("partnership-name"));
        browser.findElement(By.id("nav-drafts")).click();
        wait.until(ExpectedConditions.titleContains("Draft referrals"));
        assertFalse(browser.getPageSource().contains(summary), "Southvale must not see Northmoor's draft");

        browser.get(referralAddress);
        assertEquals("There is no referral with that reference in this partnership.", textOf("not-found"));
        assertFalse(browser.getPageSource().contains(summary));
        screenshot("other-partnership-not-found");
        signOut();
    }

    /**
     * Issue 4's main journey: the referrer writes, is refused and corrects without losing anything,
     * submits; the business manager forwards; two panel members vote; the Rapid Review exists with its
     * clock; the referrer sees the outcome.
     */
    /**
     * §4.2 table, README step 11: the Virtual Panel decides on an individual agency review; the
     * business manager names the agency (a malformed address refused beside it, nothing typed lost);
     * the Police's contact sends the agency's lessons from Agency tasks (a missing part refused
     * beside it); the business manager finds the learning addressed. Each page passes axe.
     */
    @Test
    void anIndividualAgencyReviewGoesToTheAgencyAndItsLessonsComeBackForScrutiny() throws IOException {
        String[] submitted = submitReferral("Agency review journey " + UUID.randomUUID(), null);
        String reference = submitted[0];
        open("app/index.xhtml");
        signIn("nm.manager");
        browser.findElement(By.id("nav-inbox")).click();
        browser.findElement(By.linkText(reference)).click();
        waitFor("office:forward").click();
        wait.until(d -> textOf("view-status").equals("With the Virtual Panel"));
        signOut();
        for (String member : List.of("nm.panel", "nm.panel2")) {
            open("app/index.xhtml");
            signIn(member);
            waitFor("my-tasks").findElement(By.xpath(".//tr[td[contains(., '" + reference + "')]]"))
                    .findElement(By.className("task-link")).click();
            waitFor("vote:castVote");
            browser.findElement(By.cssSelector("input[name='vote:outcome'][value='INDIVIDUAL_AGENCY_REVIEW']")).click();
            browser.findElement(By.id("vote:reason")).sendKeys("Below the multi-agency criteria; the police's handling");
            browser.findElement(By.id("vote:castVote")).click();
            wait.until(d -> d.getPageSource().contains("Your vote was recorded."));
            signOut();
        }

        open("app/index.xhtml");
        signIn("nm.manager");
        waitFor("main");
        browser.get(submitted[1]);
        waitFor("review-link").click();
        wait.until(d -> textOf("review-reference").startsWith("IAR-"));
        clickAndWaitForTheNextPage(By.id("agency-review-link"));
        new org.openqa.selenium.support.ui.Select(waitFor("commissionForm:agency")).getOptions().stream()
                .filter(o -> o.getText().contains("Northmoor Police")).findFirst().orElseThrow().click();
        fill("commissionForm:leadName", "Dana Inspector");
        fill("commissionForm:leadEmail", "dana at police");
        fill("commissionForm:focus", "Why two calls about the child were not passed on");
        clickAndWaitForTheNextPage(By.id("commissionForm:commission"));
        assertTrue(textOf("commissionForm:leadEmail-message").startsWith("Enter an e-mail address in the right"
                + " format"), textOf("commissionForm:leadEmail-message"));
        assertEquals("Why two calls about the child were not passed on", waitFor("commissionForm:focus")
                .getAttribute("value"), "nothing typed is lost");
        assertNoAxeViolations("the individual agency review page");
        fill("commissionForm:leadEmail", "dana.inspector@example.test");
        clickAndWaitForTheNextPage(By.id("commissionForm:commission"));
        wait.until(d -> textOf("agency-review-status").equals("With the agency"));
        String agencyReviewAddress = browser.getCurrentUrl();
        signOut();

        open("app/index.xhtml");
        signIn("nm.agency");
        waitFor("main");
        open("app/agency/tasks.xhtml");
        clickAndWaitForTheNextPage(By.xpath("//table[@id='agency-reviews']//a"));
        fill("lessonsForm:scope", "Both call records and the handlers' notes");
        fill("lessonsForm:findings", "Neither call was passed on");
        fill("lessonsForm:lessons", "A call about a child is always shared");
        clickAndWaitForTheNextPage(By.id("lessonsForm:send"));
        assertTrue(textOf("lessonsForm:changes-message").startsWith("Say what the agency is changing"),
                textOf("lessonsForm:changes-message"));
        assertEquals("Neither call was passed on", waitFor("lessonsForm:findings").getAttribute("value"),
                "nothing typed is lost");
        assertNoAxeViolations("the agency's review of its own practice");
        fill("lessonsForm:changes", "Every call about a child is shared within a day");
        clickAndWaitForTheNextPage(By.id("lessonsForm:send"));
        wait.until(d -> textOf("agency-review-status").equals("Lessons sent: to scrutinise"));
        signOut();

        open("app/index.xhtml");
        signIn("nm.manager");
        waitFor("main");
        browser.get(agencyReviewAddress);
        choose("scrutinyForm:judgement", "ADDRESSED");
        fill("scrutinyForm:note", "An audit of twenty calls: all passed on within a day");
        clickAndWaitForTheNextPage(By.id("scrutinyForm:scrutinise"));
        wait.until(d -> textOf("agency-review-status").equals("Learning addressed"));
        waitFor("share-link");
        signOut();
    }

    @Test
    void aReferralGoesFromTheReferrerThroughThePanelToARapidReview() throws Exception {
        String[] submitted = submitReferral("Panel journey " + UUID.randomUUID(), null);
        String reference = submitted[0];
        String referralAddress = submitted[1];

        open("app/index.xhtml");
        signIn("nm.manager");
        browser.findElement(By.id("nav-inbox")).click();
        browser.findElement(By.linkText(reference)).click();
        waitFor("office:forward").click();
        wait.until(d -> textOf("view-status").equals("With the Virtual Panel"));
        assertTrue(textOf("clocks").contains("Virtual Panel decision"), textOf("clocks"));
        // The same clock on the partnership's deadline dashboard, and its explanation one click away.
        browser.findElement(By.id("nav-deadlines")).click();
        // Issue 15, item 1: the filters open on "All", and "Show" with nothing chosen hides nothing.
        org.openqa.selenium.support.ui.Select kindFilter = new org.openqa.selenium.support.ui.Select(waitFor("kind"));
        assertEquals(List.of(""), kindFilter.getAllSelectedOptions().stream().map(o -> o.getAttribute("value")).toList());
        assertEquals(List.of(""), new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("subject")))
                .getAllSelectedOptions().stream().map(o -> o.getAttribute("value")).toList());
        // "Show" reloads the page: each step waits for the new page rather than read the old one.
        clickAndWaitForTheNextPage(By.id("filter"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//table[@id='clocks']//tr[td[contains(., '" + reference + "')]]")));
        new org.openqa.selenium.support.ui.Select(waitFor("kind")).selectByValue("published-at-least");
        clickAndWaitForTheNextPage(By.id("filter"));
        waitFor("no-clocks");
        assertEquals(List.of("published-at-least"), new org.openqa.selenium.support.ui.Select(waitFor("kind"))
                .getAllSelectedOptions().stream().map(o -> o.getAttribute("value")).toList(), "the chosen filter is shown");
        assertTrue(textOf("no-clocks").contains("Clock: report kept published"),
                "the empty list says which filter hid what: " + textOf("no-clocks"));
        clickAndWaitForTheNextPage(By.id("show-all-clocks"));
        WebElement clockRow = browser.findElement(By.xpath("//table[@id='clocks']//tr[td[contains(., '" + reference + "')]]"));
        assertTrue(clockRow.getText().contains("Virtual Panel decision") && clockRow.getText().contains("On track"),
                clockRow.getText());
        clockRow.findElement(By.tagName("a")).click();
        assertEquals(reference, textOf("clock-subject"));
        signOut();

        for (String member : List.of("nm.panel", "nm.panel2")) {
            open("app/index.xhtml");
            signIn(member);
            // Issue 14 §2: the home page is the member's work list; the vote waits there with its clock.
            WebElement task = waitFor("my-tasks").findElement(By.xpath(".//tr[td[contains(., '" + reference + "')]]"));
            assertTrue(task.getText().contains("Vote on the referral"), task.getText());
            task.findElement(By.className("task-link")).click();
            waitFor("vote:castVote");
            // Issue 15, item 2: the member decides on the whole referral as submitted, not its summary.
            assertTrue(textOf("as-submitted").contains("Signs were seen by several agencies and not shared.")
                    && textOf("as-submitted").contains("Nadia Referrer"), textOf("as-submitted"));
            browser.findElement(By.cssSelector("input[name='vote:outcome'][value='COMMENCE_RAPID_REVIEW']")).click();
            browser.findElement(By.id("vote:reason")).sendKeys("Serious injury; neglect suspected");
            browser.findElement(By.id("vote:castVote")).click();
            wait.until(d -> d.getPageSource().contains("Your vote was recorded."));
            if (member.equals("nm.panel")) {
                assertTrue(textOf("tally").startsWith("1 counted vote so far; 2 are needed"), textOf("tally"));
            }
            signOut();
        }

        open("app/index.xhtml");
        signIn("nm.manager");
        browser.get(referralAddress);
        assertTrue(textOf("decision-outcome").startsWith("Commence a Rapid Review"), textOf("decision-outcome"));
        waitFor("review-link").click();
        assertTrue(textOf("review-reference").matches("RR-\\d{4}-\\d{4}"), textOf("review-reference"));
        assertTrue(textOf("clocks").toLowerCase(java.util.Locale.UK).contains("rapid review"), textOf("clocks"));
        screenshot("rapid-review-opened");
        String reviewAddress = browser.getCurrentUrl();
        signOut();

        open("app/index.xhtml");
        signIn("nm.referrer");
        browser.findElement(By.id("nav-my-referrals")).click();
        WebElement row = browser.findElement(By.xpath("//tr[td/a[text()='" + reference + "']]"));
        assertTrue(row.getText().contains("Decided") && row.getText().contains("Commence a Rapid Review"), row.getText());
        row.findElement(By.tagName("a")).click();
        assertTrue(textOf("decision-rationale").contains("Serious injury; neglect suspected"));
        assertTrue(browser.findElements(By.id("votes")).isEmpty(), "the referrer sees the decision, not the votes");
        signOut();

        runTheRapidReview(reviewAddress);
    }

    /**
     * A referrer fills in the seven-step form (a refusal corrected on the way) and submits it: to the
     * partnership, or, naming {@code verifier}, to their agency's verifier first (§7.3).
     */
    private String[] submitReferral(String summary, String verifier) throws IOException {
        open("app/index.xhtml");
        signIn("nm.referrer");
        browser.findElement(By.id("nav-new-referral")).click();
        waitFor("draft:childInitials").sendKeys("AB");
        // Issue 15, item 3: an impossible date is refused beside the field, never rolled over to 28/2.
        browser.findElement(By.id("draft:incidentDate")).sendKeys("31/2/2026");
        browser.findElement(By.id("draft:summary")).sendKeys(summary);
        browser.findElement(By.id("draft:save")).click();
        assertEquals("Enter the date of the incident as day/month/year, for example 21/11/2026",
                textOf("draft:incidentDate-message"));
        assertRefusedFieldIsDescribedBy("draft:incidentDate", "Enter the date of the incident as day/month/year", "Day/month/year, for example 21/11/2026");
        // The error summary takes the focus when the page comes back, and its link puts it in the field.
        assertEquals("error-summary", focusedElementId(), "the error summary is focused on load");
        browser.findElement(By.cssSelector("#error-summary a")).click();
        assertEquals("draft:incidentDate", focusedElementId(), "the summary's link focuses the field it names");
        WebElement date = browser.findElement(By.id("draft:incidentDate"));
        assertEquals("31/2/2026", date.getAttribute("value"), "what was typed is kept");
        date.clear();
        date.sendKeys("1/1/2099");
        browser.findElement(By.id("draft:save")).click();
        assertEquals("The date of the incident must be today or in the past", textOf("draft:incidentDate-message"));
        assertEquals(summary, browser.findElement(By.id("draft:summary")).getAttribute("value"));
        date = browser.findElement(By.id("draft:incidentDate"));
        date.clear();
        date.sendKeys(LocalDate.now(CLOCK).minusDays(1).format(DateTimeFormatter.ofPattern("d/M/yyyy")));
        browser.findElement(By.id("draft:save")).click();
        waitFor("drafts");
        browser.findElement(By.xpath("//tr[td[contains(., '" + summary + "')]]//a")).click();
        waitFor("continue-form").click();
        String today = LocalDate.now(CLOCK).format(DateTimeFormatter.ofPattern("d/M/yyyy"));

        // You and your agency: unverified with no reason is refused beside the field; nothing typed is lost.
        fill("form:referrer_name", "Nadia Referrer");
        fill("form:referrer_role", "Designated safeguarding lead");
        // §10.3 a: the agency is chosen from the partnership's; one it does not list is typed as another agency.
        assertTrue(new Select(waitFor("form:referrer_agencyId")).getOptions().stream()
                .anyMatch(o -> o.getText().equals("Northmoor Police")), "the partnership's agencies are offered");
        fill("form:referrer_agency", "Northmoor Primary School");
        browser.findElement(By.id("form:continue")).click();
        assertTrue(textOf("form:referrer_notVerifiedBecause-message").startsWith("Say who verified the referral"),
                textOf("form:referrer_notVerifiedBecause-message"));
        assertEquals("Nadia Referrer", waitFor("form:referrer_name").getAttribute("value"));
        if (verifier == null) {
            fill("form:referrer_verifiedBy", "Head teacher");
            fill("form:referrer_verifiedOn", today);
        } else {
            fill("form:referrer_verifierUsername", verifier);
        }
        browser.findElement(By.id("form:continue")).click();

        // The child and family.
        waitFor("form:addChild").click();
        fill("form:children:0:name", "Alex Brown");
        fill("form:children:0:dateOfBirth", LocalDate.now(CLOCK).minusYears(6).format(DateTimeFormatter.ofPattern("d/M/yyyy")));
        fill("form:children:0:sex", "Female");
        choose("form:children:0:lookedAfter", "false");
        choose("form:children:0:childProtectionPlan", "NONE");
        browser.findElement(By.id("form:continue")).click();

        // What happened: the draft's date and summary are already there.
        assertEquals(summary, waitFor("form:incident_whatHappened").getAttribute("value"));
        fill("form:incident_localAuthorityAwareOn", today);
        choose("form:incident_place", "THIS_PARTNERSHIPS_AREA");
        choose("form:incident_harm", "SERIOUSLY_HARMED");
        choose("form:incident_abuseOrNeglect", "SUSPECTED");
        browser.findElement(By.id("form:continue")).click();

        waitFor("form:addAgency").click();
        fill("form:agencies:0:agency", "Northmoor Primary School");
        browser.findElement(By.id("form:continue")).click();
        fill("form:whyReview", "Signs were seen by several agencies and not shared.");
        browser.findElement(By.id("form:continue")).click();
        waitFor("form:continue");
        for (WebElement yes : browser.findElements(By.cssSelector("input[type='radio'][value='YES']"))) {
            yes.click();
        }
        browser.findElement(By.id("form:continue")).click();

        // Notifications and files: a kind of file the partnership does not take is refused with why.
        Path program = Files.createTempFile("tool", ".exe");
        Files.write(program, new byte[] {1, 2, 3});
        waitFor("form:attachment").sendKeys(program.toAbsolutePath().toString());
        browser.findElement(By.id("form:upload")).click();
        assertTrue(textOf("form:attachment-message").contains("is not a kind of file the partnership accepts"),
                textOf("form:attachment-message"));
        Path letter = Files.createTempFile("gp-letter", ".pdf");
        Files.writeString(letter, "%PDF-1.4 a letter");
        waitFor("form:attachment").sendKeys(letter.toAbsolutePath().toString());
        browser.findElement(By.id("form:upload")).click();
        wait.until(d -> textOf("attachments").contains(letter.getFileName().toString()));
        waitFor("form:continue").click();
        assertTrue(textOf("ready").startsWith("Every step is complete"));
        // Issue 15: check your answers, each section with a link back to change it.
        assertTrue(textOf("check-answers").contains("Signs were seen by several agencies and not shared."),
                textOf("check-answers"));
        assertTrue(textOf("check-answers").contains("Nadia Referrer"));
        assertFalse(browser.findElements(By.cssSelector("#check-answers a.change-link")).isEmpty());
        browser.findElement(By.id("form:submit")).click();
        // Submitted, the referral's page is the outcome: its message rides a flash cookie, which a
        // page load racing the redirect may take first.
        if (verifier != null) {
            wait.until(d -> d.getPageSource().contains("The referral was sent to your agency's verifier")
                    || d.findElements(By.id("view-verification")).stream().anyMatch(e -> !isGone(e)
                            && e.getText().contains(verifier)));
            assertTrue(textOf("view-verification").contains(verifier), textOf("view-verification"));
            String referralAddress = browser.getCurrentUrl();
            signOut();
            return new String[] {null, referralAddress};
        }
        wait.until(d -> d.getPageSource().contains("The referral was submitted.")
                || d.findElements(By.id("view-reference")).stream().anyMatch(e -> !isGone(e)
                        && e.getText().matches("REF-\\d{4}-\\d{4}")));
        String reference = textOf("view-reference");
        assertTrue(reference.matches("REF-\\d{4}-\\d{4}"), reference);
        String referralAddress = browser.getCurrentUrl();
        signOut();
        return new String[] {reference, referralAddress};
    }

    /**
     * Issue 14 §3 (§7.3-7.4): the business manager keys in a referral the Coroner e-mailed to the
     * mailbox. A missing time is refused beside its field with everything typed kept; saved, the form
     * opens for the business manager to complete in the sender's place, without this service's verifier,
     * and the referral says where it came from and when. The pages pass axe and reflow at 320 CSS px.
     */
    @Test
    void theBusinessManagerKeysInAReferralReceivedFromOutside() {
        String summary = "Keyed in " + UUID.randomUUID();
        String yesterday = LocalDate.now(CLOCK).minusDays(1).format(DateTimeFormatter.ofPattern("d/M/yyyy"));
        open("app/index.xhtml");
        signIn("nm.manager");
        assertPassesAxeAndReflowsAt320Pixels("app/referrals/received.xhtml");
        open("app/index.xhtml");
        clickAndWaitForTheNextPage(By.id("nav-key-in"));
        choose("draft:source", "CORONER");
        choose("draft:channel", "EMAIL");
        fill("draft:receivedOn", yesterday);
        fill("draft:childInitials", "CD");
        fill("draft:incidentDate", yesterday);
        fill("draft:summary", summary);
        clickAndWaitForTheNextPage(By.id("draft:save"));
        assertEquals("Enter the time the business unit received the referral, for example 09:30",
                textOf("draft:receivedTime-message"));
        assertEquals(summary, waitFor("draft:summary").getAttribute("value"), "what was typed is kept");
        assertTrue(browser.findElement(By.cssSelector("input[name='draft:source'][value='CORONER']")).isSelected(),
                "the choice made is kept");
        assertNoAxeViolations("keying in, with a refused field");

        fill("draft:receivedTime", "09:30");
        clickAndWaitForTheNextPage(By.id("draft:save"));
        waitFor("keyed-in-hint");
        assertTrue(browser.findElements(By.id("form:referrer_verifierUsername")).isEmpty(),
                "\u00a77.3: the sending organisation verified it, not this service");
        assertNoAxeViolations("the form keyed in from outside");
        browser.get(browser.getCurrentUrl().replace("form.xhtml", "view.xhtml"));
        assertTrue(textOf("view-outside").startsWith("The Coroner, by e-mail, "), textOf("view-outside"));
        assertTrue(textOf("view-outside").endsWith("keyed in by nm.manager"), textOf("view-outside"));
        assertEquals(summary, textOf("view-summary"));
        signOut();
    }

    /**
     * README step 6 (§7.3, issue 14 §1): a referral naming the agency's verifier waits in their
     * My tasks; they return it with a reason, the referrer sends it again, they verify it, and only
     * then has the partnership received it, with its reference. The verifier's page passes axe.
     */
    @Test
    void aReferralNamingTheAgencysVerifierReachesThePartnershipOnlyOnceVerified() throws IOException {
        String summary = "Verifier journey " + UUID.randomUUID();
        String address = submitReferral(summary, "nm.verifier")[1];

        open("app/index.xhtml");
        signIn("nm.verifier");
        WebElement task = waitFor("my-tasks").findElement(By.xpath(".//tr[td[contains(., '" + summary + "')]]"));
        assertTrue(task.getText().contains("Verify the referral for your agency"), task.getText());
        task.findElement(By.className("task-link")).click();
        waitFor("verification:verify");
        assertTrue(textOf("to-verify").contains("Nadia Referrer"), "the verifier reads the whole referral");
        assertNoAxeViolations("the verifier's page");
        browser.findElement(By.id("verification:returnToReferrer")).click();
        wait.until(d -> textOf("verification:returnBecause-message").startsWith("Say what the referrer should change"));
        fill("verification:returnBecause", "Name the school's designated lead");
        browser.findElement(By.id("verification:returnToReferrer")).click();
        wait.until(d -> textOf("view-verification").contains("Name the school's designated lead"));
        signOut();

        open("app/index.xhtml");
        signIn("nm.referrer");
        browser.get(address);
        waitFor("continue-form").click();
        waitFor("form:continue");
        browser.get(address.replace("view.xhtml", "form.xhtml") + "&step=CHECK");
        waitFor("form:submit").click();
        wait.until(d -> d.getPageSource().contains("The referral was sent to your agency's verifier"));
        signOut();

        open("app/index.xhtml");
        signIn("nm.verifier");
        browser.get(address);
        fill("verification:verificationNote", "Checked with the head teacher");
        waitFor("verification:verify").click();
        wait.until(d -> d.getPageSource().contains("The referral is verified"));
        assertTrue(textOf("view-reference").matches("REF-\\d{4}-\\d{4}"), "received, it has its reference");
        assertTrue(textOf("view-verification").startsWith("Verified in the product by"), textOf("view-verification"));
        signOut();
    }

    /**
     * Issue 5's journey: the business unit asks two agencies; both return a summary and a chronology
     * (one typed, one imported); the composite shows both; the meeting is held quorate; the Independent
     * Adviser and the three partners endorse; the report downloads.
     */
    private void runTheRapidReview(String reviewAddress) throws Exception {
        ZonedDateTime meeting = ZonedDateTime.now(CLOCK).plusMinutes(20);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d/M/yyyy");
        // §7.6: the PRSG chair chooses the review's chair, who declares their independence (README step 9).
        open("app/index.xhtml");
        signIn("nm.prsg");
        browser.get(reviewAddress);
        assertEquals(List.of("Choose a part", "Chair"), partsOffered(), "the PRSG chair gives the chair alone");
        fill("peopleForm:personName", "Ina Independent");
        fill("peopleForm:username", "ina.independent");
        new Select(waitFor("peopleForm:part")).selectByVisibleText("Chair");
        browser.findElement(By.id("peopleForm:assign")).click();
        wait.until(d -> !d.findElements(By.id("peopleForm:independent-message")).isEmpty()
                && !textOf("peopleForm:independent-message").isBlank());
        assertEquals("Ina Independent", waitFor("peopleForm:personName").getAttribute("value"), "nothing typed is lost");
        browser.findElement(By.id("peopleForm:independent")).click();
        browser.findElement(By.id("peopleForm:assign")).click();
        wait.until(d -> textOf("review-chair").equals("Ina Independent"));
        signOut();

        open("app/index.xhtml");
        signIn("nm.manager");
        browser.get(reviewAddress);
        assertFalse(partsOffered().contains("Chair"), "the business manager is not offered the chair");
        String reviewReference = textOf("review-reference");
        // The review page with its stage, its people and their forms passes axe (issue 13, issue 14).
        assertTrue(textOf("review-stage").contains("Gathering information from agencies"), textOf("review-stage"));
        assertNoAxeViolations("the review page");
        // Issue 14 §4 item 1: the National Panel notification, recorded after the decision (README step 9).
        assertTrue(textOf("notice-status").startsWith("Not recorded yet"), textOf("notice-status"));
        fill("noticeForm:sentOn", ZonedDateTime.now(CLOCK).plusDays(2).format(day));
        browser.findElement(By.id("noticeForm:recordNotice")).click();
        wait.until(d -> textOf("noticeForm:sentOn-message").contains("cannot be in the future"));
        assertEquals(ZonedDateTime.now(CLOCK).plusDays(2).format(day), waitFor("noticeForm:sentOn").getAttribute("value"),
                "what was typed stays");
        fill("noticeForm:sentOn", ZonedDateTime.now(CLOCK).format(day));
        browser.findElement(By.id("noticeForm:recordNotice")).click();
        wait.until(d -> textOf("notice-status").startsWith("The local authority notified the National Panel on"));
        waitFor("requests-link").click();
        tick("Northmoor Police");
        tick("Northmoor Integrated Care Board");
        fill("send:meetingDate", meeting.format(day));
        fill("send:meetingTime", meeting.format(DateTimeFormatter.ofPattern("HH:mm")));
        fill("send:meetingPlace", "Room 2, Northmoor House");
        browser.findElement(By.id("send:sendButton")).click();
        wait.until(d -> textOf("requests").contains("Northmoor Police")
                && textOf("requests").contains("Northmoor Integrated Care Board"));
        // Issue 15: the meeting changed on its own, for as long as the business manager books it; a
        // refused change keeps what was chosen.
        DateTimeFormatter hour = DateTimeFormatter.ofPattern("HH:mm");
        assertTrue(textOf("meeting").contains("until " + meeting.plusHours(2).format(hour)), textOf("meeting"));
        new Select(waitFor("change:meetingLength")).selectByVisibleText("1 hour 30 minutes");
        fill("change:meetingTime", "");
        browser.findElement(By.id("change:changeButton")).click();
        wait.until(d -> textOf("change:meetingTime-message").startsWith("Enter the time the meeting starts"));
        assertEquals("1 hour 30 minutes", new Select(waitFor("change:meetingLength")).getFirstSelectedOption().getText(),
                "the length chosen stays");
        fill("change:meetingTime", meeting.format(hour));
        browser.findElement(By.id("change:changeButton")).click();
        wait.until(d -> textOf("meeting").contains("until " + meeting.plusMinutes(90).format(hour)));
        assertNoAxeViolations("the requests page with the meeting's change");
        String requestsAddress = browser.getCurrentUrl();
        signOut();

        // The police contributor types an event: one without a date is refused beside the field, nothing lost.
        open("app/index.xhtml");
        signIn("nm.agency");
        browser.findElement(By.id("nav-agency-tasks")).click();
        waitFor("tasks").findElement(By.tagName("a")).click();
        fill("entry:whatHappened", "Police called to a disturbance at the home");
        browser.findElement(By.cssSelector("input[name='entry:whySignificant'][value='PATTERN']")).click();
        browser.findElement(By.id("entry:saveEntry")).click();
        assertEquals("Enter the date of the event", textOf("entry:date-message"));
        assertEquals("Police called to a disturbance at the home",
                browser.findElement(By.id("entry:whatHappened")).getAttribute("value"));
        fill("entry:date", LocalDate.now(CLOCK).minusDays(5).format(day));
        browser.findElement(By.id("entry:saveEntry")).click();
        wait.until(d -> textOf("entries:entry-table").contains("Police called to a disturbance"));
        completeSummaryAndSubmit("Called to the home three times this year");
        signOut();

        // The health contributor imports its chronology from a CSV file in the documented layout.
        open("app/index.xhtml");
        signIn("nm.agency2");
        browser.findElement(By.id("nav-agency-tasks")).click();
        waitFor("tasks").findElement(By.tagName("a")).click();
        // Issue 15, item 4: a refused file's problems are listed by line, and belong to that file only.
        Path bad = Files.createTempFile("bad-chronology", ".csv");
        Files.writeString(bad, "Date,Time,What happened,Who was involved,Risk presented,Agency response,"
                + "Impact on the risk and the child's lived experience,Multi-agency considerations,Learning,Why significant\n"
                + "31/02/2026,10:30,Impossible date,Health visitor,,,,,,changed-assessment\n"
                + LocalDate.now(CLOCK).minusDays(4).format(day) + ",10:30,,Health visitor,,,,,,changed-assessment\n");
        waitFor("import:file").sendKeys(bad.toAbsolutePath().toString());
        browser.findElement(By.id("import:importButton")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#import-problems li")).isEmpty());
        List<String> problems = browser.findElements(By.cssSelector("#import-problems li")).stream()
                .map(WebElement::getText).toList();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("Line 2") && problems.get(1).startsWith("Line 3"),
                "each problem by its line: " + problems);
        assertTrue(textOf("import:file-message").contains("2 problems"), textOf("import:file-message"));
        Path csv = Files.createTempFile("health-chronology", ".csv");
        Files.writeString(csv, "Date,Time,What happened,Who was involved,Risk presented,Agency response,"
                + "Impact on the risk and the child's lived experience,Multi-agency considerations,Learning,Why significant\n"
                + LocalDate.now(CLOCK).minusDays(4).format(day) + ",10:30,Missed health appointment,Health visitor,"
                + "Child not seen,Letter sent,Unknown,Not shared with school,Follow up missed appointments,changed-assessment\n");
        waitFor("import:file").sendKeys(csv.toAbsolutePath().toString());
        browser.findElement(By.id("import:importButton")).click();
        wait.until(d -> textOf("entries:entry-table").contains("Missed health appointment"));
        assertTrue(browser.findElements(By.cssSelector("#import-problems li")).isEmpty(),
                "the good file's page shows none of the bad file's problems");
        assertFalse(browser.getPageSource().contains("Nothing was imported"), "nor its refusal");
        completeSummaryAndSubmit("Health visiting since birth");
        signOut();

        // The composite shows both agencies' events, each linked back to its return.
        open("app/index.xhtml");
        signIn("nm.manager");
        browser.get(requestsAddress);
        waitFor("composite").click();
        wait.until(d -> textOf("composite").contains("Police called to a disturbance")
                && textOf("composite").contains("Missed health appointment"));
        assertTrue(textOf("sources").contains("Northmoor Police") && textOf("sources").contains("Northmoor Integrated Care Board"));

        // The meeting: papers, attendance (quorate), notes and the outcome.
        browser.get(reviewAddress);
        waitFor("meeting-link").click();
        waitFor("papers:publish").click();
        waitFor("papers-late");
        attend(0, "Pat Police", "Detective Inspector", "Northmoor Police");
        attend(1, "Hana Health", "Designated nurse", "Northmoor Integrated Care Board");
        browser.findElement(By.id("attendance:record")).click();
        wait.until(d -> textOf("quorum").startsWith("Not quorate"));
        assertTrue(textOf("quorum").contains("Local Authority"), textOf("quorum"));
        attend(2, "Lee Council", "Head of service", "Northmoor Council Children's Services");
        browser.findElement(By.id("attendance:record")).click();
        wait.until(d -> textOf("quorum").startsWith("Quorate"));
        fill("notes:heads:0:note", "Injuries not explained by the account given");
        fill("notes:equality", "Considered: the family's housing and the mother's disability were factors.");
        browser.findElement(By.id("notes:saveNotes")).click();
        waitFor("outcome:recordOutcome");
        choose("outcome:recommendation", "CHILD_SAFEGUARDING_PRACTICE_REVIEW");
        fill("outcome:rationale", "Serious harm; agencies held information they did not share.");
        fill("outcome:independentAdviser", "nm.adviser");
        String adviserLink;
        // Issue 14 §2: the application's letters arrive here, as they would in the adviser's mailbox.
        try (SmtpInbox letters = SmtpInbox.start(Integer.getInteger("it.smtp.port", 3025))) {
            browser.findElement(By.id("outcome:recordOutcome")).click();
            wait.until(d -> textOf("outcome-status").startsWith("Awaiting endorsement"));
            adviserLink = letters.linkIn("nm.adviser@example.test", "Endorse the Rapid Review outcome: " + reviewReference,
                    Pattern.compile("https?://\\S+/app/reviews/meeting\\.xhtml\\?id=[0-9a-f-]+"), Duration.ofSeconds(30));
        }
        String meetingAddress = browser.getCurrentUrl();
        signOut();

        Map<String, String> endorsesFor = Map.of("nm.adviser", "Independent Adviser", "nm.partner", "Local Authority",
                "nm.partner.police", "Police", "nm.partner.health", "Health (ICB)");
        for (String endorser : List.of("nm.adviser", "nm.partner", "nm.partner.police", "nm.partner.health")) {
            open("app/index.xhtml");
            signIn(endorser);
            if (endorser.equals("nm.adviser")) {
                // The Independent Adviser answers from the link in the e-mail that asked them.
                assertTrue(meetingAddress.contains(adviserLink.substring(adviserLink.indexOf("/app/"))),
                        adviserLink + " is the meeting's page, " + meetingAddress);
                browser.get(adviserLink.replaceFirst("^https?://[^/]+/", base.toExternalForm().replaceFirst(
                        "^(https?://[^/]+/).*$", "$1")));
            } else {
                // Issue 14 §2: the endorsement waits in My tasks; a partner not asked for information sees
                // the review only now that its outcome asks for their endorsement (§3.1, §7.12).
                WebElement task = waitFor("my-tasks").findElement(By.xpath(".//tr[td[contains(., '" + reviewReference
                        + "')] and td[contains(., 'Endorse the outcome')]]"));
                task.findElement(By.className("task-link")).click();
            }
            waitFor("endorse:endorseButton");
            choose("endorse:agrees", "true");
            clickAndWaitForTheNextPage(By.id("endorse:endorseButton"));
            // Recorded: the message says so, or (should the message be read before it shows) the
            // endorsement is no longer among those awaited.
            wait.until(d -> d.getPageSource().contains("Your endorsement was recorded.")
                    || !textOf("awaited-endorsers").contains(endorsesFor.get(endorser)));
            signOut();
        }

        open("app/index.xhtml");
        signIn("nm.manager");
        browser.get(meetingAddress);
        wait.until(d -> textOf("outcome-status").startsWith("Endorsed"));
        for (String format : List.of("pdf", "docx")) {
            List<?> download = download(waitFor("report-" + format).getAttribute("href"));
            assertEquals(200L, download.get(0), format);
            assertTrue(String.valueOf(download.get(1)).startsWith(format.equals("pdf") ? "application/pdf"
                    : "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), download.toString());
            assertTrue(((Number) download.get(2)).longValue() > 2000, "a real document: " + download);
        }
        browser.findElement(By.id("sent:sentButton")).click();
        waitFor("report-sent");
        screenshot("rapid-review-sent");
        commenceAndStaffThePracticeReview(reviewAddress, reviewReference);
    }

    /**
     * Issue 16, README step 11 (§5.2, §8.1, §6, §4.4): the business manager records the partners'
     * decision on the endorsed Rapid Review, which opens the Child Safeguarding Practice Review, informs
     * the National Panel, settles the terms of reference, decides on a family member's involvement and
     * records the methodology; the Virtual Panel appoints its lead reviewer from My tasks (a missing
     * declaration refused, the contract kept); the lead reviewer then sees that review and not the
     * Rapid Review before it.
     */
    private void commenceAndStaffThePracticeReview(String rapidReviewAddress, String rapidReviewReference)
            throws IOException {
        String today = LocalDate.now(CLOCK).format(DateTimeFormatter.ofPattern("d/M/yyyy"));
        browser.get(rapidReviewAddress);
        waitFor("commenceForm:commence");
        assertTrue(textOf("practice-recommendation").contains("A Child Safeguarding Practice Review"),
                textOf("practice-recommendation"));
        fill("commenceForm:decidedOn", today);
        clickAndWaitForTheNextPage(By.id("commenceForm:commence"));
        assertTrue(textOf("commenceForm:rationale-message").startsWith("Say why the partners decided"),
                "refused beside the reasons: " + textOf("commenceForm:rationale-message"));
        assertEquals(today, waitFor("commenceForm:decidedOn").getAttribute("value"), "nothing typed is lost");
        fill("commenceForm:rationale", "Agencies held information they did not share; the learning reaches beyond"
                + " this case.");
        clickAndWaitForTheNextPage(By.id("commenceForm:commence"));
        wait.until(d -> textOf("review-reference").startsWith("CSPR-"));
        String practiceReference = textOf("review-reference");
        assertEquals(rapidReviewReference, textOf("began-after"));
        assertTrue(textOf("review-stage").startsWith("Appointing the lead reviewer"), textOf("review-stage"));
        assertNoAxeViolations("the practice review's page");
        informTheNationalPanelAndSettleTheTermsOfReference(today);
        decideOnTheFamilysInvolvement(today);
        chooseTheMethodology();
        answerTheAssuranceQuestions();
        planTheCaseGroupsMeeting(today);
        signOut();

        open("app/index.xhtml");
        signIn("nm.panel");
        WebElement task = waitFor("my-tasks").findElement(By.xpath(".//tr[td[contains(., '" + practiceReference
                + "')] and td[contains(., 'Appoint the lead reviewer')]]"));
        task.findElement(By.className("task-link")).click();
        waitFor("appointForm:appoint");
        fill("appointForm:personName", "Rowan Reviewer");
        fill("appointForm:username", "nm.reviewer");
        fill("appointForm:organisation", "Independent");
        browser.findElements(By.cssSelector("input[name='appointForm:criteria']")).forEach(WebElement::click);
        browser.findElement(By.id("appointForm:policyConfirmed")).click();
        fill("appointForm:contractSignedOn", today);
        Path contract = Files.createTempFile("contract", ".pdf");
        Files.writeString(contract, "%PDF-1.4 the signed contract");
        browser.findElement(By.id("appointForm:contract")).sendKeys(contract.toAbsolutePath().toString());
        assertNoAxeViolations("the lead reviewer's appointment form");
        clickAndWaitForTheNextPage(By.id("appointForm:appoint"));
        assertTrue(textOf("appointForm:independent-message").contains("must declare"),
                "§3.1, refused beside the declaration: " + textOf("appointForm:independent-message"));
        assertTrue(textOf("contract-hint").contains(contract.getFileName().toString()),
                "the contract attached is kept: " + textOf("contract-hint"));
        browser.findElement(By.id("appointForm:independent")).click();
        clickAndWaitForTheNextPage(By.id("appointForm:appoint"));
        wait.until(d -> textOf("lead-reviewer-name").contains("Rowan Reviewer"));
        assertTrue(textOf("review-stage").startsWith("Conducting the review"), textOf("review-stage"));
        signOut();

        open("app/index.xhtml");
        signIn("nm.reviewer");
        browser.findElement(By.id("nav-reviews")).click();
        wait.until(d -> textOf("reviews").contains(practiceReference));
        assertFalse(textOf("reviews").contains(rapidReviewReference), "need to know: the lead reviewer's review only");
        String reportAddress = writeTheReport(practiceReference, today);
        signOut();
        agreeTheReport(reportAddress, today);
    }

    /**
     * §8.3, README step 12: the lead reviewer writes the report in the product; a recommendation
     * without its measure is refused beside that box with everything typed kept; saved, the page says
     * how many A4 pages the executive summary takes. Returns the report page's address.
     */
    private String writeTheReport(String practiceReference, String today) {
        clickAndWaitForTheNextPage(By.linkText(practiceReference));
        clickAndWaitForTheNextPage(By.id("written-report-link"));
        assertEquals("No version of the report is saved yet.", textOf("report-none"));
        assertTrue(waitFor("writeForm:sections:0:section").getAttribute("value")
                .contains("Why were the school's concerns not shared?"), "the questions start from the terms of reference");
        for (int i = 1; i < 8; i++) {
            fill("writeForm:sections:" + i + ":section", "What the review found, part " + i + ".");
        }
        // Three A4 pages and more: set at once rather than typed key by key.
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value"
                + " = arguments[1];", "writeForm:executiveSummary", ("The agencies around the family each held part of"
                + " the picture and none held it all. ").repeat(120));
        String dueBy = LocalDate.now(CLOCK).plusMonths(3).format(DateTimeFormatter.ofPattern("d/M/yyyy"));
        fill("writeForm:recommendations:0:action", "Share school nurse concerns with the GP");
        fill("writeForm:recommendations:0:finding", "Concerns stayed with the school");
        fill("writeForm:recommendations:0:agency", "Health (ICB)");
        fill("writeForm:recommendations:0:dueBy", dueBy);
        clickAndWaitForTheNextPage(By.id("writeForm:save"));
        By measureError = By.xpath("//textarea[@id='writeForm:recommendations:0:measure']/preceding-sibling::*"
                + "[contains(@class,'field-error')]");
        wait.until(d -> !d.findElements(measureError).isEmpty()
                && d.findElement(measureError).getText().startsWith("Say how the partnership will know"));
        assertEquals("Health (ICB)", waitFor("writeForm:recommendations:0:agency").getAttribute("value"),
                "nothing typed is lost");
        assertEquals("What the review found, part 7.", waitFor("writeForm:sections:7:section").getAttribute("value"));
        fill("writeForm:recommendations:0:measure", "An audit of ten cases finds the GP told each time");
        clickAndWaitForTheNextPage(By.id("writeForm:save"));
        wait.until(d -> textOf("report-latest").startsWith("Version 1, saved by"));
        assertTrue(textOf("report-summary-pages").endsWith("too long to be agreed"), textOf("report-summary-pages"));
        assertNoAxeViolations("the report page");
        return browser.getCurrentUrl();
    }

    /**
     * §8.3: the Police's contact finds the draft in their agency tasks, sees that answering with
     * nothing is refused beside "no comments", and comments on a part of the report.
     */
    private void commentOnTheReportsAccuracy() {
        open("app/index.xhtml");
        signIn("nm.agency");
        waitFor("main");
        open("app/agency/tasks.xhtml");
        clickAndWaitForTheNextPage(By.xpath("//table[@id='drafts']//a"));
        assertEquals("1", textOf("accuracy-version"));
        clickAndWaitForTheNextPage(By.id("responseForm:respond"));
        assertTrue(textOf("responseForm:noComments-message").startsWith("Add at least one comment"),
                textOf("responseForm:noComments-message"));
        new org.openqa.selenium.support.ui.Select(waitFor("responseForm:comments:0:part"))
                .selectByVisibleText("What happened, and its context");
        fill("responseForm:comments:0:text", "The nurse saw the child three times, not twice.");
        assertNoAxeViolations("the agency's factual accuracy page");
        clickAndWaitForTheNextPage(By.id("responseForm:respond"));
        wait.until(d -> textOf("accuracy-answer").contains("three times"));
        signOut();
    }

    /**
     * §8.3: the business manager records the review group's agreement: refused before the draft went
     * to the agencies for factual accuracy; sent to the Police, whose comment the review group does
     * not accept, with the reason (refused without); then refused while the executive summary runs
     * past two A4 pages, saying how many; shortened in a new version, it is agreed and
     * the review moves on to publication, its 6-month clock met.
     */
    private void agreeTheReport(String reportAddress, String today) throws IOException {
        open("app/index.xhtml");
        signIn("nm.manager");
        waitFor("main");
        browser.get(reportAddress);
        fill("agreeForm:agreedOn", today);
        fill("agreeForm:agreedBy", "Review group meeting");
        clickAndWaitForTheNextPage(By.id("agreeForm:agree"));
        wait.until(d -> d.findElement(By.tagName("main")).getText().contains("Send it to them first"));
        WebElement police = browser.findElement(By.xpath("//form[@id='circulateForm']//label[contains(.,"
                + " 'Northmoor Police')]"));
        browser.findElement(By.id(police.getAttribute("for"))).click();
        clickAndWaitForTheNextPage(By.id("circulateForm:circulate"));
        wait.until(d -> textOf("accuracy-requests").contains("Northmoor Police")
                && textOf("accuracy-requests").contains("Waiting"));
        signOut();
        commentOnTheReportsAccuracy();

        open("app/index.xhtml");
        signIn("nm.manager");
        waitFor("main");
        browser.get(reportAddress);
        assertTrue(textOf("comment-0-text").contains("three times"), textOf("comment-0-text"));
        choose("disposeForm:comments:0:disposal", "NOT_ACCEPTED");
        clickAndWaitForTheNextPage(By.id("disposeForm:comments:0:dispose"));
        By reasonError = By.xpath("//textarea[@id='disposeForm:comments:0:reason']/preceding-sibling::*"
                + "[contains(@class,'field-error')]");
        wait.until(d -> !d.findElements(reasonError).isEmpty()
                && d.findElement(reasonError).getText().startsWith("Say why the review group did not accept"));
        fill("disposeForm:comments:0:reason", "The nurse's record shows two visits");
        clickAndWaitForTheNextPage(By.id("disposeForm:comments:0:dispose"));
        wait.until(d -> textOf("comment-0-disposal").startsWith("Not accepted: The nurse's record shows two visits"));
        assertNoAxeViolations("the report page with an agency's comment");
        fill("agreeForm:agreedOn", today);
        fill("agreeForm:agreedBy", "Review group meeting");
        clickAndWaitForTheNextPage(By.id("agreeForm:agree"));
        wait.until(d -> d.findElement(By.tagName("main")).getText().contains("A4 pages: \u00a78.3 allows no more"
                + " than 2"));
        fill("writeForm:executiveSummary", "The agencies around the family each held part of the picture.");
        clickAndWaitForTheNextPage(By.id("writeForm:save"));
        wait.until(d -> textOf("report-latest").startsWith("Version 2, saved by"));
        assertTrue(textOf("report-summary-pages").startsWith("1 A4 page of the 2"), textOf("report-summary-pages"));
        fill("agreeForm:agreedOn", today);
        fill("agreeForm:agreedBy", "Review group meeting");
        clickAndWaitForTheNextPage(By.id("agreeForm:agree"));
        wait.until(d -> textOf("sign-offs").contains("Waiting"));
        signOut();
        signOffAsEachStatutoryPartner(reportAddress);
        prepareThePublication(reportAddress, today);
        turnTheRecommendationIntoAnAction(reportAddress, today);
    }

    /**
     * §9, README step 11: the agreed report's recommendation becomes an action of the review's plan (a
     * missing owner refused beside the field, nothing typed lost); once the plan is agreed, its owner at
     * the Police reports it done from their agency tasks (refused without the evidence file); the
     * business unit verifies it from its work list.
     */
    private void turnTheRecommendationIntoAnAction(String reportAddress, String today) throws IOException {
        open("app/index.xhtml");
        signIn("nm.manager");
        waitFor("main");
        browser.get(reportAddress);
        clickAndWaitForTheNextPage(By.id("back"));
        clickAndWaitForTheNextPage(By.id("action-plan-link"));
        assertEquals("The plan has no actions yet.", textOf("no-actions"));
        new org.openqa.selenium.support.ui.Select(waitFor("actionForm:source")).selectByIndex(1);
        clickAndWaitForTheNextPage(By.id("actionForm:startFrom"));
        wait.until(d -> "Share school nurse concerns with the GP".equals(d.findElement(By.id("actionForm:what"))
                .getAttribute("value")));
        clickAndWaitForTheNextPage(By.id("actionForm:draw"));
        assertTrue(textOf("actionForm:owner-message").startsWith("Choose the person responsible"),
                textOf("actionForm:owner-message"));
        assertEquals("Share school nurse concerns with the GP", waitFor("actionForm:what").getAttribute("value"),
                "nothing typed is lost");
        new org.openqa.selenium.support.ui.Select(waitFor("actionForm:owner")).getOptions().stream()
                .filter(o -> o.getText().contains("Northmoor Police")).findFirst().orElseThrow().click();
        fill("actionForm:timescaleAmount", "30");
        new org.openqa.selenium.support.ui.Select(waitFor("actionForm:timescaleUnit")).selectByValue("WORKING_DAYS");
        assertNoAxeViolations("the action plan page");
        clickAndWaitForTheNextPage(By.id("actionForm:draw"));
        wait.until(d -> textOf("verifyForm").contains("Share school nurse concerns with the GP"));
        fill("agreeForm:agreedBy", "Review group meeting");
        fill("agreeForm:agreedOn", today);
        clickAndWaitForTheNextPage(By.id("agreeForm:agree"));
        wait.until(d -> textOf("plan-state").startsWith("Agreed"));
        assertTrue(textOf("verifyForm").contains("30 working days, due by"), textOf("verifyForm"));
        recordAReflectiveSessionAndItsFeedback(today);
        signOut();

        open("app/index.xhtml");
        signIn("nm.agency");
        waitFor("main");
        open("app/agency/tasks.xhtml");
        clickAndWaitForTheNextPage(By.xpath("//table[@id='actions']//a"));
        browser.findElement(By.id("reportForm:done")).click();
        fill("reportForm:note", "An audit of ten cases found the GP told each time");
        clickAndWaitForTheNextPage(By.id("reportForm:report"));
        assertTrue(textOf("reportForm:file-message").startsWith("Attach the evidence"),
                textOf("reportForm:file-message"));
        assertEquals("An audit of ten cases found the GP told each time", waitFor("reportForm:note")
                .getAttribute("value"), "nothing typed is lost");
        Path evidence = Files.createTempFile("audit", ".pdf");
        Files.writeString(evidence, "%PDF-1.4 the audit");
        waitFor("reportForm:file").sendKeys(evidence.toAbsolutePath().toString());
        assertNoAxeViolations("the agency's action page");
        clickAndWaitForTheNextPage(By.id("reportForm:report"));
        wait.until(d -> d.findElement(By.tagName("main")).getText().contains("Done: to verify"));
        signOut();

        open("app/index.xhtml");
        signIn("nm.manager");
        waitFor("my-tasks").findElement(By.xpath(".//tr[td[contains(., 'Verify action 1')]]"))
                .findElement(By.className("task-link")).click();
        fill("verifyForm:actions:0:note", "The audit seen: the GP told in all ten cases");
        clickAndWaitForTheNextPage(By.id("verifyForm:actions:0:verify"));
        wait.until(d -> textOf("plan-state").startsWith("Every action verified"));
        verifyThePlansLearningWithDocument14(today);
        signOut();
    }

    /**
     * Document 14 (§9, §10.1): the business unit verifies the plan's learning on a case basis; an
     * action left unanswered is refused beside that action's question, with what was typed kept.
     */
    private void verifyThePlansLearningWithDocument14(String today) {
        clickAndWaitForTheNextPage(By.id("verification-link"));
        fill("verificationForm:items:0:evidence", "Audit of ten cases: the GP told each time");
        choose("verificationForm:judgement", "EMBEDDED");
        fill("verificationForm:summary", "The learning is embedded at the practice");
        fill("verificationForm:scrutinisedBy", "Sam Scrutineer");
        fill("verificationForm:verifiedOn", today);
        clickAndWaitForTheNextPage(By.id("verificationForm:record"));
        WebElement problem = waitFor("error-summary").findElement(By.tagName("a"));
        assertTrue(problem.getAttribute("href").endsWith("#verificationForm:items:0:addressed"),
                problem.getAttribute("href"));
        assertEquals("Audit of ten cases: the GP told each time", waitFor("verificationForm:items:0:evidence")
                .getAttribute("value"), "nothing typed is lost");
        assertNoAxeViolations("Document 14, a refusal");
        choose("verificationForm:items:0:addressed", "YES");
        choose("verificationForm:items:0:embedded", "YES");
        clickAndWaitForTheNextPage(By.id("verificationForm:record"));
        assertTrue(textOf("past").contains("Sam Scrutineer") && textOf("past").contains("embedded in practice"),
                textOf("past"));
    }

    /**
     * §9, §10.3 h: the business unit records a reflective session on the review (a missing answer
     * refused beside it, nothing typed lost) and types in an attendee's feedback form; both pages pass axe.
     */
    private void recordAReflectiveSessionAndItsFeedback(String today) {
        clickAndWaitForTheNextPage(By.id("back"));
        clickAndWaitForTheNextPage(By.id("learning-events-link"));
        assertEquals("Nothing is recorded yet.", textOf("no-events"));
        fill("eventForm:title", "Reflecting on the school nurse's concerns");
        fill("eventForm:heldOn", today);
        fill("eventForm:audience", "School nurses and GPs");
        fill("eventForm:attended", "12");
        clickAndWaitForTheNextPage(By.id("eventForm:record"));
        assertTrue(textOf("eventForm:kind-message").startsWith("Say whether it was"), textOf("eventForm:kind-message"));
        assertEquals("Reflecting on the school nurse's concerns", waitFor("eventForm:title").getAttribute("value"),
                "nothing typed is lost");
        assertNoAxeViolations("learning events, a refusal");
        choose("eventForm:kind", "REFLECTIVE_SESSION");
        clickAndWaitForTheNextPage(By.id("eventForm:record"));
        assertTrue(textOf("events").contains("Reflecting on the school nurse's concerns"), textOf("events"));
        clickAndWaitForTheNextPage(By.className("feedback-link"));
        clickAndWaitForTheNextPage(By.id("feedbackForm:record"));
        assertTrue(textOf("feedbackForm:understandsMore-message").startsWith("Say whether the form says"),
                textOf("feedbackForm:understandsMore-message"));
        choose("feedbackForm:understandsMore", "YES");
        fill("feedbackForm:comment", "I know now who to tell");
        clickAndWaitForTheNextPage(By.id("feedbackForm:record"));
        assertTrue(textOf("feedback-summary").startsWith("1 of 12 attendees returned a form; 1 said they understand"
                + " more"), textOf("feedback-summary"));
        assertTrue(textOf("comments").contains("I know now who to tell"), textOf("comments"));
        assertNoAxeViolations("a session's feedback forms");
    }

    /**
     * §8.3: each statutory partner's representative signs the agreed report off from its page (a
     * missing answer refused beside it); the last sign-off completes the review, which moves to
     * Reported.
     */
    private void signOffAsEachStatutoryPartner(String reportAddress) {
        List<String> representatives = List.of("nm.partner", "nm.partner.police", "nm.partner.health");
        for (String representative : representatives) {
            open("app/index.xhtml");
            signIn(representative);
            waitFor("main");
            browser.get(reportAddress);
            if (representative.equals("nm.partner")) {
                clickAndWaitForTheNextPage(By.id("signOffForm:answerSignOff"));
                assertTrue(textOf("signOffForm:answer-message").startsWith("Say whether Local Authority signs off"),
                        textOf("signOffForm:answer-message"));
                assertNoAxeViolations("the report's sign-off");
            }
            choose("signOffForm:answer", "SIGNED_OFF");
            clickAndWaitForTheNextPage(By.id("signOffForm:answerSignOff"));
            wait.until(d -> browser.findElements(By.id("signOffForm:answerSignOff")).isEmpty());
            if (!representative.equals("nm.partner.health")) {
                signOut();
            }
        }
        assertFalse(textOf("sign-offs").contains("Waiting"), textOf("sign-offs"));
        clickAndWaitForTheNextPage(By.id("back"));
        wait.until(d -> textOf("review-stage").startsWith("Reported"));
        signOut();
    }

    /**
     * §8.3, README step 11: the business manager decides to publish, plans a date (too soon is
     * refused beside it), records the copy to the National Panel, attaches the redacted report and
     * publishes the agreed text as the accessible web page too; marking it published today is
     * refused, quoting §8.3, because the copy went today.
     */
    private void prepareThePublication(String reportAddress, String today) throws IOException {
        open("app/index.xhtml");
        signIn("nm.manager");
        waitFor("main");
        browser.get(reportAddress);
        clickAndWaitForTheNextPage(By.id("back"));
        clickAndWaitForTheNextPage(By.id("publication-link"));
        choose("decideForm:publish", "true");
        fill("decideForm:decidedOn", today);
        clickAndWaitForTheNextPage(By.id("decideForm:decide"));
        fill("planForm:title", "Child J: a child safeguarding practice review");
        fill("planForm:plannedOn", today);
        clickAndWaitForTheNextPage(By.id("planForm:plan"));
        assertTrue(textOf("planForm:plannedOn-message").contains("or later"), textOf("planForm:plannedOn-message"));
        assertEquals("Child J: a child safeguarding practice review", waitFor("planForm:title").getAttribute("value"),
                "nothing typed is lost");
        fill("planForm:plannedOn", LocalDate.now(CLOCK).plusDays(7).format(DateTimeFormatter.ofPattern("d/M/yyyy")));
        clickAndWaitForTheNextPage(By.id("planForm:plan"));
        // Issue 16: the date slips: a move without a reason is refused beside it, the new date kept.
        String later = LocalDate.now(CLOCK).plusDays(9).format(DateTimeFormatter.ofPattern("d/M/yyyy"));
        fill("moveForm:plannedOn", later);
        clickAndWaitForTheNextPage(By.id("moveForm:move"));
        assertTrue(textOf("moveForm:moveReason-message").startsWith("Say why the date moves"),
                textOf("moveForm:moveReason-message"));
        assertEquals(later, waitFor("moveForm:plannedOn").getAttribute("value"), "the new date typed stays");
        fill("moveForm:moveReason", "The family asked for two more days");
        clickAndWaitForTheNextPage(By.id("moveForm:move"));
        assertTrue(textOf("publication-planned").contains("moved from")
                && textOf("publication-planned").endsWith("The family asked for two more days)"),
                textOf("publication-planned"));
        fill("copyForm:panelCopySentOn", today);
        clickAndWaitForTheNextPage(By.id("copyForm:copySent"));
        Path redacted = Files.createTempFile("redacted", ".pdf");
        Files.writeString(redacted, "%PDF-1.4 the redacted report");
        waitFor("fileForm:file").sendKeys(redacted.toAbsolutePath().toString());
        clickAndWaitForTheNextPage(By.id("fileForm:attach"));
        clickAndWaitForTheNextPage(By.id("webForm:webVersion"));
        assertTrue(textOf("publication-web").startsWith("The agreed report's text is published as a web page"),
                textOf("publication-web"));
        fill("publishForm:publishedOn", today);
        clickAndWaitForTheNextPage(By.id("publishForm:publish"));
        assertTrue(textOf("publishForm:publishedOn-message").startsWith("\u00a78.3"),
                textOf("publishForm:publishedOn-message"));
        assertNoAxeViolations("the publication page");
        signOut();
    }

    /**
     * §8.1: the business manager records that the National Panel was informed (refused with the lead
     * reviewer's details while there is none), then drafts the terms of reference (refused without
     * questions, nothing typed lost), records the review group's agreement and the Sub-Group's sign-off.
     */
    private void informTheNationalPanelAndSettleTheTermsOfReference(String today) {
        fill("informForm:informedOn", today);
        browser.findElement(By.id("informForm:withReviewerDetails")).click();
        clickAndWaitForTheNextPage(By.id("informForm:informPanel"));
        assertTrue(textOf("informForm:withReviewerDetails-message").startsWith("No lead reviewer is appointed yet"),
                textOf("informForm:withReviewerDetails-message"));
        assertEquals(today, waitFor("informForm:informedOn").getAttribute("value"), "nothing typed is lost");
        browser.findElement(By.id("informForm:withReviewerDetails")).click();
        clickAndWaitForTheNextPage(By.id("informForm:informPanel"));
        wait.until(d -> textOf("began-panel-informed").startsWith("On "));

        clickAndWaitForTheNextPage(By.id("terms-link"));
        assertEquals("None signed off yet", textOf("terms-in-force"));
        fill("draftForm:timescales", "Six months from the decision");
        fill("draftForm:familyInvolvement", "The mother is invited to meet the lead reviewer");
        fill("draftForm:evidence", "A fuller report from each agency; practitioner interviews");
        fill("draftForm:policyAndProcedure", "The partnership's neglect strategy");
        fill("draftForm:legalAdvice", "None");
        clickAndWaitForTheNextPage(By.id("draftForm:draft"));
        assertTrue(textOf("draftForm:questions-message").startsWith("List the questions"),
                textOf("draftForm:questions-message"));
        assertEquals("Six months from the decision", waitFor("draftForm:timescales").getAttribute("value"));
        fill("draftForm:questions", "Why were the school's concerns not shared?\nHow was the child's voice heard?");
        clickAndWaitForTheNextPage(By.id("draftForm:draft"));
        wait.until(d -> textOf("terms-latest").startsWith("Version 1: Draft"));
        assertTrue(textOf("terms-questions").contains("How was the child's voice heard?"), textOf("terms-questions"));
        assertNoAxeViolations("the terms of reference page");
        fill("agreeForm:agreedOn", today);
        fill("agreeForm:agreedBy", "Review group meeting");
        clickAndWaitForTheNextPage(By.id("agreeForm:agree"));
        wait.until(d -> textOf("terms-latest").startsWith("Version 1: Agreed"));
        fill("signOffForm:signedOffOn", today);
        fill("signOffForm:meeting", "Practice Review Sub-Group");
        fill("signOffForm:chair", "Priya Chair");
        clickAndWaitForTheNextPage(By.id("signOffForm:signOff"));
        wait.until(d -> textOf("terms-in-force").startsWith("Version 1, signed off"));
        clickAndWaitForTheNextPage(By.id("back"));
    }

    /**
     * §6: a family member is added; deciding not to involve them without reasons is refused beside
     * the reasons, with the choice kept; with reasons the decision shows on the family page.
     */
    private void decideOnTheFamilysInvolvement(String today) {
        clickAndWaitForTheNextPage(By.id("family-link"));
        assertEquals("No family members are recorded yet.", textOf("family-none"));
        fill("addForm:name", "Sam Doe");
        fill("addForm:relationship", "father");
        clickAndWaitForTheNextPage(By.id("addForm:add"));
        wait.until(d -> textOf("member-0-name").equals("Sam Doe (father)"));
        choose("decideForm:involvement", "NOT_INVOLVED");
        fill("decideForm:decidedOn", today);
        clickAndWaitForTheNextPage(By.id("decideForm:decide"));
        assertTrue(textOf("decideForm:reasons-message").startsWith("Say why involving Sam Doe"),
                textOf("decideForm:reasons-message"));
        assertTrue(browser.findElement(By.cssSelector("input[name='decideForm:involvement'][value='NOT_INVOLVED']"))
                .isSelected(), "the choice is kept");
        fill("decideForm:reasons", "Bail conditions forbid contact with the family");
        clickAndWaitForTheNextPage(By.id("decideForm:decide"));
        wait.until(d -> textOf("member-0-involvement").startsWith("Not to be involved"));
        assertTrue(textOf("member-0-involvement").endsWith("Bail conditions forbid contact with the family"),
                textOf("member-0-involvement"));
        assertNoAxeViolations("the family's involvement page");
        clickAndWaitForTheNextPage(By.id("back"));
    }

    /** §4.4: a methodology from the partnership's list; without a rationale it is refused beside it, the choice kept. */
    private void chooseTheMethodology() {
        new org.openqa.selenium.support.ui.Select(waitFor("methodologyForm:methodology"))
                .selectByVisibleText("Appreciative Inquiry");
        clickAndWaitForTheNextPage(By.id("methodologyForm:chooseMethodology"));
        assertTrue(textOf("methodologyForm:rationale-message").startsWith("Say why this methodology is proportionate"),
                textOf("methodologyForm:rationale-message"));
        assertEquals("Appreciative Inquiry", new org.openqa.selenium.support.ui.Select(
                waitFor("methodologyForm:methodology")).getFirstSelectedOption().getText(), "the choice is kept");
        fill("methodologyForm:rationale", "Much went well; learning from what worked is proportionate");
        clickAndWaitForTheNextPage(By.id("methodologyForm:chooseMethodology"));
        wait.until(d -> textOf("methodology-current").startsWith("Appreciative Inquiry: Much went well"));
    }

    /**
     * §8.2: a case group meeting planned from the review's page; without an agenda it is refused
     * beside it, with what was typed kept.
     */
    private void planTheCaseGroupsMeeting(String today) {
        clickAndWaitForTheNextPage(By.id("groups-link"));
        choose("planForm:group", "CASE_GROUP");
        fill("planForm:meetsOn", today);
        fill("planForm:place", "Room 2, Northmoor House");
        clickAndWaitForTheNextPage(By.id("planForm:plan"));
        assertTrue(textOf("planForm:agenda-message").startsWith("Give the agenda"), textOf("planForm:agenda-message"));
        assertEquals("Room 2, Northmoor House", waitFor("planForm:place").getAttribute("value"), "nothing typed is lost");
        fill("planForm:agenda", "1. The timeline\n2. What helped and what got in the way");
        clickAndWaitForTheNextPage(By.id("planForm:plan"));
        wait.until(d -> textOf("meeting-CASE_GROUP-0").contains("Room 2, Northmoor House: planned"));
        assertNoAxeViolations("the review group and case group page");
        clickAndWaitForTheNextPage(By.id("back"));
    }

    /**
     * §7.1: the assurance questions at the stage the review is at; one left unanswered is refused
     * beside that question, the answers given kept; all answered, the check shows on the page.
     */
    private void answerTheAssuranceQuestions() {
        List<WebElement> met = browser.findElements(By.cssSelector("input[type='radio'][name$=':met'][value='true']"));
        assertFalse(met.isEmpty(), "the partnership's questions");
        for (int i = 0; i < met.size() - 1; i++) {
            met.get(i).click();
        }
        clickAndWaitForTheNextPage(By.id("assuranceForm:check"));
        By lastError = By.xpath("(//form[@id='assuranceForm']//fieldset)[last()]//*[contains(@class,'field-error')]");
        wait.until(d -> !d.findElements(lastError).isEmpty() && d.findElement(lastError).getText()
                .startsWith("Answer question " + met.size()));
        assertTrue(browser.findElement(By.cssSelector("input[type='radio'][name$=':met'][value='true']")).isSelected(),
                "the answers given are kept");
        List<WebElement> again = browser.findElements(By.cssSelector("input[type='radio'][name$=':met'][value='true']"));
        again.get(again.size() - 1).click();
        clickAndWaitForTheNextPage(By.id("assuranceForm:check"));
        wait.until(d -> textOf("assurance-check-0").contains("0 not met"));
    }

    private void completeSummaryAndSubmit(String involvement) {
        fill("summary:involvement", involvement);
        fill("summary:keyDecisions", "Referred to children's social care");
        fill("summary:practiceAnalysis", "Information was not shared quickly enough");
        fill("summary:immediateLearning", "None");
        fill("summary:actionsTaken", "Briefing to staff");
        browser.findElement(By.id("summary:submit")).click();
        waitFor("submitted-note");
    }

    private void tick(String label) {
        browser.findElement(By.xpath("//label[contains(., '" + label + "')]")).click();
    }

    private void attend(int row, String name, String role, String agency) {
        fill("attendance:rows:" + row + ":name", name);
        fill("attendance:rows:" + row + ":role", role);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("attendance:rows:" + row + ":agency")))
                .selectByVisibleText(agency);
    }

    /** Fetches a link with the signed-in session, as the browser would download it: status, type and size. */
    private List<?> download(String href) {
        return (List<?>) ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done([r.status,"
                        + " r.headers.get('content-type'), b.byteLength])));", href);
    }

    @Test
    void aReferralIsHandedOverToTheNeighbouringPartnershipWhereTheIncidentHappened() throws IOException {
        String[] submitted = submitReferral("Handover journey " + UUID.randomUUID(), null);
        open("app/index.xhtml");
        signIn("nm.manager");
        browser.get(submitted[1]);
        waitFor("handover-link").click();
        browser.findElement(By.id("propose:proposeButton")).click();
        assertEquals("Choose the partnership where the incident happened", textOf("propose:toPartnership-message"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("propose:toPartnership")))
                .selectByVisibleText("Southvale Safeguarding Children Partnership");
        fill("propose:reason", "The incident happened at the child's grandmother's home in Southvale");
        fill("propose:legalBasis", "Working Together 2018; Children Act 2004 s.16K");
        browser.findElement(By.id("propose:proposeButton")).click();
        wait.until(d -> textOf("sentForm:sent").contains("Proposed, awaiting an answer"));
        signOut();

        open("app/index.xhtml");
        signIn("sv.manager");
        browser.findElement(By.id("nav-handovers")).click();
        WebElement proposal = browser.findElement(By.xpath("//section[.//h2[contains(., '" + submitted[0] + "')]]"));
        assertTrue(proposal.getText().contains("Northmoor Safeguarding Children Partnership"), proposal.getText());
        assertTrue(proposal.getText().contains("forward to the Virtual Panel within 24 hours of receipt: due "),
                "the clocks under Northmoor, in words: " + proposal.getText());
        assertFalse(proposal.getText().matches("(?s).*\\d{4}-\\d{2}-\\d{2}T.*"), "no raw timestamps: " + proposal.getText());
        // Issue 15: each proposal has its own form and reason box; a decline without a reason is refused beside it.
        proposal.findElement(By.xpath(".//button[contains(., 'Decline')]")).click();
        By sectionRefusal = By.xpath("//section[.//h2[contains(., '" + submitted[0] + "')]]"
                + "//*[contains(@id, ':answer:answerReason-message')]");
        // The refusal comes with a new page: a node read while it replaces the old one counts as not there yet.
        wait.until(d -> d.findElements(sectionRefusal).stream().anyMatch(e -> !isGone(e)
                && e.getText().startsWith("Say why your partnership declines it")));
        proposal = browser.findElement(By.xpath("//section[.//h2[contains(., '" + submitted[0] + "')]]"));
        assertNoAxeViolations("the handovers page, a refusal shown");
        proposal.findElement(By.xpath(".//button[contains(., 'Accept the handover')]")).click();
        wait.until(d -> d.getPageSource().contains("The handover was accepted"));
        browser.findElement(By.xpath("//section[.//h2[contains(., '" + submitted[0] + "')]]//a[contains(@class, 'copy-link')]"))
                .click();
        assertTrue(textOf("view-received-from").contains(submitted[0]), textOf("view-received-from"));
        String southvaleReference = textOf("view-reference");
        assertTrue(textOf("clocks").contains("On track"), "Southvale's own clock: " + textOf("clocks"));
        browser.findElement(By.id("nav-inbox")).click();
        waitFor("main");
        assertTrue(browser.findElements(By.linkText(southvaleReference)).size() == 1, "in Southvale's inbox");
        screenshot("handover-accepted");
        browser.findElement(By.linkText(southvaleReference)).click();
        String southvaleReferralAddress = browser.getCurrentUrl();
        countTheRapidReviewFromTheNotification();
        browser.get(southvaleReferralAddress);
        fill("office:rationale", "Child seriously harmed in Southvale; abuse suspected");
        browser.findElement(By.id("office:commenceAtOnce")).click();
        waitFor("review-link").click();
        String reviewReference = textOf("review-reference");
        String reviewAddress = browser.getCurrentUrl();
        recordTheNotificationThatStartsTheRapidReviewClock();
        askNorthmoorsPoliceAcrossTheBoundary();
        signOut();

        answerTheRequestFromSouthvale(reviewReference);
        linkTheRapidReviewWithTheAdultsBoardsSar(reviewReference, reviewAddress, southvaleReferralAddress);

        open("app/index.xhtml");
        signIn("nm.manager");
        browser.get(submitted[1]);
        assertEquals("Handed over to another partnership", textOf("view-status"));
        assertTrue(textOf("view-handed-over-to").contains(southvaleReference));
        assertTrue(browser.findElements(By.id("office:forward")).isEmpty(), "read-only in Northmoor");
    }

    /** §10.2: Southvale's business manager asks an agency of Northmoor, where the family lived, for information. */
    private void askNorthmoorsPoliceAcrossTheBoundary() {
        waitFor("requests-link").click();
        browser.findElement(By.id("send:showElsewhere")).click();
        // Each other partnership is asked for its agencies' names: wait for the page that lists them.
        String northmoorPolice = "Northmoor Police (Northmoor Safeguarding Children Partnership)";
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[contains(., '" + northmoorPolice + "')]")));
        tick(northmoorPolice);
        ZonedDateTime meeting = ZonedDateTime.now(CLOCK).plusDays(7);
        fill("send:meetingDate", meeting.format(DateTimeFormatter.ofPattern("d/M/yyyy")));
        fill("send:meetingTime", "10:00");
        fill("send:meetingPlace", "Southvale Civic Centre");
        browser.findElement(By.id("send:sendButton")).click();
        wait.until(d -> textOf("requests").contains("Northmoor Police"));
    }

    /** Northmoor's police contributor answers Southvale's request from Northmoor, and sees only that request. */
    private void answerTheRequestFromSouthvale(String reviewReference) {
        open("app/index.xhtml");
        signIn("nm.agency");
        assertEquals("Northmoor Safeguarding Children Partnership", textOf("partnership-name"));
        browser.findElement(By.id("nav-agency-tasks")).click();
        WebElement fromSouthvale = waitFor("elsewhere")
                .findElement(By.xpath(".//tr[td[contains(., 'Southvale Safeguarding Children Partnership')]]"));
        fromSouthvale.findElement(By.linkText(reviewReference)).click();
        wait.until(ExpectedConditions.urlContains("from=southvale"));
        fill("entry:date", LocalDate.now(CLOCK).minusDays(9).format(DateTimeFormatter.ofPattern("d/M/yyyy")));
        fill("entry:whatHappened", "Police welfare check at the family's former Northmoor address");
        browser.findElement(By.cssSelector("input[name='entry:whySignificant'][value='PATTERN']")).click();
        browser.findElement(By.id("entry:saveEntry")).click();
        wait.until(d -> textOf("entries:entry-table").contains("Police welfare check"));
        completeSummaryAndSubmit("Welfare checks before the family moved to Southvale");
        assertTrue(browser.getCurrentUrl().contains("from=southvale"), "still answered in Southvale's request");
        signOut();
    }

    /**
     * Issue 6: the coordinator links Southvale's Rapid Review with the adults board's SAR, recording
     * who agreed and what each shares, and sees both on the board; the review's own pages stay shut.
     */
    private void linkTheRapidReviewWithTheAdultsBoardsSar(String reviewReference, String reviewAddress,
            String referralAddress) throws IOException {
        open("app/index.xhtml");
        signIn("coordinator");
        browser.findElement(By.id("nav-new-link")).click();
        // Issue 13 §4: the choosers list what a search by reference finds, both sides at once.
        fill("ref", reviewReference + " SAR-");
        browser.findElement(By.id("find")).click();
        wait.until(d -> textOf("candidates-shown").contains("found"));
        assertTrue(textOf("candidates-shown").contains("whose reference has \u201c" + reviewReference + " SAR-\u201d"),
                textOf("candidates-shown"));
        org.openqa.selenium.support.ui.Select first = new org.openqa.selenium.support.ui.Select(waitFor("link:first"));
        assertTrue(first.getOptions().stream().skip(1).allMatch(o -> o.getText().contains(reviewReference)
                || o.getText().contains(": SAR-")), "only what the search found is offered");
        first.selectByVisibleText("Southvale Safeguarding Children Partnership: " + reviewReference + " (Rapid Review)");
        browser.findElement(By.id("link:linkButton")).click();
        assertEquals("Enter who agreed for the first review's board, with their role", textOf("link:firstAgreedBy-message"));
        assertEquals(reviewReference, new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("link:first")))
                .getFirstSelectedOption().getText().replaceAll(".*: (RR-\\d{4}-\\d{4}).*", "$1"), "the choice survives");
        org.openqa.selenium.support.ui.Select second = new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("link:second")));
        String sar = second.getOptions().stream().map(WebElement::getText)
                .filter(label -> label.startsWith("Northmoor Safeguarding Adults Board: SAR-")).findFirst().orElseThrow();
        second.selectByVisibleText(sar);
        String sarReference = sar.replaceAll(".*: (SAR-\\d{4}-\\d{4}).*", "$1");
        tick("Chair or lead reviewer");
        fill("link:firstAgreedBy", "Southvale business manager, Sam Vale");
        fill("link:secondAgreedBy", "Adults board business manager, Sade Abbott");
        choose("link:lead", "A");
        choose("link:arrangement", "PARALLEL");
        browser.findElement(By.id("link:linkButton")).click();
        wait.until(d -> d.getPageSource().contains("The reviews are linked."));
        WebElement set = waitFor("links").findElement(By.cssSelector("section.linked-set"));
        List<String> references = set.findElements(By.cssSelector(".linked-reference")).stream().map(WebElement::getText)
                .toList();
        assertTrue(references.stream().anyMatch(r -> r.startsWith(reviewReference + " · Rapid Review")), references.toString());
        assertTrue(references.stream().anyMatch(r -> r.startsWith(sarReference + " · Safeguarding Adults Review")),
                references.toString());
        assertTrue(set.getText().contains("This board leads") && set.getText().contains("Southvale business manager, Sam Vale"),
                set.getText());
        screenshot("linked-reviews-board");
        // The board shows only what is shared: the review's own pages are not the coordinator's.
        for (String address : List.of(reviewAddress, referralAddress)) {
            browser.get(address);
            String heading = waitFor("main").findElement(By.tagName("h1")).getText();
            assertTrue(heading.equals("You cannot see this page") || !browser.findElements(By.id("not-found")).isEmpty(),
                    address + ": " + heading);
            assertFalse(browser.getPageSource().contains(reviewReference), address);
        }
        open("app/index.xhtml");
        signOut();
    }

    @Test
    void aCoordinatorSwitchesBetweenTheirTwoPartnerships() {
        open("app/index.xhtml");
        signIn("coordinator");
        String first = textOf("partnership-name");
        assertTrue(first.equals("Northmoor Safeguarding Adults Board")
                || first.equals("Northmoor Safeguarding Children Partnership"), first);

        String other = first.contains("Adults") ? "northmoor" : "northmoor-sab";
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("switcher:partnership")))
                .selectByValue(other);
        browser.findElement(By.id("switcher:switch")).click();

        wait.until(d -> !textOf("partnership-name").equals(first));
        assertEquals(other.equals("northmoor") ? "Northmoor Safeguarding Children Partnership"
                : "Northmoor Safeguarding Adults Board", textOf("partnership-name"));
        signOut();
    }

    /**
     * Two gates: the Jakarta security role (a panel member holds no referral role anywhere) and the
     * role in this partnership, checked by the service (a business manager may list drafts here but
     * not start a referral). Either way a clean page, no stack trace, nothing of the refused page.
     */
    @Test
    void peopleWithoutTheRoleAreNotOfferedReferralsAndAreRefusedThemByAddress() {
        open("app/index.xhtml");
        signIn("nm.panel");
        assertTrue(browser.findElements(By.id("nav-drafts")).isEmpty());
        assertTrue(browser.findElements(By.id("nav-new-referral")).isEmpty());
        assertRefused("app/referrals/drafts.xhtml");
        assertRefused("app/referrals/new.xhtml");
        open("app/index.xhtml");
        signOut();

        open("app/index.xhtml");
        signIn("nm.manager");
        assertFalse(browser.findElements(By.id("nav-drafts")).isEmpty());
        assertTrue(browser.findElements(By.id("nav-new-referral")).isEmpty());
        assertRefused("app/referrals/new.xhtml");
        open("app/referrals/drafts.xhtml");
        wait.until(ExpectedConditions.titleContains("Draft referrals"));
    }

    /**
     * The list pages read a page at a time (issue 13 §4) and the pages that warn of the calendar's
     * end (issue 12), and the partnership's public page of published reports (§8.3), pass axe's WCAG
     * 2.2 AA rules, and at 320 CSS px wide their text reflows: nothing but a data table is wider than
     * the window.
     */
    @Test
    void theListAndDeadlinePagesPassAxeAndReflowAt320Pixels() {
        open("app/index.xhtml");
        signIn("nm.manager");
        for (String page : List.of("app/index.xhtml", "app/reviews/index.xhtml", "app/referrals/inbox.xhtml",
                "app/referrals/inbox.xhtml?status=WITH_PANEL&sort=OLDEST", "app/referrals/inbox.xhtml?year=1999",
                "app/referrals/drafts.xhtml",
                "app/clocks/dashboard.xhtml", "app/settings/clocks.xhtml",
                "app/settings/kinds.xhtml?kind=rapid-review", "app/reviews/index.xhtml?kind=local-case-review&sort=OLDEST",
                "app/search.xhtml?q=RR-", "app/search.xhtml?q=x", "app/settings/thresholds.xhtml",
                "app/settings/letters.xhtml", "app/settings/rota.xhtml", "app/figures/index.xhtml",
                "app/figures/list.xhtml?key=b.opened", "app/themes/index.xhtml", "app/themes/view.xhtml?code=neglect",
                "app/learning/scrutiny.xhtml", "app/learning/annual-report.xhtml", "app/audit/index.xhtml",
                "app/settings/people.xhtml", "app/linked/new.xhtml?ref=RR-", "published/northmoor")) {
            assertPassesAxeAndReflowsAt320Pixels(page);
        }
    }

    /** The page at desktop width passes axe; at 320 CSS px nothing but a data table is wider than the window. */
    private void assertPassesAxeAndReflowsAt320Pixels(String page) {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        open(page);
        waitFor("main");
        assertNoAxeViolations(page);

        browser.manage().window().setSize(new org.openqa.selenium.Dimension(320, 800));
        Object wider = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "const width = document.documentElement.clientWidth;"
                + "return [...document.querySelectorAll('main *, header *, nav *')]"
                + ".filter(e => !e.closest('table') && e.getBoundingClientRect().right > width + 1)"
                + ".map(e => e.tagName + (e.id ? '#' + e.id : '')).slice(0, 5);");
        assertEquals(List.of(), wider, page + " at 320 CSS px");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        assertPrintsOnlyItsContent(page);
    }

    /** Printed, a page gives its heading and content, not the menu, the filters or the buttons (issue 15). */
    private void assertPrintsOnlyItsContent(String page) {
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            Object printed = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "const shown = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';"
                    + "return [...document.querySelectorAll('nav, .filters, .app-header__user, .skip-link, button,"
                    + " .button, .ui-button, input[type=submit]')].filter(shown)"
                    + ".map(e => e.tagName + (e.id ? '#' + e.id : '')).slice(0, 5)"
                    + ".concat(shown(document.querySelector('main h1')) ? [] : ['no heading']);");
            assertEquals(List.of(), printed, page + " printed");
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }


    /** axe-core's WCAG 2.2 A and AA rules over the page as it is now. */
    private void assertNoAxeViolations(String page) {
        com.deque.html.axecore.results.Results axe = new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")).analyze(browser);
        assertEquals(List.of(), axe.getViolations().stream()
                .map(v -> v.getId() + " " + v.getNodes().stream().map(n -> n.getTarget().toString()).toList())
                .toList(), page);
    }
    @Test
    void aKindOfReviewNamingWhatTheProductDoesNotKnowIsRefusedBesideItAndNothingTypedIsLost() {
        open("app/index.xhtml");
        signIn("nm.manager");
        browser.findElement(By.id("nav-kinds")).click();
        WebElement rapidReview = waitFor("kind-rapid-review");
        assertTrue(rapidReview.getText().contains("Gathering information from agencies"), rapidReview.getText());
        assertTrue(rapidReview.getText().contains("Rapid Review report to the National Panel"),
                "the clocks are named as people know them: " + rapidReview.getText());
        assertTrue(rapidReview.getText().contains("Opened by: the decision on a referral to commence a Rapid Review"),
                "the decisions that open the kind, in words (issue 13 \u00a71): " + rapidReview.getText());
        rapidReview.findElement(By.linkText("Change the definition of Rapid Review")).click();
        WebElement definition = waitFor("kindForm:definition");
        String shipped = definition.getAttribute("value");
        String edited = shipped.replace("\"to\": \"meeting\"", "\"to\": \"meeting\", \"when\": \"outcome == 'agreed'\"");
        assertNotEquals(shipped, edited, "the test's edit applies");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                definition, edited);
        browser.findElement(By.id("kindForm:reason")).sendKeys("Only when agreed");
        browser.findElement(By.id("kindForm:publish")).click();

        String message = textOf("kindForm:definition-message");
        assertTrue(message.contains("\u201cwhen\u201d is not a known key"), message);
        assertEquals(edited, browser.findElement(By.id("kindForm:definition")).getAttribute("value"),
                "what was typed is kept");
        assertEquals("Only when agreed", browser.findElement(By.id("kindForm:reason")).getAttribute("value"));
    }

    @Test
    void aBusinessManagerChangesTheRapidReviewPeriodWithALivePreview() throws IOException {
        open("app/index.xhtml");
        signIn("nm.manager");
        browser.findElement(By.id("nav-clocks")).click();
        WebElement amount = waitFor("change:amount");
        assertEquals("15", amount.getAttribute("value"));
        String fifteen = textOf("change:preview");
        assertTrue(fifteen.startsWith("With this rule, a referral received now would be due for the rapid review by"),
                fifteen);

        amount.clear();
        amount.sendKeys("20");
        wait.until(d -> !textOf("change:preview").equals(fifteen) && textOf("change:preview").contains("(20 working days)"));

        amount.clear();
        amount.sendKeys("-3");
        assertEquals("Enter a whole number of 1 or more", textOf("change:amount-message"));

        amount.clear();
        amount.sendKeys("20");
        wait.until(d -> textOf("change:preview").contains("(20 working days)"));
        browser.findElement(By.id("change:reason")).sendKeys("Partnership agreed 20 working days");
        awaitAjax();
        browser.findElement(By.id("change:save")).click();

        // The saved version, not the flash message, is the outcome (the message rides a flash cookie).
        wait.until(d -> textOf("rules:rules-version").contains("version 2"));
        assertTrue(textOf("rules").contains("20 working days"), textOf("rules"));
        assertTrue(textOf("rules:rules-version").contains("version 2"), textOf("rules:rules-version"));

        // Issue 15, §7.11: the papers' clock counts working hours; calendar hours are a choice, previewed live.
        new Select(waitFor("change:key")).selectByValue("meeting-papers");
        wait.until(d -> !d.findElements(By.id("change:unit:1")).isEmpty());
        assertTrue(browser.findElement(By.id("change:unit:1")).isSelected(), "working hours by default");
        wait.until(d -> textOf("change:preview").contains("(24 working hours)"));
        browser.findElement(By.id("change:unit:0")).click();
        wait.until(d -> textOf("change:preview").contains("(24 hours)"));
        assertNoAxeViolations("the clock rules with the choice of hours");

        Path notGovUk = Files.createTempFile("bank-holidays", ".json");
        Files.writeString(notGovUk, "{\"wales-only\": {\"events\": []}}");
        waitFor("holidays:holidayFile").sendKeys(notGovUk.toAbsolutePath().toString());
        browser.findElement(By.id("holidays:importReason")).sendKeys("Testing the import");
        browser.findElement(By.id("holidays:import")).click();
        assertEquals("Unknown division \"wales-only\": expected england-and-wales, scotland or northern-ireland",
                textOf("holidays:holidayFile-message"));
        assertEquals("Testing the import", waitFor("holidays:importReason").getAttribute("value"));
    }

    /**
     * Issue 14 §4 item 1: Southvale, like Cambridgeshire and Peterborough, counts the Rapid Review's 15
     * working days from the local authority's notification to the National Panel (§4.2 table).
     */
    private void countTheRapidReviewFromTheNotification() {
        browser.findElement(By.id("nav-clocks")).click();
        new Select(waitFor("change:key")).selectByValue("rapid-review");
        awaitAjax();
        new Select(waitFor("change:startEvent")).selectByValue("NATIONAL_PANEL_NOTIFIED");
        wait.until(d -> textOf("change:preview").contains("rapid review"));
        fill("change:reason", "We count the Rapid Review from the notification, as our partners agreed");
        awaitAjax();
        String before = textOf("rules:rules-version");
        browser.findElement(By.id("change:save")).click();
        wait.until(d -> !textOf("rules:rules-version").equals(before));
        assertTrue(textOf("rules").contains("National Panel notified"), textOf("rules"));
    }

    /**
     * On the Rapid Review opened since, the clock waits for the notification and the page says so;
     * recorded, the notification starts it, with its due date, and the page no longer waits.
     */
    private void recordTheNotificationThatStartsTheRapidReviewClock() {
        assertTrue(textOf("notice").contains("The clock rapid review has not started"), textOf("notice"));
        assertFalse(clockNames().contains("rapid review"), "no rapid review clock yet: " + clockNames());
        fill("noticeForm:sentOn", LocalDate.now(CLOCK).format(DateTimeFormatter.ofPattern("d/M/yyyy")));
        clickAndWaitForTheNextPage(By.id("noticeForm:recordNotice"));
        assertTrue(textOf("notice-status").startsWith("The local authority notified the National Panel on"),
                textOf("notice-status"));
        assertTrue(browser.findElements(By.className("notice-waiting")).isEmpty(), "nothing waits for it now");
        assertTrue(clockNames().contains("rapid review"), "the 15 working days run from the notification: "
                + clockNames());
    }

    private List<String> clockNames() {
        return browser.findElements(By.cssSelector("#clocks .clock-name")).stream().map(WebElement::getText).toList();
    }

    @Test
    void aBusinessManagerIsToldWhyAnImpossibleQuorumIsRefusedAndLosesNothingTyped() {
        open("app/index.xhtml");
        signIn("sv.manager");
        browser.findElement(By.id("nav-thresholds")).click();
        WebElement quorum = waitFor("thresholds:quorum");
        assertEquals("2", quorum.getAttribute("value"), "§7.5: two make a quorum");
        assertTrue(textOf("thresholds:panel-preview").contains("a decision needs 2 counted votes from the panel of 4"));

        quorum.clear();
        quorum.sendKeys("9");
        wait.until(d -> textOf("thresholds:panel-preview").contains("could never decide"));
        browser.findElement(By.id("thresholds:reason")).sendKeys("Panel enlarged after the 2023 guidance");
        browser.findElement(By.id("thresholds:save")).click();

        assertEquals("A quorum of 9 is larger than the panel of 4: the panel could never decide",
                textOf("thresholds:quorum-message"));
        assertRefusedFieldIsDescribedBy("thresholds:quorum", "the panel could never decide");
        assertEquals("Panel enlarged after the 2023 guidance", waitFor("thresholds:reason").getAttribute("value"),
                "what was typed is still there");
        quorum = waitFor("thresholds:quorum");
        quorum.clear();
        quorum.sendKeys("3");
        // Let the live preview's request finish before the page is submitted.
        wait.until(d -> textOf("thresholds:panel-preview").contains("needs 3 counted votes"));
        awaitAjax();
        browser.findElement(By.id("thresholds:save")).click();

        wait.until(d -> textOf("thresholds-version").contains("version 2"));
        assertTrue(textOf("thresholds-version").contains("version 2"), textOf("thresholds-version"));
        assertEquals("3", waitFor("thresholds:quorum").getAttribute("value"));

        browser.findElement(By.id("nav-deadlines")).click();
        wait.until(ExpectedConditions.titleContains("Deadlines"));
        assertTrue(browser.findElements(By.id("no-mailbox")).isEmpty(), "the demo partnership has a mailbox");
        browser.findElement(By.id("nav-help")).click();
        assertTrue(textOf("main").contains("the first working day after it is day 1"));
    }

    /**
     * Issue 13 §5 (the field tags): a refused field tells assistive technology that it is invalid, and
     * is described by what is beside it: every id it names is on the page, and together they say each
     * text expected (its message, its hint).
     */
    private void assertRefusedFieldIsDescribedBy(String fieldId, String... texts) {
        WebElement field = waitFor(fieldId);
        assertEquals("true", field.getAttribute("aria-invalid"), fieldId + " is marked invalid");
        StringBuilder described = new StringBuilder();
        for (String id : field.getAttribute("aria-describedby").trim().split("\\s+")) {
            List<WebElement> found = browser.findElements(By.id(id));
            assertFalse(found.isEmpty(), fieldId + " is described by " + id + ", which is not on the page");
            described.append(found.get(0).getText()).append(" | ");
        }
        for (String text : texts) {
            assertTrue(described.toString().contains(text), fieldId + " is described by: " + described);
        }
    }

    private String focusedElementId() {
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return document.activeElement.id;");
    }

    /** Waits until PrimeFaces has no live-preview request in flight, so a full submit is not raced by one. */
    private void awaitAjax() {
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /** Clicks what loads a new page, and waits until the old page has gone. */
    private void clickAndWaitForTheNextPage(By what) {
        WebElement element = browser.findElement(what);
        element.click();
        wait.until(d -> isGone(element));
        waitFor("main");
    }

    /**
     * Whether the element's page has gone. Chrome reports a node of a page being replaced either as
     * stale or, while the new document loads, as "not belonging to the document": both mean gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (replacedMeanwhile(e)) {
                return true;
            }
            throw e;
        }
    }

    /** Chrome's two ways of saying a node belonged to a page that has since been replaced. */
    private static boolean replacedMeanwhile(org.openqa.selenium.WebDriverException e) {
        return e instanceof org.openqa.selenium.StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    private List<String> partsOffered() {
        return new Select(waitFor("peopleForm:part")).getOptions().stream().map(WebElement::getText).toList();
    }

    private void fill(String id, String text) {
        WebElement field = waitFor(id);
        field.clear();
        field.sendKeys(text);
    }

    private void choose(String name, String value) {
        browser.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']")).click();
    }

    private void assertRefused(String page) {
        open(page);
        assertEquals("You cannot see this page", waitFor("main").findElement(By.tagName("h1")).getText(), page);
        assertFalse(browser.getPageSource().matches("(?s).*(\\.java:\\d+\\)|Caused by:).*"),
                "no stack trace is shown");
        assertTrue(browser.findElements(By.id("drafts")).isEmpty() && browser.findElements(By.id("draft")).isEmpty(),
                "nothing of the refused page is rendered");
    }

    /**
     * Issue 17, themes (§10.1, §10.3 a): the business manager tags a new referral from its page, sees
     * the theme on it, follows the theme to its records; a change to the themes without a reason is
     * refused beside the box, with the list as typed kept; each page passes axe.
     */
    @Test
    void theBusinessManagerTagsAReferralAndFollowsTheThemeToItsRecords() throws IOException {
        String[] submitted = submitReferral("Themes journey " + UUID.randomUUID(), null);
        String reference = submitted[0];
        open("app/index.xhtml");
        signIn("nm.manager");
        browser.get(submitted[1]);
        assertEquals("None yet", textOf("referral-themes-names"));
        clickAndWaitForTheNextPage(By.id("referral-themes-link"));
        waitFor("tagForm:save");
        assertTrue(textOf("no-themes").startsWith("It has no themes yet"), textOf("no-themes"));
        assertNoAxeViolations("a referral's themes");
        choose("tagForm:themes", "neglect");
        choose("tagForm:themes", "domestic-abuse");
        clickAndWaitForTheNextPage(By.id("tagForm:save"));
        assertTrue(textOf("flash").contains("Its themes were saved"), textOf("flash"));
        assertTrue(textOf("tags").contains("Neglect") && textOf("tags").contains("Domestic abuse"), textOf("tags"));
        assertTrue(browser.findElement(By.cssSelector("input[name='tagForm:themes'][value='neglect']")).isSelected());
        clickAndWaitForTheNextPage(By.id("back-to-record"));
        assertEquals("Domestic abuse, Neglect", textOf("referral-themes-names"),
                "each theme as tagged");

        browser.findElement(By.id("nav-themes")).click();
        waitFor("themes-in-use");
        assertNoAxeViolations("themes");
        String lines = waitFor("themesForm:themes").getAttribute("value");
        fill("themesForm:themes", lines + "\nOnline harm");
        browser.findElement(By.id("themesForm:change")).click();
        WebElement problem = waitFor("error-summary").findElement(By.tagName("a"));
        assertTrue(problem.getAttribute("href").endsWith("#themesForm:reason"), problem.getAttribute("href"));
        assertEquals("Say why the themes change", textOf("themesForm:reason-message"));
        assertTrue(waitFor("themesForm:themes").getAttribute("value").endsWith("Online harm"), "nothing typed is lost");
        assertNoAxeViolations("themes, a change refused");

        open("app/themes/index.xhtml");
        clickAndWaitForTheNextPage(By.id("theme-neglect"));
        WebElement row = waitFor("records").findElement(By.xpath(".//tr[td[contains(., '" + reference + "')]]"));
        assertTrue(row.getText().startsWith("Referral"), row.getText());
        assertNoAxeViolations("a theme's records");
        row.findElement(By.tagName("a")).click();
        assertEquals(reference, textOf("view-reference"));
        signOut();
    }

    /**
     * Issue 17, §9: the Independent Adviser finds last year's scrutiny of action plans in their work
     * list, is refused beside the field without findings (the conclusion chosen kept), records it, and
     * the task leaves the list; the page passes axe.
     */
    @Test
    void theIndependentAdviserRecordsLastYearsScrutinyOfActionPlans() {
        open("app/index.xhtml");
        signIn("nm.adviser");
        WebElement task = waitFor("my-tasks").findElement(By.xpath(".//tr[td[contains(., 'Scrutinise the year')]]"));
        task.findElement(By.className("task-link")).click();
        waitFor("scrutinyForm:record");
        assertNoAxeViolations("the annual scrutiny");
        choose("scrutinyForm:conclusion", "PARTLY_ASSURED");
        clickAndWaitForTheNextPage(By.id("scrutinyForm:record"));
        assertEquals("Say what you found", textOf("scrutinyForm:findings-message"));
        assertTrue(browser.findElement(By.cssSelector("input[name='scrutinyForm:conclusion'][value='PARTLY_ASSURED']"))
                .isSelected(), "nothing chosen is lost");
        fill("scrutinyForm:findings", "Two plans have yet to evidence impact");
        clickAndWaitForTheNextPage(By.id("scrutinyForm:record"));
        assertEquals("Two plans have yet to evidence impact", textOf("recorded-findings"));
        clickAndWaitForTheNextPage(By.id("nav-home"));
        assertTrue(browser.findElements(By.xpath("//tr[td[contains(., 'Scrutinise the year')]]")).isEmpty(),
                "recorded, the task leaves the list");
        signOut();
    }

    /**
     * Issue 17, §10.3: the executive opens this year's figures, follows a number to the records behind
     * it (as many as the number), is told beside the field when a year cannot be shown, and downloads
     * the pack as PDF and as a workbook; each page passes axe.
     */
    @Test
    void theExecutiveFollowsANumberToItsRecordsAndDownloadsThePack() throws IOException {
        submitReferral("Figures journey " + UUID.randomUUID(), null);
        open("app/index.xhtml");
        signIn("nm.executive");
        browser.findElement(By.id("nav-figures")).click();
        WebElement received = waitFor("figure-a-received");
        assertTrue(textOf("measure-a").contains("Referrals received"), textOf("measure-a"));
        assertNoAxeViolations("figures");
        int number = Integer.parseInt(received.getAttribute("data-number"));
        assertTrue(number >= 1, "the referral just submitted is counted");
        received.click();
        waitFor("records");
        assertEquals(String.valueOf(number), textOf("figure-number"));
        assertTrue(textOf("pages-summary").endsWith("of " + number + " records"), textOf("pages-summary"));
        assertEquals(Math.min(25, number), browser.findElements(By.cssSelector("#records tbody tr")).size());
        assertNoAxeViolations("figure list");
        browser.findElement(By.id("back-to-figures")).click();
        waitFor("figure-a-received");

        open("app/figures/index.xhtml?year=1990");
        WebElement problem = waitFor("error-summary").findElement(By.tagName("a"));
        assertTrue(problem.getAttribute("href").endsWith("#year"), problem.getAttribute("href"));
        assertTrue(textOf("year-message").startsWith("Choose a year from April 2019"), textOf("year-message"));
        assertNoAxeViolations("figures, a year refused");

        List<?> pdf = download(waitFor("pack-pdf").getAttribute("href"));
        assertEquals(List.of(200L, "application/pdf"), List.of(((Number) pdf.get(0)).longValue(), pdf.get(1)));
        List<?> workbook = download(waitFor("pack-xlsx").getAttribute("href"));
        assertEquals(200L, ((Number) workbook.get(0)).longValue());
        assertTrue(String.valueOf(workbook.get(1)).startsWith("application/vnd.openxmlformats"), workbook.toString());
        signOut();
    }

    /**
     * Issue 18, the audit trail as evidence: a panel member asks for a settings page by its address
     * and the container's role rules refuse it; the auditor finds that refusal in the trail, sees a
     * date that is not one refused beside its field with the search kept, downloads the rows as CSV
     * and checks the seals; each page passes axe.
     */
    @Test
    void theAuditorFindsARefusalInTheTrailDownloadsItAndChecksTheSeals() {
        open("app/index.xhtml");
        signIn("nm.panel");
        assertRefused("app/settings/agencies.xhtml");
        open("app/index.xhtml");
        signOut();

        open("app/index.xhtml");
        signIn("nm.auditor");
        browser.findElement(By.id("nav-audit")).click();
        waitFor("filters");
        assertNoAxeViolations("audit trail");
        fill("person", "nm.panel");
        new Select(browser.findElement(By.id("outcome"))).selectByValue("DENIED");
        clickAndWaitForTheNextPage(By.id("search"));
        assertTrue(textOf("rows").contains("/app/settings/agencies.xhtml"), "the container's refusal is audited: "
                + textOf("rows"));
        assertTrue(textOf("rows").contains("refused by the page's role rules"), textOf("rows"));
        List<?> csv = download(waitFor("export").getAttribute("href"));
        assertEquals(200L, ((Number) csv.get(0)).longValue());
        assertTrue(String.valueOf(csv.get(1)).startsWith("text/csv"), csv.toString());

        fill("from", "31/2/2026");
        clickAndWaitForTheNextPage(By.id("search"));
        WebElement problem = waitFor("error-summary").findElement(By.tagName("a"));
        assertTrue(problem.getAttribute("href").endsWith("#from"), problem.getAttribute("href"));
        assertTrue(textOf("from-message").startsWith("Enter the first day as day/month/year"), textOf("from-message"));
        assertEquals("nm.panel", browser.findElement(By.id("person")).getAttribute("value"), "the search typed is kept");
        assertEquals("31/2/2026", browser.findElement(By.id("from")).getAttribute("value"));
        assertNoAxeViolations("audit trail, a date refused");

        clickAndWaitForTheNextPage(By.id("seals:verify"));
        assertTrue(textOf("seals-intact").contains("are as they were written"), textOf("seals-intact"));

        // Issue 18: a form sent with a forged token is refused 400 with a page saying what to do, not a fault.
        List<?> forged = (List<?>) ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'},"
                        + " body: 'seals=seals&seals%3Averify=x&jakarta.faces.ViewState=forged'})"
                        + ".then(r => r.text().then(t => done([r.status, t])));",
                base.toExternalForm() + "app/audit/index.xhtml");
        assertEquals(400L, ((Number) forged.get(0)).longValue(), String.valueOf(forged.get(1)));
        assertTrue(String.valueOf(forged.get(1)).contains("Nothing was saved from that form"), String.valueOf(forged.get(1)));

        // Issue 18: every response says it may not be framed or sniffed, and a page's scripts need its nonce.
        for (String address : List.of("app/audit/index.xhtml", "app/audit/export", "published/northmoor")) {
            Map<?, ?> headers = (Map<?, ?>) ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0]).then(r => done(Object.fromEntries(r.headers.entries())));",
                    base.toExternalForm() + address);
            String policy = String.valueOf(headers.get("content-security-policy"));
            assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("object-src 'none'")
                    && policy.contains("base-uri 'self'"), address + ": " + policy);
            assertEquals("nosniff", headers.get("x-content-type-options"), address);
            assertEquals("same-origin", headers.get("referrer-policy"), address);
            assertEquals("DENY", headers.get("x-frame-options"), address);
            if (address.endsWith(".xhtml")) {
                assertTrue(policy.contains("default-src 'self'") && policy.matches("(?s).*script-src 'self' 'nonce-[^']+'.*"),
                        address + ": " + policy);
            }
        }
        signOut();
    }

    /**
     * Issue 18, running the service: the platform administrator lands on the platform's own pages,
     * sees every partnership, suspends the adults board with a reason (none is refused beside the
     * box), resumes it and suspends it again; the board's business manager is told it is suspended
     * and can sign out. The board is made active again whatever happens. Each page passes axe.
     */
    @Test
    void thePlatformAdministratorSuspendsABoardAndResumesIt() {
        open("app/index.xhtml");
        signInAndWaitFor("platform.admin", "platform-name");
        assertTrue(browser.getCurrentUrl().contains("/platform/index.xhtml"), browser.getCurrentUrl());
        assertTrue(textOf("partnerships").contains("Northmoor Safeguarding Adults Board"), textOf("partnerships"));
        assertNoAxeViolations("platform partnerships");
        // Its people and open reviews, counted in each partnership and kept as numbers (issue 18).
        clickAndWaitForTheNextPage(By.id("counts:count-now"));
        assertTrue(textOf("flash").startsWith("Counted the people and open reviews of"), textOf("flash"));
        browser.findElement(By.linkText("Northmoor Safeguarding Adults Board")).click();
        waitFor("summary");
        assertTrue(textOf("people-count").matches("[1-9]\\d*"), "its demo people: " + textOf("people-count"));
        assertTrue(textOf("open-reviews").matches("\\d+ \\(counted .*\\)"), textOf("open-reviews"));
        // Inter-board protocols (§4.3) are agreed and ended here, as data: the demo's pair is listed.
        clickAndWaitForTheNextPage(By.id("nav-protocols"));
        assertTrue(textOf("protocols").contains("Northmoor Safeguarding Adults Board"), textOf("protocols"));
        new Select(waitFor("agree:first")).selectByValue("southvale");
        new Select(waitFor("agree:second")).selectByValue("southvale");
        clickAndWaitForTheNextPage(By.id("agree:agree-protocol"));
        assertEquals("Choose two different boards: a board needs no protocol with itself", textOf("agree:second-message"));
        assertEquals("southvale", new Select(waitFor("agree:first")).getFirstSelectedOption().getAttribute("value"),
                "what was chosen is kept");
        assertNoAxeViolations("inter-board protocols, a mistake");
        new Select(waitFor("agree:second")).selectByValue("northmoor-sab");
        clickAndWaitForTheNextPage(By.id("agree:agree-protocol"));
        assertTrue(textOf("flash").contains("now look for possible links"), textOf("flash"));
        new Select(waitFor("end:protocol")).selectByValue("northmoor-sab+southvale");
        clickAndWaitForTheNextPage(By.id("end:end-protocol"));
        assertTrue(textOf("end:reason-message").startsWith("Say why the protocol ends"), textOf("end:reason-message"));
        new Select(waitFor("end:protocol")).selectByValue("northmoor-sab+southvale");
        fill("end:reason", "Browser journey: agreed only to be ended");
        clickAndWaitForTheNextPage(By.id("end:end-protocol"));
        assertTrue(textOf("flash").contains("has ended"), textOf("flash"));
        assertFalse(textOf("protocols").contains("Southvale"), textOf("protocols"));
        assertPassesAxeAndReflowsAt320Pixels("platform/protocols.xhtml");
        open("platform/tenant.xhtml?slug=northmoor-sab");
        waitFor("summary");
        try {
            clickAndWaitForTheNextPage(By.id("change:suspend"));
            assertTrue(textOf("change:reason-message").startsWith("Say why the partnership is suspended"),
                    textOf("change:reason-message"));
            assertNoAxeViolations("platform partnership, a reason refused");
            fill("change:reason", "Browser journey: suspended for a moment");
            clickAndWaitForTheNextPage(By.id("change:suspend"));
            assertEquals("Suspended", textOf("status"));
            assertTrue(textOf("acts").contains("Browser journey: suspended for a moment"), textOf("acts"));
            fill("change:reason", "Browser journey: resumed");
            clickAndWaitForTheNextPage(By.id("change:resume"));
            assertEquals("Active", textOf("status"));
            fill("change:reason", "Browser journey: suspended to see what its people see");
            clickAndWaitForTheNextPage(By.id("change:suspend"));
            assertEquals("Suspended", textOf("status"));
            signOut();

            open("app/index.xhtml");
            signInAndWaitFor("sab.manager", "error-body");
            assertEquals("This partnership is suspended", browser.findElement(By.tagName("h1")).getText());
            assertTrue(textOf("error-body").contains("Nothing has been deleted"), textOf("error-body"));
            assertNoAxeViolations("the suspended page");
            signOut();
        } finally {
            // Whatever failed above, the board is not left suspended for the other journeys.
            try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/"
                    + System.getProperty("it.db.name", "safeguarding_it"), "postgres", "");
                    java.sql.Statement statement = db.createStatement()) {
                statement.executeUpdate("UPDATE platform.tenant SET status = 'ACTIVE' WHERE slug = 'northmoor-sab'");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Issue 18, onboarding without an engineer: the platform administrator puts a partnership on the
     * service from the form (mistakes shown beside their fields, nothing typed lost); its first
     * business manager gets Keycloak's e-mail through a real SMTP server, sets a password from its link,
     * signs in and finds the new, empty partnership.
     */
    @Test
    void thePlatformAdministratorPutsAPartnershipOnTheServiceAndItsFirstBusinessManagerSignsIn() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String slug = "westmere-" + suffix;
        String name = "Westmere Safeguarding Children Partnership " + suffix;
        String manager = "wren." + suffix + "@westmere.example";
        try (SmtpInbox keycloakMail = SmtpInbox.start(Integer.getInteger("it.keycloak.smtp.port", 3026))) {
            // Opened signed out, a platform page leads to the sign-in and back (not a blank refusal).
            open("platform/index.xhtml");
            signInAndWaitFor("platform.admin", "platform-name");
            assertTrue(browser.getCurrentUrl().contains("/platform/index.xhtml"), browser.getCurrentUrl());
            clickAndWaitForTheNextPage(By.id("add-partnership"));
            fill("partnership:slug", "Westmere " + suffix);
            fill("partnership:managerEmail", "wren at westmere");
            clickAndWaitForTheNextPage(By.id("partnership:provision"));
            assertTrue(textOf("partnership:slug-message").startsWith("A short name is 2 to 41 lower-case letters"),
                    textOf("partnership:slug-message"));
            assertTrue(textOf("partnership:displayName-message").startsWith("Enter the partnership's name"));
            assertTrue(textOf("partnership:boardKind-message").startsWith("Choose the kind of board"));
            assertTrue(textOf("partnership:managerEmail-message").startsWith("Enter the business manager's e-mail"));
            assertEquals("wren at westmere", waitFor("partnership:managerEmail").getAttribute("value"),
                    "what was typed is kept");
            assertTrue(textOf("error-summary").contains("Enter the region"), textOf("error-summary"));
            assertNoAxeViolations("put a partnership on the service, with mistakes");

            fill("partnership:slug", slug);
            fill("partnership:displayName", name);
            choose("partnership:boardKind", "CHILDREN_SAFEGUARDING_PARTNERSHIP");
            fill("partnership:region", "North West");
            fill("partnership:businessUnitMailbox", "business-unit@westmere.example");
            fill("partnership:managerName", "Wren West");
            fill("partnership:managerEmail", manager);
            clickAndWaitForTheNextPage(By.id("partnership:provision"));
            assertEquals("Active", textOf("status"));
            assertTrue(textOf("manager").contains("sent an e-mail to set a password"), textOf("manager"));
            assertTrue(textOf("flash").contains(name + " is on the service"), textOf("flash"));
            assertNoAxeViolations("the new partnership's page");
            for (String page : List.of("platform/index.xhtml", "platform/new.xhtml", "platform/tenant.xhtml?slug=" + slug)) {
                assertPassesAxeAndReflowsAt320Pixels(page);
            }
            signOut();

            setPasswordFrom(keycloakMail.invitationLinkFor(manager), "Westmere-2026!");
            open("app/index.xhtml");
            signInWith(manager, "Westmere-2026!");
            assertEquals(name, textOf("partnership-name"), "the new business manager signs in to the new partnership");

            // The business manager gives a colleague a role; the colleague is invited and signs in.
            String colleague = "kit." + suffix + "@westmere.example";
            clickAndWaitForTheNextPage(By.id("nav-people"));
            assertTrue(textOf("people").contains(manager), textOf("people"));
            clickAndWaitForTheNextPage(By.id("giveForm:give"));
            assertTrue(textOf("giveForm:email-message").startsWith("Enter the person's e-mail address"),
                    textOf("giveForm:email-message"));
            fill("giveForm:fullName", "Kit Colleague");
            fill("giveForm:email", colleague);
            new Select(waitFor("giveForm:role")).selectByVisibleText("Reviewer");
            clickAndWaitForTheNextPage(By.id("giveForm:give"));
            assertTrue(textOf("people").contains(colleague), textOf("people"));
            assertTrue(textOf("flash").contains("An e-mail to set a password was sent to " + colleague),
                    textOf("flash"));
            assertNoAxeViolations("people and their roles");
            signOut();

            setPasswordFrom(keycloakMail.invitationLinkFor(colleague), "Colleague-2026!");
            open("app/index.xhtml");
            signInWith(colleague, "Colleague-2026!");
            assertEquals(name, textOf("partnership-name"), "the colleague signs in to the partnership");
            signOut();

            // The partnership leaves the service: archived until a retention date, which must be a date.
            open("platform/tenant.xhtml?slug=" + slug);
            signInAndWaitFor("platform.admin", "archive:retainUntil");
            fill("archive:retainUntil", "31/2/2040");
            clickAndWaitForTheNextPage(By.id("archive:archive-partnership"));
            assertTrue(textOf("archive:retainUntil-message").startsWith("Enter the date as day, month and year"),
                    textOf("archive:retainUntil-message"));
            assertEquals("31/2/2040", waitFor("archive:retainUntil").getAttribute("value"), "what was typed is kept");
            assertNoAxeViolations("archiving a partnership, a date refused");
            fill("archive:archiveReason", "Browser journey: merged into the county partnership");
            // Ten years from the product's day, so the journey passes whatever day it runs on.
            java.time.LocalDate keptUntil = java.time.LocalDate.now(CLOCK).plusYears(10);
            fill("archive:retainUntil", keptUntil.format(java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy")));
            clickAndWaitForTheNextPage(By.id("archive:archive-partnership"));
            assertEquals("Archived", textOf("status"));
            String shown = keptUntil.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK));
            assertTrue(textOf("retain-until").contains(shown), textOf("retain-until"));
            signOut();
        }
    }

    /**
     * Issue 18, session limits: the business manager sets how long the partnership's people stay
     * signed in (a mistake refused beside its field, what was typed kept). A session idle past the
     * limit is ended at the next page, at Keycloak too, and the signed-out page says why; near the
     * longest session a dialog warns (no way to put it off), and at the end the page signs itself out
     * and says why; an idle warning's "Stay signed in" keeps the person signed in.
     */
    @Test
    void aSessionEndsAtThePartnershipsLimitsAndThePersonIsToldWhy() {
        open("app/index.xhtml");
        signIn("sv.manager");
        clickAndWaitForTheNextPage(By.id("nav-people"));
        fill("sessionsForm:idleMinutes", "4");
        clickAndWaitForTheNextPage(By.id("sessionsForm:saveSessions"));
        assertEquals("The time without activity must be between 5 and 60 minutes",
                textOf("sessionsForm:idleMinutes-message"));
        assertEquals("4", waitFor("sessionsForm:idleMinutes").getAttribute("value"), "what was typed is kept");
        assertTrue(textOf("error-summary").contains("between 5 and 60 minutes"), textOf("error-summary"));
        assertNoAxeViolations("how long people stay signed in, with a mistake");
        fill("sessionsForm:idleMinutes", "20");
        fill("sessionsForm:absoluteHours", "9");
        clickAndWaitForTheNextPage(By.id("sessionsForm:saveSessions"));
        assertTrue(textOf("flash").contains("How long people stay signed in was saved"), textOf("flash"));
        assertTrue(textOf("sessions-set").startsWith("Set by sv.manager"), textOf("sessions-set"));

        // Idle for longer than the partnership's 20 minutes: the next page ends the session at both ends.
        open("it/session-ageing?idleSecondsEarlier=" + (20 * 60 + 5));
        open("app/index.xhtml");
        assertTrue(textOf("signed-out-reason").startsWith("We signed you out because you had not used"),
                textOf("signed-out-reason"));
        assertNoAxeViolations("signed out after a time without activity");
        open("app/index.xhtml");
        waitFor("username");
        assertTrue(browser.getCurrentUrl().contains("/realms/safeguarding/"),
                "Keycloak's session ended too: signing in again is asked, not done silently");

        // Near the longest session (9 hours here) the page warns, offers no way to put it off, and signs out.
        signIn("sv.manager");
        open("it/session-ageing?signedInSecondsEarlier=" + (9 * 3600 - 25));
        open("app/index.xhtml");
        WebElement warning = waitFor("session-warning");
        assertTrue(textOf("session-warning-text").contains("signed in for as long as your partnership allows"),
                textOf("session-warning-text"));
        assertTrue(waitFor("carry-on").isDisplayed());
        assertFalse(browser.findElement(By.id("stay-signed-in")).isDisplayed(), "the longest session cannot be put off");
        assertNoAxeViolations("the warning before the longest session ends");
        assertTrue(warning.isDisplayed());
        assertTrue(textOf("signed-out-reason").startsWith("We signed you out because you had been signed in for longer"),
                textOf("signed-out-reason"));

        // An idle warning: "Stay signed in" asks the server, closes the dialog and keeps the person signed in.
        open("app/index.xhtml");
        signIn("sv.manager");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('session-warning').showModal();");
        assertTrue(textOf("session-warning-text").contains("because you have not used the service for a while"),
                textOf("session-warning-text"));
        waitFor("stay-signed-in").click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("session-warning")));
        clickAndWaitForTheNextPage(By.id("nav-people"));
        assertTrue(browser.getCurrentUrl().contains("/app/settings/people.xhtml"), "still signed in: "
                + browser.getCurrentUrl());
        fill("sessionsForm:idleMinutes", "30");
        fill("sessionsForm:absoluteHours", "10");
        clickAndWaitForTheNextPage(By.id("sessionsForm:saveSessions"));
        assertTrue(textOf("flash").contains("was saved"), textOf("flash"));
        signOut();
    }

    /**
     * Issue 18: signing out elsewhere (here an administrator at Keycloak) ends the session in the
     * product through Keycloak's back-channel logout: the next page asks for a sign-in rather than
     * showing the partnership, and signing in again starts afresh.
     */
    @Test
    void signingOutAtKeycloakEndsTheSessionHere() throws Exception {
        open("app/index.xhtml");
        signIn("sv.referrer");
        open("app/index.xhtml");
        waitFor("partnership-name");
        assertFalse(browser.getCurrentUrl().contains("/realms/"), "signed in, the product is shown without Keycloak");

        KeycloakSignOut.everywhere("sv.referrer");

        open("app/index.xhtml");
        waitFor("username");
        assertTrue(browser.getCurrentUrl().contains("/realms/safeguarding/"), browser.getCurrentUrl());
        signIn("sv.referrer");
        signOut();
    }

    /** Keycloak's pages from the invitation's link: (a confirmation, then) the new password twice. */
    private void setPasswordFrom(String link, String password) {
        browser.get(link);
        wait.until(d -> !d.findElements(By.id("password-new")).isEmpty()
                || !d.findElements(By.partialLinkText("proceed")).isEmpty());
        if (browser.findElements(By.id("password-new")).isEmpty()) {
            browser.findElement(By.partialLinkText("proceed")).click();
        }
        waitFor("password-new").sendKeys(password);
        browser.findElement(By.id("password-confirm")).sendKeys(password);
        WebElement save = browser.findElement(By.cssSelector("input[type=submit],button[type=submit]"));
        save.click();
        wait.until(d -> isGone(save));
    }

    private void signInWith(String email, String password) {
        waitFor("username").sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
    }

    /** Keycloak's page, then the first page the product shows this person: {@code landsOn} is an id on it. */
    private void signInAndWaitFor(String username, String landsOn) {
        waitFor("username").sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        waitFor(landsOn);
    }

    private void open(String path) {
        browser.get(base.toExternalForm() + path);
    }

    /** Keycloak's own login page: the realm has no organisations, so it is one page. */
    private void signIn(String username) {
        waitFor("username").sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        waitFor("partnership-name");
    }

    private void signOut() {
        browser.findElement(By.id("sign-out")).click();
        waitFor("signed-out");
    }

    /**
     * The element once visible. If it never shows, the failure says where the browser was and what
     * the page said: the test's one line in a CI log is then enough to tell a refusal, an error page or
     * a lost message apart.
     */
    private WebElement waitFor(String id) {
        try {
            // Found on the page being replaced, the element can vanish while Chrome checks it: look again.
            return wait.until(d -> {
                try {
                    return ExpectedConditions.visibilityOfElementLocated(By.id(id)).apply(d);
                } catch (org.openqa.selenium.WebDriverException e) {
                    if (replacedMeanwhile(e)) {
                        return null;
                    }
                    throw e;
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("No visible #" + id + " within 30 s; the browser is at " + whereTheBrowserIs(), e);
        }
    }

    /** The page's address and title and the start of its main text, on one line. */
    private String whereTheBrowserIs() {
        try {
            String main = browser.findElements(By.tagName("main")).stream().findFirst().map(WebElement::getText)
                    .orElseGet(() -> browser.findElement(By.tagName("body")).getText());
            String text = main.replaceAll("\\s+", " ").strip();
            return browser.getCurrentUrl() + " \"" + browser.getTitle() + "\": "
                    + (text.length() > 600 ? text.substring(0, 600) + "..." : text);
        } catch (org.openqa.selenium.WebDriverException e) {
            return browser.getCurrentUrl() + " (its text could not be read: " + e.getClass().getSimpleName() + ")";
        }
    }

    /** The element's text, looked for again if the page replaced it between finding and reading. */
    private String textOf(String id) {
        return wait.until(d -> {
            try {
                return waitFor(id).getText().strip();
            } catch (org.openqa.selenium.WebDriverException e) {
                if (replacedMeanwhile(e)) {
                    return null;
                }
                throw e;
            }
        });
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}

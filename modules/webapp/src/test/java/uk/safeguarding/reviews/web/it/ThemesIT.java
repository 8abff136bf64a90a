package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguarding.reviews.web.it.TestTenants.as;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguarding.reviews.audit.AuditOutcome;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.figures.application.ExecutiveFigures;
import uk.safeguarding.reviews.figures.application.YearOfFigures;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.ProductClock;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.kernel.figures.Figure;
import uk.safeguarding.reviews.kernel.figures.FigureRecord;
import uk.safeguarding.reviews.rapidreview.application.RapidReviewMeetings;
import uk.safeguarding.reviews.rapidreview.domain.RapidReviewMeeting;
import uk.safeguarding.reviews.rapidreview.domain.Recommendation;
import uk.safeguarding.reviews.referral.application.ReferralService;
import uk.safeguarding.reviews.referral.application.RepeatIncidence;
import uk.safeguarding.reviews.review.application.ReviewService;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;
import uk.safeguarding.reviews.themes.application.RecordThemes;
import uk.safeguarding.reviews.themes.application.ThemeLine;
import uk.safeguarding.reviews.themes.application.ThemeRecords;
import uk.safeguarding.reviews.themes.application.ThemeTags;
import uk.safeguarding.reviews.themes.application.ThemeTaxonomy;
import uk.safeguarding.reviews.themes.application.ThemesView;

/**
 * Issue 17, themes (§10.1, §10.3 a) and repeat incidence (§10.3 i), against PostgreSQL: the taxonomy
 * versioned with a reason, a retired theme kept readable on the records tagged with it; tags seen by
 * whoever may open the record and set by those who decide on it; a theme's page listing only what the
 * person may open; nothing of another partnership, each refusal audited; the executive's figures by
 * theme and the judgements of repeat incidence, every number opening a list as long.
 */
@ExtendWith(ArquillianExtension.class)
class ThemesIT {

    private static final Clock CLOCK = ProductClock.configured();

    private static final Caller MANAGER = new Caller("th.manager", "Mo Manager", Set.of(Role.BUSINESS_MANAGER));
    private static final Caller PANEL = new Caller("th.panel", "Pam Panel", Set.of(Role.PANEL_MEMBER));
    private static final Caller EXECUTIVE = new Caller("th.executive", "Eve Executive", Set.of(Role.EXECUTIVE));
    private static final Caller REVIEWER = new Caller("th.reviewer", "Rae Reviewer", Set.of(Role.REVIEWER));
    /** Who submits CaseFixtures' referrals. */
    private static final Caller REFERRER = TestTenants.referrer("fixture.referrer");

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestHelpers();
    }

    @Inject
    private TestTenants tenants;

    @Inject
    private CaseFixtures cases;

    @Inject
    private ThemeTaxonomy taxonomy;

    @Inject
    private ThemeTags tags;

    @Inject
    private RepeatIncidence repeats;

    @Inject
    private ExecutiveFigures figures;

    @Inject
    private ReviewService reviews;

    @Inject
    private ReferralService referrals;

    @Inject
    private RapidReviewMeetings meetings;

    @Inject
    private AuditTrail audit;

    @Inject
    private uk.safeguarding.reviews.practicereview.application.LearningReports learningReports;

    @Test
    void theTaxonomyIsVersionedWithAReasonAndARetiredThemeStaysOnTheRecordsTaggedWithIt() {
        ActiveTenant here = tenants.provision("it-themes-taxonomy");
        ThemesView shipped = as(here, PANEL, () -> taxonomy.overview());
        assertEquals(23, shipped.inUse().size(), "the children in need census categories");
        assertEquals("Alcohol misuse", shipped.inUse().get(0).label());
        assertEquals(1, shipped.versions().size());
        assertFalse(shipped.mayChange(), "only the business manager changes the themes");

        String referral = cases.submittedReferral(here, null, null);
        RecordThemes tagged = as(here, PANEL, () -> tags.set("referral", referral, List.of("neglect", "self-harm")));
        assertEquals(List.of("Neglect", "Self-harm"), labels(tagged));
        assertEquals("Pam Panel", tagged.tags().get(0).taggedBy());

        // Version 2: Self-harm retired, Online harm added, with a reason.
        String lines = shipped.lines().replace("Self-harm\n", "") + "\nOnline harm";
        assertEquals("reason", assertThrows(InvalidFieldException.class, () -> as(here, MANAGER,
                () -> taxonomy.change(lines, " "))).field());
        assertEquals("themes", assertThrows(InvalidFieldException.class, () -> as(here, MANAGER,
                () -> taxonomy.change("Neglect\nneglect", "Tidying"))).field(), "one theme listed twice");
        assertEquals("themes", assertThrows(InvalidFieldException.class, () -> as(here, MANAGER,
                () -> taxonomy.change("\n ", "Tidying"))).field());
        assertThrows(AccessDeniedException.class, () -> as(here, PANEL, () -> taxonomy.change(lines, "Tidying")));
        ThemesView revised = as(here, MANAGER, () -> taxonomy.change(lines, "The Panel's themes of 2026"));
        assertEquals(2, revised.versions().get(0).number());
        assertEquals("added Online harm; retired Self-harm", revised.versions().get(0).summary());
        assertEquals(List.of("self-harm"), revised.retired().stream().map(ThemeLine::code).toList());
        assertTrue(revised.inUse().stream().anyMatch(t -> t.code().equals("online-harm")));

        RecordThemes kept = as(here, MANAGER, () -> tags.of("referral", referral));
        assertEquals(List.of("Neglect", "Self-harm"), labels(kept), "old tags stay readable");
        assertTrue(kept.tags().get(1).retired());
        assertTrue(kept.offered().stream().anyMatch(t -> t.code().equals("self-harm")), "it may still be taken off");

        String other = cases.submittedReferral(here, null, null);
        assertEquals("themes", assertThrows(InvalidFieldException.class, () -> as(here, MANAGER,
                () -> tags.set("referral", other, List.of("self-harm")))).field(), "a retired theme is not given anew");
        assertEquals("themes", assertThrows(InvalidFieldException.class, () -> as(here, MANAGER,
                () -> tags.set("referral", other, List.of("made-up")))).field());

        // Taking a theme off leaves the other with who tagged it and when.
        RecordThemes fewer = as(here, MANAGER, () -> tags.set("referral", referral, List.of("neglect")));
        assertEquals(List.of("Neglect"), labels(fewer));
        assertEquals("Pam Panel", fewer.tags().get(0).taggedBy());
        List<String> trail = as(here, MANAGER, () -> audit.historyOf("referral", referral)).stream()
                .map(e -> e.detail()).filter(d -> d != null && d.startsWith("themes of")).toList();
        assertEquals(2, trail.size(), trail.toString());
        assertTrue(trail.get(0).endsWith("removed Self-harm"), "the newest first: " + trail);
        assertTrue(as(here, MANAGER, () -> audit.historyOf(ThemeTaxonomy.RECORD_TYPE, "2")).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.ALLOWED && e.actor().equals(MANAGER.username())));
    }

    @Test
    void onlyWhoeverMayOpenARecordSeesItsThemesAndOnlyThoseWhoDecideTagIt() {
        ActiveTenant here = tenants.provision("it-themes-access");
        ActiveTenant there = tenants.provision("it-themes-access-b");
        String review = cases.rapidReviewOf(here, MANAGER, cases.submittedReferral(here, null, null));
        String referral = as(here, MANAGER, () -> reviews.view(review).referralId());
        as(here, MANAGER, () -> tags.set("review", review, List.of("domestic-abuse")));
        as(here, PANEL, () -> tags.set("referral", referral, List.of("domestic-abuse")));

        // The referrer sees their referral's themes but does not tag it.
        RecordThemes seenByReferrer = as(here, REFERRER, () -> tags.of("referral", referral));
        assertFalse(seenByReferrer.mayTag());
        assertThrows(RecordNotFoundException.class, () -> as(here, REFERRER,
                () -> tags.set("referral", referral, List.of("neglect"))));
        // A reviewer not named on the review finds nothing of it, nor of its themes.
        assertThrows(RecordNotFoundException.class, () -> as(here, REVIEWER, () -> tags.of("review", review)));
        assertThrows(RecordNotFoundException.class, () -> as(here, REVIEWER,
                () -> tags.set("review", review, List.of("neglect"))));
        assertThrows(RecordNotFoundException.class, () -> as(here, MANAGER, () -> tags.of("nonsense", review)));

        // The theme's page: the manager sees both records; the reviewer neither.
        ThemeRecords forManager = as(here, MANAGER, () -> tags.records("domestic-abuse", 1));
        assertEquals(Set.of("Referral", "Review"), forManager.records().items().stream()
                .map(ThemeRecords.Tagged::what).collect(Collectors.toSet()));
        assertEquals(2, forManager.records().total());
        assertEquals(0, as(here, REVIEWER, () -> tags.records("domestic-abuse", 1)).records().total());
        assertThrows(RecordNotFoundException.class, () -> as(here, MANAGER, () -> tags.records("made-up", 1)));

        // Another partnership's people get nothing, and each attempt is in their own trail.
        assertThrows(RecordNotFoundException.class, () -> as(there, MANAGER, () -> tags.of("referral", referral)));
        assertThrows(RecordNotFoundException.class, () -> as(there, MANAGER,
                () -> tags.set("review", review, List.of("neglect"))));
        assertEquals(0, as(there, MANAGER, () -> tags.records("domestic-abuse", 1)).records().total());
        assertTrue(as(there, MANAGER, () -> audit.historyOf("referral", referral)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED && e.actor().equals(MANAGER.username())));
        assertTrue(as(there, MANAGER, () -> audit.historyOf("review", review)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED && e.actor().equals(MANAGER.username())));
        assertEquals(1, as(here, MANAGER, () -> tags.of("review", review)).tags().size(), "theirs untouched");
    }

    @Test
    void referralsAreCountedByThemeAndJudgedForRepeatIncidenceAgainstCompletedReviews() {
        ActiveTenant here = tenants.provision("it-themes-figures");
        ActiveTenant there = tenants.provision("it-themes-figures-b");
        LocalDate today = LocalDate.now(CLOCK.withZone(ProductClock.UK));

        // A Rapid Review completed (the National Panel answered), tagged Neglect, as was its own referral.
        String completed = cases.settledRapidReview(here, MANAGER, Recommendation.CHILD_SAFEGUARDING_PRACTICE_REVIEW);
        as(here, MANAGER, () -> meetings.recordReportSent(completed, RapidReviewMeeting.SentBy.NATIONAL_PANEL_PORTAL,
                null));
        as(here, MANAGER, () -> meetings.recordPanelResponse(completed, today, true, null));
        String completedReferral = as(here, MANAGER, () -> reviews.view(completed).referralId());
        as(here, MANAGER, () -> tags.set("review", completed, List.of("neglect")));
        as(here, MANAGER, () -> tags.set("referral", completedReferral, List.of("neglect")));
        // An open review also tagged Neglect: not completed, so not compared.
        String open = cases.rapidReviewOf(here, MANAGER, cases.submittedReferral(here, null, null));
        as(here, MANAGER, () -> tags.set("review", open, List.of("neglect")));

        String repeat = cases.submittedReferral(here, null, null);
        String different = cases.submittedReferral(here, null, null);
        String untagged = cases.submittedReferral(here, null, null);
        as(here, PANEL, () -> tags.set("referral", repeat, List.of("neglect", "domestic-abuse")));
        as(here, PANEL, () -> tags.set("referral", different, List.of("domestic-abuse")));

        RepeatIncidence.RepeatView before = as(here, PANEL, () -> repeats.of(repeat));
        assertEquals(1, before.candidates().size(), "the completed review only");
        RepeatIncidence.Candidate candidate = before.candidates().get(0);
        assertEquals(completed, candidate.reviewId());
        assertEquals(List.of("Neglect"), candidate.sharedThemes());
        assertNull(candidate.judgement());
        assertTrue(as(here, PANEL, () -> repeats.of(completedReferral)).candidates().isEmpty(), "not its own review");
        assertTrue(as(here, PANEL, () -> repeats.of(different)).candidates().isEmpty());

        assertEquals("same", assertThrows(InvalidFieldException.class, () -> as(here, PANEL,
                () -> repeats.judge(repeat, completed, null, "Same pattern"))).field());
        assertEquals("reasoning", assertThrows(InvalidFieldException.class, () -> as(here, PANEL,
                () -> repeats.judge(repeat, completed, true, " "))).field());
        assertThrows(RecordNotFoundException.class, () -> as(here, PANEL, () -> repeats.judge(repeat, open, true,
                "Open reviews are not compared")));
        assertThrows(AccessDeniedException.class, () -> as(here, REFERRER, () -> repeats.of(repeat)));
        assertThrows(RecordNotFoundException.class, () -> as(there, MANAGER, () -> repeats.of(repeat)));
        as(here, PANEL, () -> repeats.judge(repeat, completed, false, "Different carers"));
        RepeatIncidence.RepeatView judged = as(here, PANEL, () -> repeats.judge(repeat, completed, true,
                "The same unsupervised contact the review found, again"));
        assertTrue(judged.candidates().get(0).judgement().sameCircumstances(), "the newest judgement stands");
        assertTrue(as(here, MANAGER, () -> audit.historyOf("referral", repeat)).stream()
                .anyMatch(e -> e.detail() != null && e.detail().startsWith("repeat incidence")
                        && e.actor().equals(PANEL.username())));

        YearOfFigures year = as(here, EXECUTIVE, () -> figures.ofYear(null));
        String repeatRef = referralRef(here, repeat);
        String differentRef = referralRef(here, different);
        String completedRef = referralRef(here, completedReferral);
        assertEquals(Set.of(repeatRef, completedRef), references(year, "a.theme.neglect"));
        assertEquals(Set.of(repeatRef, differentRef), references(year, "a.theme.domestic-abuse"));
        assertTrue(references(year, "a.theme.none").contains(referralRef(here, untagged)));
        assertEquals("a.received", year.figure("a.theme.neglect").orElseThrow().partOf());
        assertFalse(year.figure("a.theme.self-harm").isPresent(), "a theme no referral carries is not listed");
        assertEquals(Set.of(repeatRef), references(year, "i.sharing"));
        assertEquals(Set.of(repeatRef), references(year, "i.judged"));
        assertEquals(Set.of(repeatRef), references(year, "i.same"));
        assertEquals("i.judged", year.figure("i.same").orElseThrow().partOf());
        for (String key : List.of("a.theme.neglect", "a.theme.domestic-abuse", "a.theme.none", "i.sharing", "i.judged",
                "i.same")) {
            ExecutiveFigures.FigureList list = as(here, EXECUTIVE, () -> figures.list(null, key));
            assertEquals(year.figure(key).orElseThrow().number(), list.figure().records().size(), key);
        }

        YearOfFigures theirs = as(there, EXECUTIVE, () -> figures.ofYear(null));
        assertFalse(theirs.figure("a.theme.neglect").isPresent());
        assertEquals(0, theirs.figure("i.sharing").map(Figure::number).orElse(0));
    }

    @Test
    void aReviewsRecommendationsAndActionsCarryThemesTaggedByTheBusinessUnit() {
        ActiveTenant here = tenants.provision("it-themes-recommendations");
        ActiveTenant there = tenants.provision("it-themes-recommendations-b");
        LocalDate today = LocalDate.now(CLOCK.withZone(ProductClock.UK));
        String local = cases.localCaseReviewOf(here, MANAGER, cases.submittedReferral(here, null, null));
        uk.safeguarding.reviews.practicereview.application.ReportForm report =
                new uk.safeguarding.reviews.practicereview.application.ReportForm();
        report.setFindings("Police call-outs to the home were not shared with the health visitor.");
        report.setRecommendations("Share police call-outs with health visitors");
        report.setAgreedBy("The review group");
        report.setAgreedOn(today);
        report.attachReport("report.pdf", "%PDF-1.4 the report".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        as(here, MANAGER, () -> learningReports.agree(local, report));
        String recommendation = local + ":1";

        RecordThemes tagged = as(here, MANAGER, () -> tags.set("recommendation", recommendation,
                List.of("domestic-abuse")));
        assertEquals(List.of("Domestic abuse"), labels(tagged));
        assertEquals(reference(here, local) + " recommendation 1", tagged.record().reference());
        assertFalse(as(here, PANEL, () -> tags.of("recommendation", recommendation)).mayTag(), "the business unit's");
        assertThrows(AccessDeniedException.class, () -> as(here, PANEL, () -> tags.set("recommendation",
                recommendation, List.of("neglect"))));
        assertThrows(RecordNotFoundException.class, () -> as(here, MANAGER, () -> tags.of("recommendation",
                local + ":2")), "the report has one recommendation");
        assertThrows(RecordNotFoundException.class, () -> as(there, MANAGER, () -> tags.of("recommendation",
                recommendation)));
        assertEquals(List.of("Recommendation"), as(here, MANAGER, () -> tags.records("domestic-abuse", 1)).records()
                .items().stream().map(ThemeRecords.Tagged::what).toList());
    }

    private String reference(ActiveTenant partnership, String reviewId) {
        return as(partnership, MANAGER, () -> reviews.view(reviewId).reference());
    }

    private static List<String> labels(RecordThemes themes) {
        return new ArrayList<>(themes.tags().stream().map(RecordThemes.Tag::label).toList());
    }

    private static Set<String> references(YearOfFigures year, String key) {
        return year.figure(key).orElseThrow(() -> new AssertionError("no figure " + key)).records().stream()
                .map(FigureRecord::reference).collect(Collectors.toSet());
    }

    private String referralRef(ActiveTenant partnership, String referralId) {
        return as(partnership, MANAGER, () -> referrals.detail(referralId).reference());
    }
}

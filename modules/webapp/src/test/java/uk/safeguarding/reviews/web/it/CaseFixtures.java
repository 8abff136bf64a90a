package uk.safeguarding.reviews.web.it;

import static uk.safeguarding.reviews.web.it.TestTenants.as;
import static uk.safeguarding.reviews.web.it.TestTenants.referrer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import uk.safeguarding.reviews.kernel.ProductClock;
import uk.safeguarding.reviews.agencies.application.AgencyForm;
import uk.safeguarding.reviews.agencies.application.AgencyService;
import uk.safeguarding.reviews.agencies.application.AgencyView;
import uk.safeguarding.reviews.agencies.application.ContactForm;
import uk.safeguarding.reviews.agencies.domain.AgencyKind;
import uk.safeguarding.reviews.chronology.domain.SignificanceReason;
import uk.safeguarding.reviews.clocks.application.ClockRuleChangeForm;
import uk.safeguarding.reviews.clocks.domain.StartEvent;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.rapidreview.application.AttendeeForm;
import uk.safeguarding.reviews.rapidreview.application.EntryForm;
import uk.safeguarding.reviews.rapidreview.application.InformationRequests;
import uk.safeguarding.reviews.rapidreview.application.RapidReviewMeetings;
import uk.safeguarding.reviews.rapidreview.application.SendRequestsForm;
import uk.safeguarding.reviews.rapidreview.domain.Recommendation;
import uk.safeguarding.reviews.rapidreview.domain.AgencySummary;
import uk.safeguarding.reviews.rapidreview.domain.CaseDiscussionNotes;
import uk.safeguarding.reviews.referral.application.DraftReferralForm;
import uk.safeguarding.reviews.referral.application.ReferralDecisions;
import uk.safeguarding.reviews.referral.application.ReferralService;
import uk.safeguarding.reviews.referral.application.VoteForm;
import uk.safeguarding.reviews.referral.domain.PanelOutcome;
import uk.safeguarding.reviews.referral.domain.content.ExampleReferrals;
import uk.safeguarding.reviews.referral.domain.content.ReferralContent;
import uk.safeguarding.reviews.referral.domain.content.ReferralStep;
import uk.safeguarding.reviews.review.application.AssignmentForm;
import uk.safeguarding.reviews.review.application.AssignmentView;
import uk.safeguarding.reviews.review.application.ReviewAssignments;
import uk.safeguarding.reviews.review.domain.ReviewPart;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;
import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Cases made through the real services, as a referrer and a business manager would: referrals, Rapid Reviews, agencies. */
@ApplicationScoped
public class CaseFixtures {

    /** The product's clock: bin/test --date moves it for this JVM and the test server alike. */
    private static final Clock CLOCK = ProductClock.configured();

    @Inject
    private ReferralService referrals;

    @Inject
    private ReferralDecisions decisions;

    @Inject
    private AgencyService agencies;

    @Inject
    private ReviewAssignments assignments;

    @Inject
    private InformationRequests informationRequests;

    @Inject
    private RapidReviewMeetings meetings;

    @Inject
    private uk.safeguarding.reviews.practicereview.application.LearningReports learningReports;

    @Inject
    private uk.safeguarding.reviews.learning.application.ActionPlans actionPlans;

    @Resource(lookup = "jdbc/safeguarding")
    private DataSource database;

    /**
     * Moves the review's opening {@code days} into the past, as if it had opened then: the product's
     * clock only runs forward, and a review's later steps (a report agreed, a copy sent a week before
     * publication) are dated from its opening.
     */
    public void openedDaysAgo(ActiveTenant partnership, String reviewId, int days) {
        try (Connection connection = database.getConnection(); PreparedStatement update = connection.prepareStatement(
                "UPDATE " + partnership.schemaName() + ".review SET opened_at = opened_at - make_interval(days => ?)"
                        + " WHERE id = ?")) {
            update.setInt(1, days);
            update.setString(2, reviewId);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("No review " + reviewId + " in " + partnership.slug());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Moves the day the review's report was agreed {@code days} back, as if the review group had
     * agreed it then: what publication counts from (§8.3), which a test cannot wait for.
     */
    public void reportAgreedDaysAgo(ActiveTenant partnership, String reviewId, int days) {
        try (Connection connection = database.getConnection(); PreparedStatement update = connection.prepareStatement(
                "UPDATE " + partnership.schemaName() + ".learning_report SET agreed_on = agreed_on - ?"
                        + " WHERE review_id = ?")) {
            update.setInt(1, days);
            update.setString(2, reviewId);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("No agreed report of " + reviewId + " in " + partnership.slug());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The partnership's Independent Adviser, who endorses a Rapid Review's outcome (§7.12). */
    public static final Caller ADVISER = new Caller("fixture.adviser", "Ira Adviser", Set.of(Role.INDEPENDENT_ADVISER));

    /** The Practice Review Sub-Group's chair, who chooses each review's chair (§7.6). */
    public static final Caller PRSG_CHAIR = new Caller("fixture.prsg", "Priya Sub-Group-Chair", Set.of(Role.PRSG_CHAIR));

    /** A complete referral (ExampleReferrals) about the named child, submitted; returns its id. */
    public String submittedReferral(ActiveTenant partnership, String childName, LocalDate born) {
        Caller referrer = referrer("fixture.referrer");
        DraftReferralForm draft = new DraftReferralForm();
        draft.setChildInitials("JS");
        draft.setIncidentDate(LocalDate.now(CLOCK).minusDays(3));
        draft.setSummary("Child admitted with injuries");
        String id = as(partnership, referrer, () -> referrals.startDraft(draft));
        ReferralContent content = ExampleReferrals.complete(LocalDate.now(CLOCK),
                as(partnership, referrer, () -> referrals.content(id)).getCriteria());
        if (childName != null) {
            content.getChildren().get(0).setName(childName);
            content.getChildren().get(0).setDateOfBirth(born);
        }
        as(partnership, referrer, () -> referrals.saveStep(id, ReferralStep.NOTIFICATIONS, content));
        as(partnership, referrer, () -> referrals.submit(id));
        return id;
    }

    /** The business manager commences a Rapid Review at once (§7.5); returns the review's id. */
    public String rapidReviewOf(ActiveTenant partnership, Caller manager, String referralId) {
        as(partnership, manager, () -> {
            decisions.commenceRapidReviewAtOnce(referralId, "Child seriously harmed; abuse suspected");
            return null;
        });
        return as(partnership, manager, () -> referrals.detail(referralId)).reviewId();
    }

    /** The Virtual Panel decides on a local case review (§7.5, two counted votes); returns the review's id. */
    public String localCaseReviewOf(ActiveTenant partnership, Caller manager, String referralId) {
        as(partnership, manager, () -> {
            decisions.forwardToPanel(referralId);
            return null;
        });
        for (String member : List.of("fixture.panel.a", "fixture.panel.b")) {
            VoteForm vote = new VoteForm();
            vote.setOutcome(PanelOutcome.LOCAL_CASE_REVIEW);
            vote.setReason("Learning for local agencies; not a serious case");
            as(partnership, new Caller(member, member, Set.of(Role.PANEL_MEMBER)), () -> {
                decisions.vote(referralId, vote);
                return null;
            });
        }
        return as(partnership, manager, () -> referrals.detail(referralId)).reviewId();
    }

    /**
     * A Good Outcome Review (§5.3): a Document 6 referral, submitted, forwarded to the Virtual Panel
     * and decided by two counted votes. Returns the review's id.
     */
    public String goodOutcomeReviewOf(ActiveTenant partnership, Caller manager) {
        Caller referrer = referrer("fixture.referrer");
        DraftReferralForm draft = new DraftReferralForm();
        draft.setKind(uk.safeguarding.reviews.referral.domain.ReferralKind.GOOD_OUTCOME);
        draft.setChildInitials("AB");
        draft.setIncidentDate(LocalDate.now(CLOCK).minusDays(30));
        draft.setSummary("Exceptional joint work for a child");
        String referralId = as(partnership, referrer, () -> referrals.startDraft(draft));
        ReferralContent content = ExampleReferrals.goodOutcome(LocalDate.now(CLOCK),
                as(partnership, referrer, () -> referrals.content(referralId)).getCriteria());
        as(partnership, referrer, () -> referrals.saveStep(referralId, ReferralStep.CRITERIA, content));
        as(partnership, referrer, () -> referrals.submit(referralId));
        as(partnership, manager, () -> {
            decisions.forwardToPanel(referralId);
            return null;
        });
        for (String member : List.of("fixture.panel.a", "fixture.panel.b")) {
            VoteForm vote = new VoteForm();
            vote.setOutcome(PanelOutcome.GOOD_OUTCOME_REVIEW);
            vote.setReason("Exceptional practice worth sharing");
            as(partnership, new Caller(member, member, Set.of(Role.PANEL_MEMBER)), () -> {
                decisions.vote(referralId, vote);
                return null;
            });
        }
        return as(partnership, manager, () -> referrals.detail(referralId)).reviewId();
    }

    /**
     * A Rapid Review whose quorate meeting recommended {@code recommendation}, endorsed by the
     * Independent Adviser and each statutory partner's representative (§7.12): its outcome settled.
     * Returns the review's id.
     */
    public String settledRapidReview(ActiveTenant partnership, Caller manager, Recommendation recommendation) {
        String reviewId = rapidReviewOf(partnership, manager, submittedReferral(partnership, null, null));
        Map<String, String> representatives = new LinkedHashMap<>();
        representatives.put("Local Authority", "fixture.la");
        representatives.put("Police", "fixture.police");
        representatives.put("Health (ICB)", "fixture.health");
        Map<String, AgencyKind> kinds = Map.of("Local Authority", AgencyKind.LOCAL_AUTHORITY_CHILDRENS_SERVICES,
                "Police", AgencyKind.POLICE, "Health (ICB)", AgencyKind.HEALTH);
        List<AttendeeForm> present = new ArrayList<>();
        List<String> asked = new ArrayList<>();
        representatives.forEach((partner, username) -> {
            AgencyView agency = agency(partnership, manager, partner + " agency", kinds.get(partner), partner, username);
            asked.add(agency.id());
            present.add(new AttendeeForm(username, "Representative of " + partner, agency.id(), username));
        });
        present.add(new AttendeeForm("Ira Adviser", "Independent Adviser", null, ADVISER.username()));
        ZonedDateTime soon = ZonedDateTime.now(CLOCK).plusMinutes(20);
        SendRequestsForm requests = new SendRequestsForm();
        requests.setAgencyIds(asked);
        requests.setMeetingDate(soon.toLocalDate());
        requests.setMeetingTime(soon.toLocalTime().withSecond(0).withNano(0));
        requests.setMeetingPlace("Room 1");
        as(partnership, manager, () -> informationRequests.send(reviewId, requests));
        as(partnership, manager, () -> meetings.recordAttendance(reviewId, present));
        as(partnership, manager, () -> meetings.writeNotes(reviewId, notes(), "Considered: nothing suggests that race"
                + " or disability affected the response."));
        as(partnership, manager, () -> meetings.recordOutcome(reviewId, recommendation, false,
                "Agencies did not share what they knew", ADVISER.username()));
        as(partnership, ADVISER, () -> meetings.endorse(reviewId, "Independent Adviser", true, null));
        representatives.forEach((partner, username) -> as(partnership,
                new Caller(username, username, Set.of(Role.STATUTORY_PARTNER)),
                () -> meetings.endorse(reviewId, partner, true, null)));
        return reviewId;
    }

    /** The PRSG chair makes {@code name} the review's chair, independence declared (§7.6); returns the assignment. */
    public AssignmentView chair(ActiveTenant partnership, String reviewId, String name) {
        AssignmentForm chair = assignment(name.toLowerCase(Locale.UK).replace(' ', '.'), name, ReviewPart.CHAIR);
        chair.setIndependent(true);
        return as(partnership, PRSG_CHAIR, () -> assignments.assign(reviewId, chair));
    }

    /** The form giving {@code username} ({@code name}) a part on a review. */
    public static AssignmentForm assignment(String username, String name, ReviewPart part) {
        AssignmentForm form = new AssignmentForm();
        form.setUsername(username);
        form.setPersonName(name);
        form.setPart(part);
        return form;
    }

    /** A change to one clock rule, in force from today, with its reason. */
    public static ClockRuleChangeForm clockRuleChange(String key, int amount, StartEvent start, String reason) {
        ClockRuleChangeForm form = new ClockRuleChangeForm();
        form.setKey(key);
        form.setAmount(amount);
        form.setStartEvent(start);
        form.setEffectiveFrom(LocalDate.now(CLOCK));
        form.setReason(reason);
        return form;
    }

    /** The case discussion's notes (Document 12's headings, §7.12), as a meeting would write them. */
    public static CaseDiscussionNotes notes() {
        CaseDiscussionNotes notes = new CaseDiscussionNotes();
        notes.setFacts("Injuries not explained by the account given");
        notes.setWorries("Information about the home was not shared");
        notes.setWorkingWell("The school raised concerns early");
        notes.setImprovements("Joint visits after repeated police calls");
        notes.setLearning("Share police call-outs with health visitors");
        return notes;
    }

    /** An agency with one named contact, whose address is at the partnership's demo domain. */
    public AgencyView agency(ActiveTenant partnership, Caller manager, String name, AgencyKind kind, String partner,
            String contact) {
        AgencyForm form = new AgencyForm();
        form.setName(name);
        form.setKind(kind);
        form.setStatutoryPartner(partner);
        AgencyView added = as(partnership, manager, () -> agencies.add(form));
        ContactForm person = new ContactForm();
        person.setUsername(contact);
        person.setDisplayName(contact);
        person.setEmail(contact + "@" + partnership.slug() + ".example");
        return as(partnership, manager, () -> agencies.addContact(added.id(), person));
    }

    /** A complete Agency Summary (Document 8) with the given involvement. */
    public static AgencySummary agencySummary(String involvement) {
        AgencySummary summary = new AgencySummary();
        summary.setInvolvement(involvement);
        summary.setKeyDecisions("Referral to children's social care");
        summary.setPracticeAnalysis("Information was not shared quickly enough");
        summary.setImmediateLearning("None");
        summary.setActionsTaken("Briefing to staff");
        return summary;
    }

    /** A Significant Practice Event (Document 9) on the day, significant because it changed the assessment. */
    public static EntryForm event(LocalDate date, String whatHappened) {
        EntryForm form = new EntryForm();
        form.setDate(date);
        form.setWhatHappened(whatHappened);
        form.setRiskPresented("Unexplained injuries");
        form.setSignificance(Set.of(SignificanceReason.CHANGED_ASSESSMENT));
        return form;
    }

    /** A review's report as agreed (§8.3), recorded as a file: one finding, one recommendation. */
    public static uk.safeguarding.reviews.practicereview.application.ReportForm agreedReport(LocalDate agreedOn) {
        uk.safeguarding.reviews.practicereview.application.ReportForm form =
                new uk.safeguarding.reviews.practicereview.application.ReportForm();
        form.setFindings("Police call-outs to the home were not shared with the health visitor.");
        form.setRecommendations("Share police call-outs with health visitors");
        form.setAgreedBy("The review group");
        form.setAgreedOn(agreedOn);
        form.attachReport("report.pdf", "%PDF-1.4 the report".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return form;
    }

    /**
     * The review's report agreed on {@code reportAgreedOn} ({@link #agreedReport}) and its action plan
     * agreed today with one action, from the recommendation, owned by the agency's contact
     * {@code owner} (§9); returns the action's id.
     */
    public String agreedPlanWithOneAction(ActiveTenant partnership, Caller manager, String reviewId, String agencyId,
            String owner, LocalDate reportAgreedOn) {
        as(partnership, manager, () -> learningReports.agree(reviewId, agreedReport(reportAgreedOn)));
        uk.safeguarding.reviews.learning.application.ActionForm action = as(partnership, manager,
                () -> actionPlans.startFrom(reviewId, "R1"));
        action.setOwner(agencyId + ":" + owner);
        action.setIntendedOutcome("Health visitors know of every call-out within a day");
        as(partnership, manager, () -> actionPlans.draw(reviewId, action));
        uk.safeguarding.reviews.learning.application.ActionForm agreement =
                new uk.safeguarding.reviews.learning.application.ActionForm();
        agreement.setAgreedBy("The review group");
        agreement.setAgreedOn(LocalDate.now(CLOCK.withZone(ProductClock.UK)));
        return as(partnership, manager, () -> actionPlans.agree(reviewId, agreement)).actions().get(0).id();
    }
}

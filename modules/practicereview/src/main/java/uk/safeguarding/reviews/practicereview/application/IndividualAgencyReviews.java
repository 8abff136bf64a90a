package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.safeguarding.reviews.agencies.application.AgencyLookup;
import uk.safeguarding.reviews.agencies.application.AgencyView;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.clocks.domain.ClockOwner;
import uk.safeguarding.reviews.clocks.domain.ClockSubject;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.PlainDates;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.kernel.mail.Outbox;
import uk.safeguarding.reviews.kernel.mail.OutboxMessage;
import uk.safeguarding.reviews.kernel.mail.OutgoingMail;
import uk.safeguarding.reviews.practicereview.domain.AgencyReview;
import uk.safeguarding.reviews.practicereview.domain.AgencyReviewRound;
import uk.safeguarding.reviews.practicereview.domain.PracticeReviewRepository;
import uk.safeguarding.reviews.review.application.ReviewAccess;
import uk.safeguarding.reviews.review.application.ReviewEngine;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.review.domain.ReviewAct;
import uk.safeguarding.reviews.review.domain.kind.Capability;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/**
 * §4.2 table: "Where a case is referred but does not meet the criteria for a multi-agency review, the
 * sub group may recommend an individual agency review. The lessons will be disseminated using a range
 * of methods as other reviews, with scrutiny that learning has been effectively addressed."
 *
 * <p>The business unit names the agency, its lead and what to look at; the agency's contacts find it
 * in their agency tasks and send its lessons within the partnership's {@code individual-agency-review}
 * clock (reminders to the lead, chasers to the business unit); the business unit scrutinises them:
 * addressed, with the evidence seen, and the engine moves the review on to sharing them; or returned
 * with the reason, and the agency is asked again on a new clock. Every step at a stage whose
 * definition has {@code agency-review}, and audited.
 */
@ApplicationScoped
@Transactional
public class IndividualAgencyReviews {

    static final String RECORD_TYPE = "agency-review";

    /** The clock rule the agency's lessons run against (the product's default of 30 working days). */
    static final String AGENCY_REVIEW_CLOCK = "individual-agency-review";

    /** What the capability reports to the engine: a definition may key an exit by any of them. */
    static final String COMMISSIONED = "agency-review-commissioned";
    static final String SENT = "agency-lessons-sent";
    static final String ADDRESSED = "agency-learning-addressed";
    static final String RETURNED = "agency-lessons-returned";

    @Inject
    private ReviewAccess access;

    @Inject
    private ReviewWork work;

    @Inject
    private ReviewEngine engine;

    @Inject
    private PracticeReviewRepository practiceReviews;

    @Inject
    private AgencyLookup agencies;

    @Inject
    private ClockService clocks;

    @Inject
    private Outbox outbox;

    @Inject
    private RoleGate roles;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The agency review as the business unit's page shows it, for whoever may see the review. */
    public AgencyReviewView of(String reviewId) {
        access.requireOn(reviewId, ReviewAct.SEE, AuditAction.VIEW, RECORD_TYPE, reviewId);
        return view(work.review(reviewId, AuditAction.VIEW, RECORD_TYPE));
    }

    /**
     * Names the agency, its lead and what it should look at: its first round is asked with the due day
     * from the partnership's clock, the lead and the agency's contacts get the letter. Refused beside
     * the field (no agency, an agency with no contact, no lead, a malformed address, nothing to look
     * at), once named, or at a stage without the capability.
     */
    public AgencyReviewView commission(String reviewId, AgencyReviewForm form) {
        Caller caller = access.requireOn(reviewId, ReviewAct.RUN, AuditAction.CREATE, RECORD_TYPE, reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.CREATE, RECORD_TYPE);
        review.requireOpen();
        if (practiceReviews.agencyReviewOf(review.id()).isPresent()) {
            throw RefusedException.because("practicereview.individual-agency-reviews.agency-was-named-already",
                    review.reference());
        }
        requireStage(review);
        AgencyView agency = form.getAgencyId() == null || form.getAgencyId().isBlank() ? null
                : agencies.find(form.getAgencyId()).orElseThrow(() -> InvalidFieldException.refused("agency",
                        "practicereview.individual-agency-reviews.agency-chosen-no-longer-partnership"));
        if (agency != null && agency.contacts().isEmpty()) {
            throw InvalidFieldException.refused("agency",
                    "practicereview.individual-agency-reviews.has-no-contact-send-review", agency.name());
        }
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(DeadlineCalculator.UK));
        AgencyReview asked = AgencyReview.commission(review.id(), review.reference(), new AgencyReview.Commission(
                form.getAgencyId(), agency == null ? "" : agency.name(), form.getLeadName(), form.getLeadEmail(),
                form.getFocus()), caller.username(), now.toOffsetDateTime());
        practiceReviews.add(asked);
        AgencyReviewRound first = ask(asked, 1, now);
        engine.worked(review.id(), Capability.AGENCY_REVIEW, COMMISSIONED, now);
        tell(asked, "Review your agency's practice: " + review.reference(), TenantContext.tenant().displayName()
                + " asks " + asked.agencyName() + " to review its own practice in the case " + review.reference()
                + " (an individual agency review, \u00a74.2 of the practice review policy). " + asked.leadName()
                + " leads it for the agency.\n\nWhat to look at:\n" + asked.focus() + "\n\nPlease send the agency's"
                + " lessons by " + PlainDates.day(first.dueOn()) + ". The agency's contacts send them at "
                + taskLink(asked.id()) + "\n\nThe partnership will check that the learning has been effectively"
                + " addressed and will share the lessons with others who can use them.");
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, review.id(), asked.agencyName() + " asked to review its own"
                + " practice in " + review.reference() + ", led by " + asked.leadName() + "; lessons due "
                + first.dueOn());
        return view(review);
    }

    /**
     * The partnership's scrutiny of the lessons sent: addressed (with the evidence seen) moves the
     * review on to sharing them; returned (with the reason) asks the agency again on a new clock.
     */
    public AgencyReviewView scrutinise(String reviewId, AgencyReviewForm form) {
        Caller caller = access.requireOn(reviewId, ReviewAct.RUN, AuditAction.UPDATE, RECORD_TYPE, reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.UPDATE, RECORD_TYPE);
        review.requireOpen();
        AgencyReview asked = practiceReviews.agencyReviewOf(review.id()).orElseThrow(() ->
                RefusedException.because("practicereview.individual-agency-reviews.name-agency-first-there-nothing"));
        requireStage(review);
        AgencyReviewRound current = current(asked);
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(DeadlineCalculator.UK));
        current.judge(form.getJudgement(), form.getNote(), caller.username(), now.toOffsetDateTime());
        if (current.judgement() == AgencyReviewRound.Judgement.ADDRESSED) {
            engine.worked(review.id(), Capability.AGENCY_REVIEW, ADDRESSED, now);
            tell(asked, "The learning of " + review.reference() + " is addressed", TenantContext.tenant().displayName()
                    + " has scrutinised the lessons " + asked.agencyName() + " sent on its review of "
                    + review.reference() + " and found that the learning has been effectively addressed:\n"
                    + current.judgementNote() + "\n\nThe partnership will now share the lessons with others who"
                    + " can use them. Thank you.");
        } else {
            AgencyReviewRound next = ask(asked, current.round() + 1, now);
            engine.worked(review.id(), Capability.AGENCY_REVIEW, RETURNED, now);
            tell(asked, "Your agency's lessons on " + review.reference() + " are returned", TenantContext.tenant()
                    .displayName() + " has scrutinised the lessons " + asked.agencyName() + " sent on its review of "
                    + review.reference() + " and returns them, because:\n" + current.judgementNote()
                    + "\n\nPlease send them again by " + PlainDates.day(next.dueOn()) + " at " + taskLink(asked.id()));
        }
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), "lessons of " + asked.agencyName() + " on "
                + review.reference() + " (round " + current.round() + ") scrutinised: "
                + (current.judgement() == AgencyReviewRound.Judgement.ADDRESSED ? "learning addressed" : "returned")
                + ": " + current.judgementNote());
        return view(review);
    }

    /** The individual agency reviews asked of the signed-in contact's agencies, the latest first. */
    public List<AgencyReviewView> forMe(int limit) {
        Caller caller = roles.require(AuditAction.LIST, RECORD_TYPE, null, Role.AGENCY_CONTRIBUTOR);
        List<String> mine = List.copyOf(agencies.idsOfContact(caller.username()));
        return practiceReviews.agencyReviewsOf(mine, limit).stream().map(a -> agencyView(a, false)).toList();
    }

    /** One agency review as its agency's contact reads it; not found (audited) for anyone else. */
    public AgencyReviewView task(String id) {
        AgencyReview asked = mine(id, AuditAction.VIEW);
        audit.allowed(AuditAction.VIEW, RECORD_TYPE, asked.reviewId(), asked.agencyName() + " read its individual"
                + " agency review " + asked.reviewReference());
        return agencyView(asked, true);
    }

    /**
     * The agency's lessons for the round now open, once: each part refused beside its box when
     * missing. It meets the agency's clock and the business unit is told.
     */
    public AgencyReviewView send(String id, AgencyLessonsForm form) {
        AgencyReview asked = mine(id, AuditAction.UPDATE);
        Caller caller = TenantContext.caller();
        ReviewSummary review = work.review(asked.reviewId(), AuditAction.UPDATE, RECORD_TYPE);
        review.requireOpen();
        AgencyReviewRound current = current(asked);
        if (current.sent()) {
            throw RefusedException.because("practicereview.individual-agency-reviews.lessons-round-were-sent-already", current.round());
        }
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(DeadlineCalculator.UK));
        current.send(form.lessonsSent(), caller.username(), now.toOffsetDateTime());
        clocks.meet(subject(asked), AGENCY_REVIEW_CLOCK, now);
        engine.worked(review.id(), Capability.AGENCY_REVIEW, SENT, now);
        Optional.ofNullable(clocks.businessUnit().email()).ifPresent(mailbox -> outbox.write(new OutgoingMail(mailbox,
                asked.agencyName() + " sent its lessons on " + review.reference(), asked.agencyName() + " sent the"
                        + " lessons of its review of its own practice in " + review.reference() + " (round "
                        + current.round() + "). Scrutinise them, to see that the learning has been effectively"
                        + " addressed (\u00a74.2 table): " + OutboxMessage.APP + "/app/reviews/agency-review.xhtml?id="
                        + review.id() + "\n")));
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), asked.agencyName() + " sent the lessons of its"
                + " review of " + review.reference() + " (round " + current.round() + ")");
        return agencyView(asked, true);
    }

    /** The day the lessons were found addressed, if they were: what the review then shares (§4.2 table). */
    Optional<LocalDate> addressedOn(String reviewId) {
        return practiceReviews.agencyReviewOf(reviewId).flatMap(asked -> practiceReviews.roundsOf(asked.id()).stream()
                .filter(r -> r.judgement() == AgencyReviewRound.Judgement.ADDRESSED).findFirst())
                .map(r -> day(r.judgedAt()));
    }

    /** Where an agency's contacts answer, with the outbox's placeholder for the product's address. */
    static String taskLink(String agencyReviewId) {
        return OutboxMessage.APP + "/app/agency/agency-review.xhtml?id=" + agencyReviewId;
    }

    static ClockSubject subject(AgencyReview asked) {
        return new ClockSubject(AgencyReview.CLOCK_SUBJECT_TYPE, asked.id(), asked.reviewReference()
                + " individual agency review: " + asked.agencyName());
    }

    private void requireStage(ReviewSummary review) {
        if (!engine.stageAllows(review.id(), Capability.AGENCY_REVIEW)) {
            throw RefusedException.because("practicereview.individual-agency-reviews.not-stage-whose-definition-includes", review.reference(), Capability.AGENCY_REVIEW.key());
        }
    }

    /** The agency asked (again): a round with its due day, and its clock started with the lead as its owner. */
    private AgencyReviewRound ask(AgencyReview asked, int round, ZonedDateTime now) {
        LocalDate dueOn = clocks.start(subject(asked), new ClockOwner(asked.leadName(), asked.leadEmail()),
                AGENCY_REVIEW_CLOCK, now).dueDay();
        AgencyReviewRound next = AgencyReviewRound.ask(asked.id(), round, now.toOffsetDateTime(), dueOn);
        practiceReviews.add(next);
        return next;
    }

    private AgencyReviewRound current(AgencyReview asked) {
        List<AgencyReviewRound> rounds = practiceReviews.roundsOf(asked.id());
        return rounds.get(rounds.size() - 1);
    }

    /** A letter to the agency's lead and to each of its contacts, once to each address. */
    private void tell(AgencyReview asked, String subject, String body) {
        Set<String> to = new LinkedHashSet<>();
        to.add(asked.leadEmail());
        agencies.find(asked.agencyId()).ifPresent(agency -> agency.contacts().forEach(c -> to.add(c.email())));
        to.stream().filter(address -> address != null && !address.isBlank())
                .forEach(address -> outbox.write(new OutgoingMail(address, subject, body)));
    }

    /** The caller's agency's review, or not found (audited) for anyone who is not one of its contacts. */
    private AgencyReview mine(String id, AuditAction action) {
        Caller caller = roles.require(action, RECORD_TYPE, id, Role.AGENCY_CONTRIBUTOR);
        Set<String> mine = agencies.idsOfContact(caller.username());
        return practiceReviews.agencyReview(id).filter(a -> mine.contains(a.agencyId()))
                .orElseThrow(() -> audit.notFound(action, RECORD_TYPE, id));
    }

    private AgencyReviewView view(ReviewSummary review) {
        Optional<AgencyReview> asked = practiceReviews.agencyReviewOf(review.id());
        boolean mayRun = review.handedOverTo() == null && access.mayOn(review.id(), ReviewAct.RUN)
                && engine.stageAllows(review.id(), Capability.AGENCY_REVIEW);
        if (asked.isEmpty()) {
            List<AgencyReviewView.AgencyOption> options = mayRun ? agencies.all().stream()
                    .filter(a -> !a.contacts().isEmpty()).map(a -> new AgencyReviewView.AgencyOption(a.id(), a.name()))
                    .toList() : List.of();
            return new AgencyReviewView(null, review.id(), review.reference(), null, List.of(), options, mayRun,
                    false, false, AgencyReviewView.Status.TO_COMMISSION);
        }
        List<AgencyReviewRound> rounds = practiceReviews.roundsOf(asked.get().id());
        AgencyReviewRound current = rounds.get(rounds.size() - 1);
        return new AgencyReviewView(asked.get().id(), review.id(), review.reference(), commission(asked.get()),
                lines(rounds), List.of(), false, mayRun && current.sent() && !current.judged(), false,
                status(current));
    }

    private AgencyReviewView agencyView(AgencyReview asked, boolean withRounds) {
        List<AgencyReviewRound> rounds = practiceReviews.roundsOf(asked.id());
        AgencyReviewRound current = rounds.get(rounds.size() - 1);
        boolean open = work.review(asked.reviewId(), AuditAction.VIEW, RECORD_TYPE).handedOverTo() == null;
        return new AgencyReviewView(asked.id(), asked.reviewId(), asked.reviewReference(), commission(asked),
                withRounds ? lines(rounds) : lines(List.of(current)), List.of(), false, false,
                open && !current.sent(), status(current));
    }

    private AgencyReviewView.Status status(AgencyReviewRound current) {
        if (current.judgement() == AgencyReviewRound.Judgement.ADDRESSED) {
            return AgencyReviewView.Status.ADDRESSED;
        }
        if (current.sent()) {
            return AgencyReviewView.Status.TO_SCRUTINISE;
        }
        return current.overdue(work.today()) ? AgencyReviewView.Status.OVERDUE
                : AgencyReviewView.Status.WITH_THE_AGENCY;
    }

    private static AgencyReviewView.Commission commission(AgencyReview asked) {
        return new AgencyReviewView.Commission(asked.agencyName(), asked.leadName(), asked.leadEmail(), asked.focus(),
                asked.commissionedBy(), day(asked.commissionedAt()));
    }

    private List<AgencyReviewView.Round> lines(List<AgencyReviewRound> rounds) {
        LocalDate today = work.today();
        List<AgencyReviewView.Round> lines = new ArrayList<>();
        for (AgencyReviewRound r : rounds) {
            lines.add(new AgencyReviewView.Round(r.round(), day(r.askedAt()), r.dueOn(),
                    r.sentAt() == null ? null : day(r.sentAt()), r.sentBy(), r.scope(), r.findings(), r.lessons(),
                    r.changes(), r.sharedLearning(), r.judgement() == null ? null : r.judgement().name(),
                    r.judgementNote(), r.judgedBy(), r.judgedAt() == null ? null : day(r.judgedAt()),
                    r.overdue(today)));
        }
        return lines;
    }

    private static LocalDate day(OffsetDateTime at) {
        return at.atZoneSameInstant(DeadlineCalculator.UK).toLocalDate();
    }
}

package uk.safeguarding.reviews.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import uk.safeguarding.reviews.clocks.application.ClockLine;
import uk.safeguarding.reviews.referral.domain.ReferralRow;
import uk.safeguarding.reviews.kernel.Page;
import java.util.Map;
import uk.safeguarding.reviews.agencies.application.AgencyLookup;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Forms;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.review.domain.ReviewAct;
import uk.safeguarding.reviews.referral.domain.PanelDecisionRule;
import uk.safeguarding.reviews.referral.domain.OutsideReceipt;
import uk.safeguarding.reviews.referral.domain.Referral;
import uk.safeguarding.reviews.referral.domain.ReferralKind;
import uk.safeguarding.reviews.referral.domain.ReferralRepository;
import uk.safeguarding.reviews.referral.domain.ReferralStatus;
import uk.safeguarding.reviews.referral.domain.content.ContentChecks;
import uk.safeguarding.reviews.referral.domain.content.CriteriaAnswer;
import uk.safeguarding.reviews.referral.domain.content.FieldProblem;
import uk.safeguarding.reviews.referral.domain.content.ReferralContent;
import uk.safeguarding.reviews.referral.domain.content.ReferralStep;
import uk.safeguarding.reviews.tenancy.api.TenantContext;
import uk.safeguarding.reviews.thresholds.application.ThresholdsService;
import uk.safeguarding.reviews.thresholds.domain.ReviewKind;
import uk.safeguarding.reviews.thresholds.domain.ThresholdSet.Thresholds;

/**
 * Referral use cases. Each method is one transaction in the current tenant, checks the caller's
 * role in that tenant, and leaves an audit row whether it is allowed or refused.
 */
@ApplicationScoped
@Transactional
public class ReferralService {

    static final String RECORD_TYPE = "referral";

    @Inject
    private ReferralRepository referrals;

    @Inject
    private AuditTrail audit;

    @Inject
    private RoleGate roles;

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    @Inject
    private ReferralAccess access;

    @Inject
    private ClockService clocks;

    @Inject
    private ThresholdsService thresholds;

    @Inject
    private ReferralLetters letters;

    @Inject
    private AgencyLookup agencies;

    @Inject
    private Event<ReferralSubmitted> submittedEvents;

    /**
     * Whoever writes a referral: a partner agency's referrer (§7.3), or the business unit keying in
     * one received from outside (§7.3-7.4). Each reaches only the referrals they wrote or keyed in.
     */
    static final Role[] WRITERS = {Role.REFERRER, Role.BUSINESS_MANAGER};

    /** Starts a draft referral (policy §7.4: any partner agency's professional may refer). */
    public String startDraft(DraftReferralForm form) {
        Caller caller = roles.require(AuditAction.CREATE, RECORD_TYPE, null, Role.REFERRER);
        Forms.requireValid(validator, form);
        Referral draft = Referral.startDraft(Referral.newId(), form.getKind(), List.of(form.getChildInitials()),
                form.getIncidentDate(), form.getSummary(), caller.username(), OffsetDateTime.now(clock));
        referrals.add(draft);
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, draft.id(), "draft started");
        return draft.id();
    }

    /**
     * §7.3-7.4: the business unit keys in a referral it received from outside the product (the
     * Coroner, the Rapid Response Team, the Child Death Overview Panel, or a form e-mailed to the
     * mailbox), recording who sent it, how and when. It starts as a draft the business manager completes
     * in the sender's place; once submitted, its clocks count from when it was received.
     */
    public String keyIn(DraftReferralForm form, OutsideReceiptForm receipt) {
        Caller caller = roles.require(AuditAction.CREATE, RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        Forms.requireValid(validator, form);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Referral draft = Referral.keyIn(Referral.newId(), form.getKind(), List.of(form.getChildInitials()),
                form.getIncidentDate(), form.getSummary(), new OutsideReceipt(receipt.getSource(),
                        receipt.getSourceName(), receipt.getChannel(), OutsideReceipt.at(receipt.getReceivedOn(),
                                receipt.getReceivedTime())), caller.username(), now);
        referrals.add(draft);
        OutsideReceipt kept = draft.outsideReceipt().orElseThrow();
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, draft.id(), "keyed in on the sender's behalf (\u00a77.3-7.4): from "
                + (kept.sourceName() != null ? kept.sourceName() : kept.source()) + " by " + kept.channel()
                + ", received " + kept.receivedAt());
        return draft.id();
    }

    /** Whether the caller may key in a referral received from outside; asking is not audited. */
    public boolean mayKeyIn() {
        return TenantContext.caller().hasRole(Role.BUSINESS_MANAGER);
    }

    /**
     * The referrer submits the referral: the business unit receives it now and has 24 hours to
     * forward it (§7.5). It is judged against the thresholds in force at its first submission. A
     * returned referral is re-submitted, its earlier version kept and its re-submission clock met.
     */
    public ReferralDetail submit(String id) {
        Caller caller = roles.require(AuditAction.UPDATE, RECORD_TYPE, id, WRITERS);
        Referral referral = access.findOwn(id, caller, AuditAction.UPDATE);
        List<FieldProblem> problems = problems(referral.kind(), withQuestions(referral));
        if (!problems.isEmpty()) {
            throw new IncompleteReferralException(problems);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String verifier = referral.content().getReferrer().getVerifierUsername();
        if (verifier != null && !verifier.isBlank() && referral.outsideReceipt().isEmpty()) {
            // §7.3: verified within the agency before the partnership receives it.
            referral.sendForVerification(caller.username(), caller.email(), verifier, now);
            letters.sentForVerification(referral);
            audit.allowed(AuditAction.UPDATE, RECORD_TYPE, referral.id(), "sent to the agency's verifier "
                    + referral.verifier() + " (\u00a77.3)");
            return detail(referral, caller);
        }
        received(referral, caller.username(), caller.email(), referral.receivedWhenSubmitted(now));
        return detail(referral, caller);
    }

    /**
     * The partnership receives the referral (§7.4-7.5): its reference under the thresholds in force,
     * the business unit's 24 hours to forward it, the letters and the audit entry.
     */
    void received(Referral referral, String referrer, String referrerEmail, OffsetDateTime now) {
        String reference = referral.reference() != null ? null
                : String.format(java.util.Locale.ROOT, "REF-%d-%04d", now.getYear(), referrals.nextReferenceNumber());
        boolean resubmission = referral.submit(reference, thresholds.inForce().version(), referrer, referrerEmail, now);
        ZonedDateTime received = now.atZoneSameInstant(DeadlineCalculator.UK);
        if (resubmission) {
            clocks.meet(access.subject(referral), "incomplete-resubmission", received);
        }
        clocks.start(access.subject(referral), clocks.businessUnit(), "forward-to-panel", received);
        letters.submitted(referral, resubmission);
        submittedEvents.fire(new ReferralSubmitted(referral.id(), referral.reference(),
                ReferralFacts.of(referral).children()));
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, referral.id(), (resubmission ? "re-submitted as " : "submitted as ")
                + referral.reference() + " under thresholds v" + referral.thresholdVersion());
    }

    /**
     * The referrer's form, to carry on with. The criteria questions are those of the partnership's
     * thresholds in force, for the kinds of review a referral can lead to.
     */
    public ReferralContent content(String id) {
        Caller caller = roles.require(AuditAction.VIEW, RECORD_TYPE, id, WRITERS);
        return withQuestions(access.findOwn(id, caller, AuditAction.VIEW));
    }

    private ReferralContent withQuestions(Referral referral) {
        ReferralContent content = referral.content();
        if (content.getCriteria().isEmpty()) {
            Thresholds inForce = (referral.thresholdVersion() == null ? thresholds.inForce()
                    : thresholds.version(referral.thresholdVersion())).thresholds();
            List<ReviewKind> askedFor = referral.kind() == ReferralKind.GOOD_OUTCOME
                    ? List.of(ReviewKind.GOOD_OUTCOME_REVIEW)
                    : List.of(ReviewKind.RAPID_REVIEW, ReviewKind.LOCAL_CASE_REVIEW);
            for (ReviewKind kind : askedFor) {
                if (inForce.kinds().contains(kind)) {
                    inForce.questionsFor(kind).forEach(q -> content.getCriteria().add(new CriteriaAnswer(kind.name(),
                            q.text())));
                }
            }
        }
        if (content.getIncident().getDate() == null) {
            content.getIncident().setDate(referral.incidentDate());
        }
        if (content.getIncident().getWhatHappened() == null) {
            content.getIncident().setWhatHappened(referral.summary());
        }
        return content;
    }

    /**
     * Saves the whole form as it stands (nothing typed is ever lost to a validation message) and
     * returns what is still wrong on the step the referrer is on.
     */
    public List<FieldProblem> saveStep(String id, ReferralStep step, ReferralContent content) {
        Caller caller = roles.require(AuditAction.UPDATE, RECORD_TYPE, id, WRITERS);
        Referral referral = access.findOwn(id, caller, AuditAction.UPDATE);
        referrerAgency(content);
        if (referral.outsideReceipt().isPresent()) {
            // §7.3: the sender's organisation verified it, so no verifier on this service can stand in
            // for who verified it there and when (the form does not offer one).
            content.getReferrer().setVerifierUsername(null);
        }
        referral.saveContent(content, caller.username(), OffsetDateTime.now(clock));
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, referral.id(), "form saved at step " + step);
        return problemsAt(content, step);
    }

    /**
     * §10.3 a: the referrer's agency, when chosen from the partnership's agencies, is recorded by its
     * id with its name as the partnership has it; an id that is not one of them is dropped, leaving
     * the name typed for an agency the partnership does not list.
     */
    private void referrerAgency(ReferralContent content) {
        String chosen = content.getReferrer().getAgencyId();
        if (chosen == null || chosen.isBlank()) {
            content.getReferrer().setAgencyId(null);
            return;
        }
        agencies.find(chosen.strip()).ifPresentOrElse(agency -> {
            content.getReferrer().setAgencyId(agency.id());
            content.getReferrer().setAgency(agency.name());
        }, () -> content.getReferrer().setAgencyId(null));
    }

    /** The partnership's agencies a referrer chooses theirs from (names only). */
    public List<AgencyChoice> referrerAgencies() {
        roles.require(AuditAction.LIST, RECORD_TYPE, null, WRITERS);
        return agencies.all().stream().map(a -> new AgencyChoice(a.id(), a.name())).toList();
    }

    /** An agency as the referral form offers it. */
    public record AgencyChoice(String id, String name) implements java.io.Serializable {
    }

    /** What still stops the referrer's own referral being submitted, step by step. */
    public List<FieldProblem> problemsOf(String id) {
        Caller caller = roles.require(AuditAction.VIEW, RECORD_TYPE, id, WRITERS);
        Referral referral = access.findOwn(id, caller, AuditAction.VIEW);
        return problems(referral.kind(), withQuestions(referral));
    }

    /** Every step's problems, in step order: what stops the referral being submitted. */
    List<FieldProblem> problems(ReferralKind kind, ReferralContent content) {
        List<FieldProblem> all = new java.util.ArrayList<>();
        for (ReferralStep step : kind.steps()) {
            all.addAll(problemsAt(content, step));
        }
        return all;
    }

    private List<FieldProblem> problemsAt(ReferralContent content, ReferralStep step) {
        List<FieldProblem> found = new java.util.ArrayList<>();
        validator.validate(content, step.group()).stream()
                .sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> found.add(new FieldProblem(step, v.getPropertyPath().toString(), v.getMessage())));
        found.addAll(ContentChecks.crossField(content, step, java.time.LocalDate.now(clock)));
        return found;
    }

    /** The referrer corrects a draft, or a returned referral before re-submitting it. */
    public void revise(String id, DraftReferralForm form) {
        Caller caller = roles.require(AuditAction.UPDATE, RECORD_TYPE, id, WRITERS);
        Forms.requireValid(validator, form);
        Referral referral = access.findOwn(id, caller, AuditAction.UPDATE);
        referral.revise(List.of(form.getChildInitials()), form.getIncidentDate(), form.getSummary(), caller.username(),
                OffsetDateTime.now(clock));
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, referral.id(), "revised");
    }

    /** The business unit's and the panel's inbox: every submitted referral, newest first, a page at a time. */
    public Page<ReferralLine> inbox(int pageNumber) {
        return inbox(InboxFilter.NONE, pageNumber);
    }

    /**
     * The inbox narrowed and ordered as {@code filter} says (issue 14 §2), a page at a time, with how
     * many referrals it holds in all; narrowed and ordered in the database.
     */
    public Page<ReferralLine> inbox(InboxFilter filter, int pageNumber) {
        roles.require(AuditAction.LIST, RECORD_TYPE, null, Role.BUSINESS_MANAGER, Role.PANEL_MEMBER);
        long total = referrals.countSubmitted(filter.query());
        int number = Page.within(pageNumber, total, Page.DEFAULT_SIZE);
        List<ReferralRow> rows = referrals.submittedRows(filter.query(), Page.offset(number, Page.DEFAULT_SIZE),
                Page.DEFAULT_SIZE);
        Map<String, List<ClockLine>> clocksOf = clocks.ofSubjects(ReferralAccess.CLOCK_SUBJECT_TYPE,
                rows.stream().filter(r -> r.reference() != null).map(ReferralRow::id).toList());
        audit.allowed(AuditAction.LIST, RECORD_TYPE, null, rows.size() + " of " + total
                + " referrals in the inbox (page " + number + (filter.narrows() ? ", narrowed to " + filter : "") + ")");
        return new Page<>(lines(rows, clocksOf), number, Page.DEFAULT_SIZE, total);
    }

    /** The years the inbox can be narrowed to: from the first referral received to this one, newest first. */
    public List<Integer> inboxYears() {
        roles.require(AuditAction.LIST, RECORD_TYPE, null, Role.BUSINESS_MANAGER, Role.PANEL_MEMBER);
        int thisYear = java.time.LocalDate.now(clock.withZone(DeadlineCalculator.UK)).getYear();
        int first = Math.min(referrals.firstYearReceived().orElse(thisYear), thisYear);
        return java.util.stream.IntStream.rangeClosed(first, thisYear).map(y -> thisYear - (y - first)).boxed().toList();
    }

    /** A referrer's own referrals with their status and, once made, the decision, a page at a time. */
    public Page<ReferralLine> mine(int pageNumber) {
        Caller caller = roles.require(AuditAction.LIST, RECORD_TYPE, null, Role.REFERRER);
        long total = referrals.countOfReferrer(caller.username());
        int number = Page.within(pageNumber, total, Page.DEFAULT_SIZE);
        List<ReferralRow> rows = referrals.rowsOfReferrer(caller.username(), Page.offset(number, Page.DEFAULT_SIZE),
                Page.DEFAULT_SIZE);
        return new Page<>(lines(rows, Map.of()), number, Page.DEFAULT_SIZE, total);
    }

    /** The rows with their children's initials (one read for the page) and their clocks. */
    private List<ReferralLine> lines(List<ReferralRow> rows, Map<String, List<ClockLine>> clocksOf) {
        Map<String, List<String>> initials = referrals.childInitials(rows.stream().map(ReferralRow::id).toList());
        return rows.stream().map(r -> new ReferralLine(r.id(), r.reference(), initials.getOrDefault(r.id(), List.of()),
                r.status().name(), r.outcome(), r.submittedAt(), clocksOf.getOrDefault(r.id(), List.of()))).toList();
    }

    /**
     * One referral in full for the people who may see it: its referrer, the business unit, and the
     * panel once it is submitted. Anyone else, and any other partnership, finds nothing (audited).
     */
    public ReferralDetail detail(String id) {
        Caller caller = roles.require(AuditAction.VIEW, RECORD_TYPE, id, ReferralAccess.READERS);
        Referral referral = access.findVisible(id, caller, AuditAction.VIEW);
        audit.allowed(AuditAction.VIEW, RECORD_TYPE, referral.id(), null);
        return detail(referral, caller);
    }

    ReferralDetail detail(Referral referral, Caller caller) {
        boolean office = caller.hasAnyRole(Role.BUSINESS_MANAGER, Role.PANEL_MEMBER, Role.INDEPENDENT_ADVISER);
        PanelDecisionRule.Tally tally = referral.status() == ReferralStatus.WITH_PANEL
                && referral.thresholdVersion() != null
                ? referral.tally(thresholds.version(referral.thresholdVersion()).thresholds().panel()) : null;
        return ReferralDetail.of(referral, office && referral.reference() != null
                ? clocks.ofSubject(ReferralAccess.CLOCK_SUBJECT_TYPE, referral.id()) : List.of(), tally, office,
                access.writes(referral, caller));
    }

    /**
     * The facts a review needs of its referral (§7.7 request letters, §7.8 chronology checks and
     * anonymisation, §7.13 outcome letters), for the people who run or attend the review. Audited as a
     * view of the referral.
     */
    public ReferralFacts factsForReview(String id) {
        // Whoever may see a review somewhere, or read its meeting's papers (an invited agency's contacts,
        // §7.11); the review's own service has checked that this review names them.
        roles.require(AuditAction.VIEW, RECORD_TYPE, id, ReviewAct.READ_PAPERS.roles().toArray(Role[]::new));
        Referral referral = access.find(id, AuditAction.VIEW);
        if (referral.reviewId() == null) {
            // Only a referral that became a review has facts "for its review".
            throw audit.notFound(AuditAction.VIEW, RECORD_TYPE, id);
        }
        audit.allowed(AuditAction.VIEW, RECORD_TYPE, referral.id(), "facts for its review");
        return ReferralFacts.of(referral);
    }

    /** Whether the caller may start a referral here; asking changes nothing and is not audited. */
    public boolean mayStartDraft() {
        return TenantContext.caller().hasRole(Role.REFERRER);
    }

    /** Drafts: a referrer sees their own; the business unit sees every draft in progress. */
    /** Drafts, newest first, a page at a time: a business manager sees every draft, a referrer their own. */
    public Page<ReferralSummary> listDrafts(int pageNumber) {
        Caller caller = roles.require(AuditAction.LIST, RECORD_TYPE, null, Role.REFERRER, Role.BUSINESS_MANAGER);
        String only = caller.hasRole(Role.BUSINESS_MANAGER) ? null : caller.username();
        long total = referrals.countDrafts(only);
        int number = Page.within(pageNumber, total, Page.DEFAULT_SIZE);
        List<ReferralRow> rows = referrals.draftRows(only, Page.offset(number, Page.DEFAULT_SIZE), Page.DEFAULT_SIZE);
        Map<String, List<String>> initials = referrals.childInitials(rows.stream().map(ReferralRow::id).toList());
        audit.allowed(AuditAction.LIST, RECORD_TYPE, null, rows.size() + " of " + total + " drafts listed (page "
                + number + ")");
        return new Page<>(rows.stream().map(r -> ReferralSummary.of(r, initials.getOrDefault(r.id(), List.of())))
                .toList(), number, Page.DEFAULT_SIZE, total);
    }

    /**
     * One referral of this tenant, as a summary. An id from any other tenant, or another referrer's
     * referral, is simply not found here, and the attempt is audited.
     */
    public ReferralSummary view(String id) {
        Caller caller = roles.require(AuditAction.VIEW, RECORD_TYPE, id, ReferralAccess.READERS);
        Referral referral = access.findVisible(id, caller, AuditAction.VIEW);
        audit.allowed(AuditAction.VIEW, RECORD_TYPE, referral.id(), null);
        return ReferralSummary.of(referral);
    }
}

package uk.safeguarding.reviews.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.clocks.domain.ClockOwner;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.clocks.domain.StartEvent;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Forms;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.referral.domain.PanelDecisionRule;
import uk.safeguarding.reviews.referral.domain.PanelOutcome;
import uk.safeguarding.reviews.referral.domain.PanelVote;
import uk.safeguarding.reviews.referral.domain.Referral;
import uk.safeguarding.reviews.referral.domain.ReferralStatus;
import uk.safeguarding.reviews.referral.domain.content.ReferralContent;
import uk.safeguarding.reviews.review.application.ReviewOpening;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.thresholds.application.ThresholdsService;
import uk.safeguarding.reviews.thresholds.domain.PanelRule;
import uk.safeguarding.reviews.thresholds.domain.ThresholdSet;

/**
 * From receipt to decision (§7.5-7.6): the business unit forwards a referral to the Virtual Panel or
 * commences an obvious Rapid Review at once; panel members vote; the partnership's rule decides; the
 * outcome opens a review with its clocks, returns the referral, or records no review, which the
 * referrer may dispute. Every step is audited and runs on the clock engine.
 */
@ApplicationScoped
@Transactional
public class ReferralDecisions {

    @Inject
    private ReferralAccess access;

    @Inject
    private ClockService clocks;

    @Inject
    private ReviewOpening reviews;

    @Inject
    private ThresholdsService thresholds;

    @Inject
    private ReferralLetters letters;

    @Inject
    private AuditTrail audit;

    @Inject
    private RoleGate roles;

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    /** §7.5: forward to the Virtual Panel (within 24 hours of receipt); the panel has 48 hours to decide. */
    public void forwardToPanel(String id) {
        Caller caller = roles.require(AuditAction.UPDATE, ReferralService.RECORD_TYPE, id, Role.BUSINESS_MANAGER);
        Referral referral = access.find(id, AuditAction.UPDATE);
        OffsetDateTime now = now();
        referral.forwardToPanel(caller.username(), now);
        clocks.meet(access.subject(referral), "forward-to-panel", uk(now));
        clocks.start(access.subject(referral), clocks.businessUnit(), "panel-decision", uk(now));
        letters.forwardedToPanel(referral, thresholds.version(referral.thresholdVersion()).thresholds().panelMembers());
        audit.allowed(AuditAction.UPDATE, ReferralService.RECORD_TYPE, referral.id(), "forwarded to the Virtual Panel");
    }

    /** §7.5: obviously a Rapid Review; the business manager decides at once and the panel is informed. */
    public void commenceRapidReviewAtOnce(String id, String rationale) {
        Caller caller = roles.require(AuditAction.UPDATE, ReferralService.RECORD_TYPE, id, Role.BUSINESS_MANAGER);
        Referral referral = access.find(id, AuditAction.UPDATE);
        referral.commenceRapidReviewAtOnce(caller.username(), rationale, now());
        letters.panelInformedOfImmediateRapidReview(referral);
        decided(referral, "Rapid Review commenced at once by " + caller.username());
    }

    /**
     * A panel member's vote; if it makes the decision, the decision takes effect now. Where the
     * partnership lists its Virtual Panel's members (§10.1), only they vote, the business manager
     * among them; otherwise anyone holding the panel-member role.
     */
    public PanelDecisionRule.Tally vote(String id, VoteForm form) {
        Caller caller = roles.require(AuditAction.UPDATE, ReferralService.RECORD_TYPE, id, Role.PANEL_MEMBER,
                Role.BUSINESS_MANAGER);
        Forms.requireValid(validator, form);
        Referral referral = access.find(id, AuditAction.UPDATE);
        if (!mayVote(caller, thresholds.version(referral.thresholdVersion()).thresholds())) {
            audit.denied(AuditAction.UPDATE, ReferralService.RECORD_TYPE, referral.id(), caller.username()
                    + " tried to vote without being a member of the Virtual Panel");
            throw new AccessDeniedException(caller.username() + " is not a member of this partnership's Virtual Panel");
        }
        PanelVote vote = new PanelVote(caller.username(), form.getOutcome(), form.getReason(),
                form.getConflictOfInterest(), now());
        PanelDecisionRule.Tally tally = form.getSupersedeBecause() == null || form.getSupersedeBecause().isBlank()
                ? referral.vote(vote, panelRule(referral))
                : referral.supersedeVote(vote, form.getSupersedeBecause(), panelRule(referral));
        audit.allowed(AuditAction.UPDATE, ReferralService.RECORD_TYPE, referral.id(), "vote by " + caller.username()
                + ": " + form.getOutcome() + (vote.counts() ? "" : " (conflict declared: not counted)")
                + (form.getSupersedeBecause() == null || form.getSupersedeBecause().isBlank() ? ""
                        : "; supersedes the earlier vote: " + form.getSupersedeBecause()));
        if (referral.status() == ReferralStatus.DECIDED || referral.status() == ReferralStatus.RETURNED) {
            decided(referral, "decided by the panel's votes (" + referral.decisionRoute() + ")");
        }
        return tally;
    }

    /** The partnership's rule gives a tie to the chair; the business manager records the chair's decision. */
    public void recordChairsDecisionOnTie(String id, PanelOutcome chosen, String rationale) {
        Caller caller = roles.require(AuditAction.UPDATE, ReferralService.RECORD_TYPE, id, Role.BUSINESS_MANAGER);
        Referral referral = access.find(id, AuditAction.UPDATE);
        referral.chairDecidesTie(caller.username(), chosen, rationale, panelRule(referral), now());
        decided(referral, "the chair decided the tie: " + chosen);
    }

    /**
     * The referrer disagrees with "no review" (§7.5); for a referral keyed in from outside, the business
     * manager who keyed it in records the sender's disagreement.
     */
    public void disagree(String id, String why) {
        Caller caller = roles.require(AuditAction.UPDATE, ReferralService.RECORD_TYPE, id, ReferralService.WRITERS);
        Referral referral = access.findOwn(id, caller, AuditAction.UPDATE);
        referral.disagree(caller.username(), why, now());
        letters.disagreementReceived(referral);
        audit.allowed(AuditAction.UPDATE, ReferralService.RECORD_TYPE, referral.id(), "referrer disagrees: " + why);
    }

    /**
     * §7.5: on a disputed "no review", "the Independent Adviser will give a view"; the adviser records
     * it in their own name (issue 14 §1), and the business unit then records the final decision.
     */
    public void recordAdviserView(String id, String view) {
        Caller caller = roles.require(AuditAction.UPDATE, ReferralService.RECORD_TYPE, id, Role.INDEPENDENT_ADVISER);
        Referral referral = access.find(id, AuditAction.UPDATE);
        referral.recordAdviserView(caller.displayName() + " (" + caller.username() + ")", view, now());
        audit.allowed(AuditAction.UPDATE, ReferralService.RECORD_TYPE, referral.id(), "Independent Adviser's view: " + view);
    }

    public void finalDecision(String id, PanelOutcome outcome, String rationale) {
        Caller caller = roles.require(AuditAction.UPDATE, ReferralService.RECORD_TYPE, id, Role.BUSINESS_MANAGER);
        Referral referral = access.find(id, AuditAction.UPDATE);
        referral.finalDecision(caller.username(), outcome, rationale, now());
        decided(referral, "final decision after the referrer's disagreement: " + outcome);
    }

    /**
     * What has happened to the referral that a review's clocks may count from: its receipt, the
     * decision, and (§4.2 table: the local authority notifies the National Panel within 5 working days
     * of becoming aware) the day the local authority became aware and a notification already sent.
     */
    private static Map<StartEvent, ZonedDateTime> eventsOf(Referral referral, ZonedDateTime decidedAt) {
        Map<StartEvent, ZonedDateTime> events = new EnumMap<>(StartEvent.class);
        events.put(StartEvent.REFERRAL_RECEIVED, uk(referral.submittedAt()));
        events.put(StartEvent.LOCAL_CASE_REVIEW_DECIDED, decidedAt);
        ReferralContent content = referral.content();
        java.util.Optional.ofNullable(content.getIncident().getLocalAuthorityAwareOn())
                .ifPresent(day -> events.put(StartEvent.LOCAL_AUTHORITY_AWARE, day.atStartOfDay(DeadlineCalculator.UK)));
        java.util.Optional.ofNullable(content.getNationalPanelNotifiedOn())
                .ifPresent(day -> events.put(StartEvent.NATIONAL_PANEL_NOTIFIED, DeadlineCalculator.endOf(day)));
        return events;
    }

    /** What a decision sets going: the review and its clocks, or the return and its clock; the letter to the referrer. */
    private void decided(Referral referral, String how) {
        ZonedDateTime at = uk(referral.decidedAt());
        clocks.meet(access.subject(referral), "forward-to-panel", at);
        clocks.meet(access.subject(referral), "panel-decision", at);
        PanelOutcome outcome = referral.outcome();
        switch (outcome) {
            case COMMENCE_RAPID_REVIEW, LOCAL_CASE_REVIEW, GOOD_OUTCOME_REVIEW, INDIVIDUAL_AGENCY_REVIEW -> {
                // Which kind the decision opens is the partnership's data (issue 13 §1); its clocks
                // start from those of the referral's events their rules count from.
                ReviewSummary review = reviews.openFromReferral(outcome.openingDecision().orElseThrow(), referral.id(),
                        referral.reference(), referral.thresholdVersion(), eventsOf(referral, at));
                referral.linkReview(review.id());
                letters.decision(referral, review.reference());
            }
            case INCOMPLETE_RETURN_TO_REFERRER -> {
                clocks.start(access.subject(referral), new ClockOwner(referral.createdBy(), referral.referrerEmail()),
                        "incomplete-resubmission", at);
                letters.returned(referral);
            }
            case NO_REVIEW -> letters.decision(referral, null);
            default -> throw new IllegalStateException(outcome.name());
        }
        audit.allowed(AuditAction.UPDATE, ReferralService.RECORD_TYPE, referral.id(), how + "; outcome " + outcome
                + "; rationale: " + referral.decisionRationale());
    }

    /** §10.1: a listed member, or, where the partnership lists nobody, anyone with the panel-member role. */
    static boolean mayVote(Caller caller, ThresholdSet.Thresholds rules) {
        return rules.panelMembers().isEmpty() ? caller.hasRole(Role.PANEL_MEMBER)
                : rules.listsPanelMember(caller.username());
    }

    /** Whether the caller votes on referrals under the thresholds in force: what their work list shows. */
    public boolean votesNow(Caller caller) {
        return mayVote(caller, thresholds.inForce().thresholds());
    }

    private PanelRule panelRule(Referral referral) {
        return thresholds.version(referral.thresholdVersion()).thresholds().panel();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static ZonedDateTime uk(OffsetDateTime at) {
        return at.atZoneSameInstant(DeadlineCalculator.UK);
    }
}

package uk.safeguarding.reviews.handover.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import uk.safeguarding.reviews.kernel.Page;
import java.util.Optional;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.handover.domain.Handover;
import uk.safeguarding.reviews.handover.domain.HandoverRegistry;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.referral.application.ReferralTransfer;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;
import uk.safeguarding.reviews.tenancy.api.TenantContext;
import uk.safeguarding.reviews.tenancy.domain.BoardKind;
import uk.safeguarding.reviews.tenancy.domain.Tenant;

/**
 * Handing a referral over to the partnership where the incident happened (issue 6, §10.2): proposed
 * by the business manager of the partnership that has it, answered by the other's, withdrawn by the
 * proposer, escalated to the Executive Group when they disagree. Accepting copies the referral in
 * one transaction: either all of it arrives and the original becomes read-only, or nothing changes,
 * and a retry never makes a second copy. Both partnerships' trails record every step.
 */
@ApplicationScoped
@Transactional
public class Handovers {

    static final String RECORD_TYPE = "handover";
    /** The receiving partnership's rule for its answer (§10.2), under its own rules and calendar. */
    static final String ANSWER_CLOCK = "handover-answer";

    @Inject
    private HandoverRegistry handovers;

    @Inject
    private ReferralTransfer transfer;

    @Inject
    private ClockService clocks;

    @Inject
    private AuditTrail audit;

    @Inject
    private RoleGate roles;

    @Inject
    private Clock clock;

    @Inject
    private Event<HandoverProposed> proposals;

    /** The children's partnerships on the instance a referral could go to. */
    public List<Tenant> destinations() {
        roles.require(AuditAction.LIST, RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        String here = TenantContext.tenant().slug();
        return handovers.partnerships().stream().filter(Tenant::isActive).filter(t -> !t.slug().equals(here))
                .filter(t -> t.boardKind() == BoardKind.CHILDREN_SAFEGUARDING_PARTNERSHIP).toList();
    }

    public HandoverView propose(String referralId, HandoverForm form) {
        Caller caller = roles.require(AuditAction.CREATE, RECORD_TYPE, referralId, Role.BUSINESS_MANAGER);
        ActiveTenant here = TenantContext.tenant();
        if (form.getToPartnership() == null || form.getToPartnership().isBlank()) {
            throw InvalidFieldException.refused("toPartnership",
                    "handover.handovers.choose-partnership-where-incident-happened");
        }
        Tenant target = activeTenant(form.getToPartnership()).orElseThrow(() ->
                InvalidFieldException.refused("toPartnership",
                "handover.handovers.there-no-active-partnership-instance", form.getToPartnership()));
        ReferralTransfer.HandoverSubject subject = transfer.subject(referralId);
        if (handovers.ofReferral(here.slug(), subject.id()).stream().anyMatch(Handover::isLive)) {
            throw InvalidFieldException.refused("toPartnership",
                    "handover.handovers.already-proposed-handover-withdraw-proposal", subject.reference());
        }
        Handover handover = Handover.propose(here.slug(), target.slug(), subject.id(), subject.reference(),
                subject.childInitials(), form.getReason(), form.getLegalBasis(), form.getSharedItems(),
                subject.clocks(), caller.username(), now());
        handovers.add(handover);
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, handover.id(), "handover of " + subject.reference()
                + " proposed to " + target.displayName() + ": " + handover.reason());
        audit.allowedIn(target.asActive(), AuditAction.CREATE, RECORD_TYPE, handover.id(), "handover of "
                + subject.reference() + " proposed by " + here.displayName());
        proposals.fire(new HandoverProposed(handover.id(), here.slug(), here.displayName(), target.slug(),
                subject.reference(), caller.username(), handover.proposedAt()));
        return view(handover);
    }

    /** Proposals made to this partnership, for its business manager, with the date to answer by. */
    public Page<HandoverView> inbox(int pageNumber) {
        roles.require(AuditAction.LIST, RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        String here = TenantContext.tenant().slug();
        long total = handovers.countProposedTo(here);
        int number = Page.within(pageNumber, total, Page.DEFAULT_SIZE);
        List<HandoverView> views = handovers.proposedTo(here, Page.offset(number, Page.DEFAULT_SIZE), Page.DEFAULT_SIZE)
                .stream().map(this::view).toList();
        audit.allowed(AuditAction.LIST, RECORD_TYPE, null, "handovers page " + number + ": " + views.size() + " of "
                + total);
        return new Page<>(views, number, Page.DEFAULT_SIZE, total);
    }

    /** One handover, for either side's business manager; anyone else's is not found (audited). */
    public HandoverView view(String handoverId) {
        roles.require(AuditAction.VIEW, RECORD_TYPE, handoverId, Role.BUSINESS_MANAGER);
        Handover handover = handovers.findForParty(clean(handoverId), TenantContext.tenant().slug())
                .orElseThrow(() -> audit.notFound(AuditAction.VIEW, RECORD_TYPE, handoverId));
        audit.allowed(AuditAction.VIEW, RECORD_TYPE, handover.id(), null);
        return view(handover);
    }

    /** The handovers of one of this partnership's referrals, for its page. */
    public List<HandoverView> ofReferral(String referralId) {
        roles.require(AuditAction.LIST, RECORD_TYPE, referralId, Role.BUSINESS_MANAGER);
        return handovers.ofReferral(TenantContext.tenant().slug(), clean(referralId)).stream().map(this::view)
                .toList();
    }

    /** The receiving partnership takes the referral: the copy, its clocks and both trails, all at once. */
    public HandoverView accept(String handoverId) {
        return take(handoverId, null);
    }

    public HandoverView decline(String handoverId, String reason) {
        Caller caller = roles.require(AuditAction.UPDATE, RECORD_TYPE, handoverId, Role.BUSINESS_MANAGER);
        Handover handover = incoming(handoverId);
        handover.decline(caller.username(), reason, now());
        handovers.update(handover);
        answered(handover);
        record(handover, "declined by " + TenantContext.tenant().displayName() + ": " + handover.answerReason());
        return view(handover);
    }

    public HandoverView withdraw(String handoverId) {
        Caller caller = roles.require(AuditAction.UPDATE, RECORD_TYPE, handoverId, Role.BUSINESS_MANAGER);
        Handover handover = handovers.lockForParty(clean(handoverId), TenantContext.tenant().slug())
                .filter(h -> h.fromTenant().equals(TenantContext.tenant().slug()))
                .orElseThrow(() -> audit.notFound(AuditAction.UPDATE, RECORD_TYPE, handoverId));
        handover.withdraw(caller.username(), now());
        handovers.update(handover);
        // Nothing is left for the other partnership to answer: its clock stops, in this transaction.
        handovers.partnership(handover.toTenant()).ifPresent(to -> clocks.closeAllIn(to.asActive(),
                HandoverArrival.CLOCK_SUBJECT_TYPE, handover.id()));
        record(handover, "withdrawn by " + TenantContext.tenant().displayName());
        return view(handover);
    }

    /** Either side takes a decline to the Executive Group (§10.2). */
    public HandoverView escalate(String handoverId, String reason) {
        Caller caller = roles.require(AuditAction.UPDATE, RECORD_TYPE, handoverId, Role.BUSINESS_MANAGER);
        Handover handover = handovers.lockForParty(clean(handoverId), TenantContext.tenant().slug())
                .orElseThrow(() -> audit.notFound(AuditAction.UPDATE, RECORD_TYPE, handoverId));
        handover.escalate(caller.username(), reason, now());
        handovers.update(handover);
        record(handover, "escalated to the Executive Group by " + TenantContext.tenant().displayName() + ": "
                + handover.escalationReason());
        return view(handover);
    }

    /**
     * The Executive Group's decision, recorded and applied by the receiving partnership's business
     * manager: the referral comes over, or the decline stands.
     */
    public HandoverView applyExecutiveDecision(String handoverId, boolean handOver, String decision) {
        if (handOver) {
            return take(handoverId, decision);
        }
        Caller caller = roles.require(AuditAction.UPDATE, RECORD_TYPE, handoverId, Role.BUSINESS_MANAGER);
        Handover handover = incoming(handoverId);
        handover.executiveUpholdsDecline(decision, caller.username(), now());
        handovers.update(handover);
        record(handover, "the Executive Group upheld the decline: " + handover.executiveDecision());
        return view(handover);
    }

    private HandoverView take(String handoverId, String executiveDecision) {
        Caller caller = roles.require(AuditAction.UPDATE, RECORD_TYPE, handoverId, Role.BUSINESS_MANAGER);
        Handover handover = incoming(handoverId);
        handover.requireLive();
        Tenant source = activeTenant(handover.fromTenant()).orElseThrow(() ->
                InvalidFieldException.refused("handover", "handover.handovers.proposing-partnership-no-longer-active"));
        ReferralTransfer.Received copy = transfer.receive(source.asActive(), handover.sourceReferralId(),
                handover.sourceReference(), handover.id());
        handover.accepted(caller.username(), now(), copy.referralId(), copy.reference(), executiveDecision);
        handovers.update(handover);
        answered(handover);
        record(handover, "accepted by " + TenantContext.tenant().displayName() + " as " + copy.reference()
                + (executiveDecision == null ? "" : ", on the Executive Group's decision: " + executiveDecision));
        return view(handover);
    }

    /** The receiving partnership's answer meets its own clock. */
    private void answered(Handover handover) {
        clocks.meet(HandoverArrival.subject(handover.id(), handover.sourceReference(), name(handover.fromTenant())),
                ANSWER_CLOCK, now().atZoneSameInstant(DeadlineCalculator.UK));
    }

    /** A handover proposed to this partnership, locked; anything else is not found (audited). */
    private Handover incoming(String handoverId) {
        String here = TenantContext.tenant().slug();
        return handovers.lockForParty(clean(handoverId), here).filter(h -> h.toTenant().equals(here))
                .orElseThrow(() -> audit.notFound(AuditAction.UPDATE, RECORD_TYPE, handoverId));
    }

    /** Each step goes in both partnerships' trails, in the same transaction as the step. */
    private void record(Handover handover, String detail) {
        List<ActiveTenant> parties = java.util.stream.Stream.of(handover.fromTenant(), handover.toTenant())
                .map(handovers::partnership).flatMap(Optional::stream).map(Tenant::asActive).toList();
        audit.allowedHereAndIn(parties, AuditAction.UPDATE, RECORD_TYPE, handover.id(), detail);
    }

    private HandoverView view(Handover h) {
        boolean incoming = h.toTenant().equals(TenantContext.tenant().slug());
        LocalDate answerBy = incoming && h.isLive() ? clocks.dueBy(ANSWER_CLOCK,
                h.proposedAt().atZoneSameInstant(DeadlineCalculator.UK)).toLocalDate() : null;
        return HandoverView.of(h, name(h.fromTenant()), name(h.toTenant()), answerBy, incoming);
    }

    private String name(String slug) {
        return handovers.partnership(slug).map(Tenant::displayName).orElse(slug);
    }

    private Optional<Tenant> activeTenant(String slug) {
        return slug == null || slug.isBlank() ? Optional.empty()
                : handovers.partnership(slug.strip()).filter(Tenant::isActive);
    }

    private static String clean(String id) {
        return id == null ? "" : id.strip();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}

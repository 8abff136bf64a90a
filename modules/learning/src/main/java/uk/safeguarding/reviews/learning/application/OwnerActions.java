package uk.safeguarding.reviews.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.safeguarding.reviews.agencies.application.AgencyLookup;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.kernel.AttachedDocument;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.kernel.mail.Outbox;
import uk.safeguarding.reviews.kernel.mail.OutboxMessage;
import uk.safeguarding.reviews.kernel.mail.OutgoingMail;
import uk.safeguarding.reviews.learning.domain.ActionPlan;
import uk.safeguarding.reviews.learning.domain.ActionPlanRepository;
import uk.safeguarding.reviews.learning.domain.ActionUpdate;
import uk.safeguarding.reviews.learning.domain.EvidenceFile;
import uk.safeguarding.reviews.learning.domain.PlanAction;
import uk.safeguarding.reviews.review.application.ReviewAccess;
import uk.safeguarding.reviews.review.domain.ReviewAct;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/**
 * §9: the people of the agency that owns an action report on it: progress, or done with the evidence
 * (a note and a file), which meets the action's clock and waits for the business unit's verification.
 * They see their agency's actions and nothing else of the review; anyone else finds nothing, audited.
 */
@ApplicationScoped
@Transactional
public class OwnerActions {

    static final String RECORD_TYPE = "plan-action";

    /** The largest evidence file: 10 MB. */
    public static final int MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

    @Inject
    private ActionPlanRepository plans;

    @Inject
    private AgencyLookup agencies;

    @Inject
    private ReviewAccess access;

    @Inject
    private ClockService clocks;

    @Inject
    private Verifications verifications;

    @Inject
    private Outbox outbox;

    @Inject
    private RoleGate roles;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The actions of the signed-in person's agencies in agreed plans, the plans' oldest first. */
    public List<OwnerAction> mine(int limit) {
        Caller caller = roles.require(AuditAction.LIST, RECORD_TYPE, null, Role.AGENCY_CONTRIBUTOR);
        return plans.actionsOfAgencies(agencies.idsOfContact(caller.username()), limit).stream()
                .map(a -> view(a, false)).toList();
    }

    /** One action for its agency's people, with its history; not found (audited) for anyone else. */
    public OwnerAction action(String id) {
        PlanAction action = mine(id, AuditAction.VIEW);
        return view(action, true);
    }

    /**
     * The owner's report: progress, or done with the evidence. Done needs a note of the evidence and a
     * file (this time or earlier); each refusal beside its field, with what was typed and chosen kept.
     */
    public OwnerAction report(String id, ActionReportForm form) {
        PlanAction action = mine(id, AuditAction.UPDATE);
        Caller caller = TenantContext.caller();
        ActionPlan plan = plans.planOf(action.reviewId()).orElseThrow();
        if (!plan.running()) {
            throw RefusedException.because("learning.owner-actions.plan-there-nothing-report",
                    plan.reviewReference(), (plan.state()
                    == ActionPlan.State.DRAFT ? "not agreed yet" : "closed"));
        }
        AttachedDocument file = form.file() == null ? null : AttachedDocument.of("file", "evidence", form.getFileName(),
                form.file(), MAX_EVIDENCE_BYTES, AttachedDocument.EVIDENCE_TYPES, "as a PDF, Word, spreadsheet,"
                        + " CSV or picture file");
        boolean earlierFile = plans.updatesOf(action.reviewId()).stream()
                .anyMatch(u -> u.actionId().equals(action.id()) && u.hasFile());
        if (form.isDone() && file == null && !earlierFile) {
            throw InvalidFieldException.refused("file", "learning.owner-actions.attach-evidence-action-done-9");
        }
        ActionUpdate entry = ActionUpdate.record(action, form.isDone() ? ActionUpdate.Kind.DONE
                : ActionUpdate.Kind.PROGRESS, form.getNote(), form.isDone() ? "learning.owner-actions.say-what-was-done"
                        : "learning.owner-actions.say-what-happened-since", file == null ? null : file.fileName(),
                file == null ? null : file.content().length, caller.username(), caller.displayName(),
                OffsetDateTime.now(clock));
        if (form.isDone()) {
            action.done();
            verifications.askNextScrutineer(action);
        } else {
            action.progress();
        }
        plans.add(entry);
        if (file != null) {
            plans.add(new EvidenceFile(entry, file.content()));
        }
        plan.progressReported();
        if (form.isDone()) {
            ZonedDateTime now = ZonedDateTime.now(clock.withZone(DeadlineCalculator.UK));
            clocks.meet(ActionPlans.subject(action, plan.reviewReference()), ActionPlans.ACTION_CLOCK, now);
            clocks.meet(ActionPlans.subject(action, plan.reviewReference()), ActionPlans.RETURNED_CLOCK, now);
            Optional.ofNullable(clocks.businessUnit().email()).ifPresent(mailbox -> outbox.write(new OutgoingMail(
                    mailbox, "Action " + action.number() + " of " + plan.reviewReference() + " is reported done",
                    action.agencyName() + " reported action " + action.number() + " of the plan of "
                            + plan.reviewReference() + " done: " + entry.note() + "\n\n" + (action.scrutineerName()
                                    == null ? "No one on the verification rota is independent of the agency: verify it,"
                                            + " or return it with the reason: " : "It is " + action.scrutineerName()
                                            + "'s turn on the verification rota to verify it (\u00a710.1). The plan: ")
                            + OutboxMessage.APP + "/app/reviews/action-plan.xhtml?id=" + action.reviewId() + "\n")));
        }
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, action.reviewId(), "action " + action.number() + " of "
                + plan.reviewReference() + (form.isDone() ? " reported done" : " progress reported") + " by "
                + caller.username() + (file == null ? "" : ", evidence " + file.fileName()) + ": " + entry.note());
        return view(action, true);
    }

    /**
     * An evidence file: for the people of the action's agency, or for whoever may see the review's
     * plan; not found (audited) for anyone else.
     */
    public Evidence evidence(String updateId) {
        Caller caller = TenantContext.caller();
        ActionUpdate update = plans.update(updateId).filter(ActionUpdate::hasFile)
                .orElseThrow(() -> audit.notFound(AuditAction.VIEW, RECORD_TYPE, updateId));
        PlanAction action = plans.action(update.actionId()).orElseThrow();
        boolean ownAgency = caller.hasRole(Role.AGENCY_CONTRIBUTOR)
                && agencies.idsOfContact(caller.username()).contains(action.agencyId());
        if (!ownAgency && !action.scrutinisedBy(caller.username()) && !access.mayOn(action.reviewId(), ReviewAct.SEE)) {
            throw audit.notFound(AuditAction.VIEW, RECORD_TYPE, updateId);
        }
        EvidenceFile file = plans.evidence(update.id()).orElseThrow();
        audit.allowed(AuditAction.VIEW, RECORD_TYPE, action.reviewId(), "evidence " + update.fileName() + " of action "
                + action.number() + " read by " + caller.username());
        return new Evidence(update.fileName(), file.content());
    }

    /** An evidence file's name and content. */
    public record Evidence(String fileName, byte[] content) {
    }

    /** Where an action's people report on it, with the outbox's placeholder for the product's address. */
    static String link(String actionId) {
        return OutboxMessage.APP + "/app/agency/action.xhtml?id=" + actionId;
    }

    private PlanAction mine(String id, AuditAction action) {
        Caller caller = roles.require(action, RECORD_TYPE, id, Role.AGENCY_CONTRIBUTOR);
        Set<String> mine = agencies.idsOfContact(caller.username());
        return plans.action(id).filter(a -> mine.contains(a.agencyId()))
                .filter(a -> plans.planOf(a.reviewId()).map(p -> p.state() != ActionPlan.State.DRAFT).orElse(false))
                .orElseThrow(() -> audit.notFound(action, RECORD_TYPE, id));
    }

    private OwnerAction view(PlanAction action, boolean withHistory) {
        ActionPlan plan = plans.planOf(action.reviewId()).orElseThrow();
        List<ActionUpdate> history = withHistory ? plans.updatesOf(action.reviewId()).stream()
                .filter(u -> u.actionId().equals(action.id())).toList() : List.of();
        LocalDate today = LocalDate.now(clock.withZone(DeadlineCalculator.UK));
        boolean mayReport = plan.running() && (action.status() == PlanAction.Status.OPEN
                || action.status() == PlanAction.Status.IN_PROGRESS || action.status() == PlanAction.Status.RETURNED);
        return new OwnerAction(plan.reviewReference(), ActionPlans.line(action, history, today), mayReport);
    }
}

package uk.safeguarding.reviews.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.safeguarding.reviews.agencies.application.AgencyLookup;
import uk.safeguarding.reviews.agencies.application.AgencyView;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.clocks.domain.ClockOwner;
import uk.safeguarding.reviews.clocks.domain.ClockPeriod;
import uk.safeguarding.reviews.clocks.domain.ClockSubject;
import uk.safeguarding.reviews.clocks.domain.ClockUnit;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.PlainDates;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.kernel.mail.Outbox;
import uk.safeguarding.reviews.kernel.mail.OutboxMessage;
import uk.safeguarding.reviews.kernel.mail.OutgoingMail;
import uk.safeguarding.reviews.learning.domain.ActionPlan;
import uk.safeguarding.reviews.learning.domain.ActionPlanRepository;
import uk.safeguarding.reviews.learning.domain.ActionUpdate;
import uk.safeguarding.reviews.learning.domain.PlanAction;
import uk.safeguarding.reviews.practicereview.application.AgreedRecommendations;
import uk.safeguarding.reviews.rapidreview.application.RapidReviewOutcomes;
import uk.safeguarding.reviews.review.application.ReviewAccess;
import uk.safeguarding.reviews.review.application.ReviewLookup;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.review.domain.ReviewAct;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/**
 * §9: "Every review will have an action plan ... agreed by the Review Group and then handed over to
 * the SSCP business unit to monitor." The business unit draws up the actions of a review's plan (each
 * started from one of the report's recommendations, one of the Rapid Review's immediate actions
 * (§7.12), or from nothing), records the review group's agreement, which starts every action's clock
 * with its owner as the clock's owner, and the handover; it then verifies each action its owner
 * reports done, or returns it with the reason, and closes the plan once all are verified. Everything
 * is audited.
 */
@ApplicationScoped
@Transactional
public class ActionPlans {

    static final String RECORD_TYPE = "action-plan";

    /** The partnership's default timescale for an action, and the period to report again on a returned one. */
    static final String ACTION_CLOCK = "plan-action";
    static final String RETURNED_CLOCK = "returned-action";

    /** The units a plan may choose an action's timescale in. */
    public static final List<ClockUnit> TIMESCALE_UNITS = List.of(ClockUnit.WORKING_DAYS, ClockUnit.MONTHS);

    @Inject
    private ReviewAccess access;

    @Inject
    private ReviewLookup reviews;

    @Inject
    private ActionPlanRepository plans;

    @Inject
    private AgreedRecommendations recommendations;

    @Inject
    private RapidReviewOutcomes rapidReviews;

    @Inject
    private AgencyLookup agencies;

    @Inject
    private ClockService clocks;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The plan as its page shows it, for whoever may see the review; a review without one shows an empty draft. */
    public ActionPlanView of(String reviewId) {
        access.requireOn(reviewId, ReviewAct.SEE, AuditAction.VIEW, RECORD_TYPE, reviewId);
        return view(review(reviewId, AuditAction.VIEW));
    }

    /**
     * A form started from one of the plan's sources: a recommendation's action, the finding it
     * answers and how we will know; an immediate action's description. Unknown keys start empty.
     */
    public ActionForm startFrom(String reviewId, String sourceKey) {
        access.requireOn(reviewId, ReviewAct.RUN, AuditAction.VIEW, RECORD_TYPE, reviewId);
        ActionForm form = new ActionForm();
        form.setSourceKey(sourceKey);
        if (sourceKey != null && sourceKey.startsWith("R")) {
            recommendations.of(reviewId).stream().filter(r -> ("R" + r.number()).equals(sourceKey)).findFirst()
                    .ifPresent(r -> {
                        form.setAnswers("Recommendation " + r.number() + (r.finding() == null ? "" : ", on the"
                                + " finding: " + r.finding()));
                        form.setWhat(r.action());
                        form.setIntendedOutcome(r.measure());
                    });
        } else if (sourceKey != null && sourceKey.startsWith("I")) {
            rapidReviews.immediateActions(reviewId).stream().filter(a -> ("I" + a.id()).equals(sourceKey))
                    .findFirst().ifPresent(a -> {
                        form.setAnswers("The Rapid Review's immediate action to keep children safe (\u00a77.12): "
                                + a.description());
                        form.setWhat(a.description());
                    });
        }
        return form;
    }

    /** An action added to the draft plan (the plan begins with its first action); refused beside the field. */
    public ActionPlanView draw(String reviewId, ActionForm form) {
        Caller caller = access.requireOn(reviewId, ReviewAct.RUN, AuditAction.CREATE, RECORD_TYPE, reviewId);
        ReviewSummary review = review(reviewId, AuditAction.CREATE);
        review.requireOpen();
        ActionPlan plan = plans.planOf(review.id()).orElseGet(() -> {
            ActionPlan begun = ActionPlan.begin(review.id(), review.reference(), caller.username(), now());
            plans.add(begun);
            return begun;
        });
        plan.requireDraft();
        List<PlanAction> existing = plans.actionsOf(review.id());
        PlanAction action = PlanAction.draw(review.id(), existing.size() + 1, new PlanAction.Drawn(source(form),
                form.getAnswers(), form.getWhat(), owner(form.getOwner()), timescale(form), form.getIntendedOutcome()));
        plans.add(action);
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, review.id(), "action " + action.number() + " added to the plan"
                + " of " + review.reference() + ": " + action.what() + " (" + action.agencyName() + ", "
                + action.ownerName() + ")");
        return view(review);
    }

    /**
     * §9: the review group agreed the plan: refused with no action or beside the field; every
     * action's clock starts from that day, its owner reminded, and each owner is told.
     */
    public ActionPlanView agree(String reviewId, ActionForm form) {
        access.requireOn(reviewId, ReviewAct.RUN, AuditAction.UPDATE, RECORD_TYPE, reviewId);
        ReviewSummary review = review(reviewId, AuditAction.UPDATE);
        review.requireOpen();
        ActionPlan plan = plans.planOf(review.id()).orElseThrow(() ->
                RefusedException.because("learning.action-plans.add-plan-actions-first-from"));
        List<PlanAction> actions = plans.actionsOf(review.id());
        plan.agree(form.getAgreedBy(), form.getAgreedOn(), actions, today());
        ZonedDateTime from = dayOf(plan.agreedOn());
        for (PlanAction action : actions) {
            action.dueOn(start(action, review, ACTION_CLOCK, action.timescale(), from));
            tellOwner(action, "An action for you in the plan of " + review.reference(), TenantContext.tenant()
                    .displayName() + " agreed the action plan of " + review.reference() + ". Action " + action.number()
                    + " is yours:\n" + action.what() + "\n\nWhat will change as a result: " + action.intendedOutcome()
                    + "\nDue by " + PlainDates.day(action.dueOn()) + ". Report your progress, and the evidence when"
                    + " it is done, at " + OwnerActions.link(action.id()));
        }
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), "action plan of " + review.reference()
                + " agreed by " + plan.agreedBy() + " on " + plan.agreedOn() + ", " + actions.size() + " actions");
        return view(review);
    }

    /** §9: handed over to the business unit to monitor, with who monitors it. */
    public ActionPlanView handOver(String reviewId, ActionForm form) {
        access.requireOn(reviewId, ReviewAct.RUN, AuditAction.UPDATE, RECORD_TYPE, reviewId);
        ReviewSummary review = review(reviewId, AuditAction.UPDATE);
        ActionPlan plan = plans.planOf(review.id()).orElseThrow(() ->
                RefusedException.because("learning.action-plans.there-no-action-plan-hand"));
        plan.handOver(form.getHandedOverTo(), today());
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), "action plan of " + review.reference()
                + " handed over to " + plan.handedOverTo() + " to monitor");
        return view(review);
    }

    /** The business unit verified an action reported done, with the evidence it saw. */
    public ActionPlanView verify(String reviewId, String actionId, String note) {
        Caller caller = access.requireOn(reviewId, ReviewAct.RUN, AuditAction.UPDATE, RECORD_TYPE, reviewId);
        ReviewSummary review = review(reviewId, AuditAction.UPDATE);
        verified(review, actionOf(review, actionId), caller, note);
        return view(review);
    }

    /**
     * The action verified, by the business unit or the scrutineer whose turn it was (the caller has
     * been checked): the evidence seen recorded, and the plan verified once every action is.
     */
    void verified(ReviewSummary review, PlanAction action, Caller caller, String note) {
        ActionUpdate entry = ActionUpdate.record(action, ActionUpdate.Kind.VERIFIED, note,
                "learning.action-plans.say-what-evidence-shows-action", null, null, caller.username(),
                caller.displayName(), now());
        action.verify();
        plans.add(entry);
        ActionPlan plan = plans.planOf(review.id()).orElseThrow();
        plan.actionsVerified(plans.actionsOf(review.id()));
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), "action " + action.number() + " of "
                + review.reference() + " verified by " + caller.username() + ": " + entry.note());
    }

    /** Back to its owner with the reason they read: a new period to report on it again, from the clock engine. */
    public ActionPlanView returnToOwner(String reviewId, String actionId, String reason) {
        Caller caller = access.requireOn(reviewId, ReviewAct.RUN, AuditAction.UPDATE, RECORD_TYPE, reviewId);
        ReviewSummary review = review(reviewId, AuditAction.UPDATE);
        returned(review, actionOf(review, actionId), caller, reason);
        return view(review);
    }

    /** The action back with its owner, with the reason they read and a new period from the clock engine. */
    void returned(ReviewSummary review, PlanAction action, Caller caller, String reason) {
        ActionUpdate entry = ActionUpdate.record(action, ActionUpdate.Kind.RETURNED, reason,
                "learning.action-plans.say-why-action-goes-back", null, null, caller.username(),
                caller.displayName(), now());
        action.returnToOwner();
        action.askScrutineer(null);
        plans.add(entry);
        LocalDate again = start(action, review, RETURNED_CLOCK, null, ZonedDateTime.now(clock.withZone(
                DeadlineCalculator.UK)));
        tellOwner(action, "Your action in the plan of " + review.reference() + " is returned", "Action "
                + action.number() + " of the plan of " + review.reference() + " is returned to you, because:\n"
                + entry.note() + "\n\nPlease report on it again by " + PlainDates.day(again) + " at "
                + OwnerActions.link(action.id()));
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), "action " + action.number() + " of "
                + review.reference() + " returned to " + action.ownerName() + " by " + caller.username() + ": "
                + entry.note());
    }

    /** Closed once every action is verified, with what the plan achieved. */
    public ActionPlanView close(String reviewId, ActionForm form) {
        Caller caller = access.requireOn(reviewId, ReviewAct.RUN, AuditAction.UPDATE, RECORD_TYPE, reviewId);
        ReviewSummary review = review(reviewId, AuditAction.UPDATE);
        ActionPlan plan = plans.planOf(review.id()).orElseThrow(() ->
                RefusedException.because("learning.action-plans.there-no-action-plan-close"));
        plan.close(form.getNote(), caller.username(), now());
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), "action plan of " + review.reference()
                + " closed: " + plan.closingNote());
        return view(review);
    }

    static ClockSubject subject(PlanAction action, String reviewReference) {
        return new ClockSubject(PlanAction.CLOCK_SUBJECT_TYPE, action.id(), reviewReference + " action "
                + action.number() + ": " + action.agencyName());
    }

    /** Starts the action's clock (its owner reminded) and gives the day it is due. */
    private LocalDate start(PlanAction action, ReviewSummary review, String rule, ClockPeriod chosen,
            ZonedDateTime from) {
        ClockOwner owner = new ClockOwner(action.ownerName(), action.ownerEmail());
        return (chosen == null ? clocks.start(subject(action, review.reference()), owner, rule, from)
                : clocks.start(subject(action, review.reference()), owner, rule, chosen, from)).dueDay();
    }

    private void tellOwner(PlanAction action, String subject, String body) {
        Optional.ofNullable(action.ownerEmail()).filter(e -> !e.isBlank())
                .ifPresent(address -> outbox.write(new OutgoingMail(address, subject, body)));
    }

    private PlanAction actionOf(ReviewSummary review, String actionId) {
        return plans.action(actionId).filter(a -> a.reviewId().equals(review.id()))
                .orElseThrow(() -> audit.notFound(AuditAction.UPDATE, RECORD_TYPE, actionId));
    }

    ReviewSummary review(String id, AuditAction action) {
        return reviews.find(id == null ? "" : id.strip()).orElseThrow(() -> audit.notFound(action, RECORD_TYPE, id));
    }

    private static PlanAction.Source source(ActionForm form) {
        String key = form.getSourceKey();
        if (key != null && key.startsWith("R")) {
            return PlanAction.Source.RECOMMENDATION;
        }
        return key != null && key.startsWith("I") ? PlanAction.Source.IMMEDIATE_ACTION : PlanAction.Source.ADDED;
    }

    /** The person chosen, as "agency id:username", found among the agency's contacts now. */
    private PlanAction.Owner owner(String key) {
        if (key == null || !key.contains(":")) {
            throw InvalidFieldException.refused("owner",
                    "learning.action-plans.choose-person-responsible-action-contact");
        }
        String agencyId = key.substring(0, key.indexOf(':'));
        String username = key.substring(key.indexOf(':') + 1);
        AgencyView agency = agencies.find(agencyId).orElseThrow(() -> InvalidFieldException.refused("owner",
                "learning.action-plans.agency-no-longer-partnership-list"));
        AgencyView.Contact contact = agency.contacts().stream().filter(c -> c.username().equals(username))
                .findFirst().orElseThrow(() -> InvalidFieldException.refused("owner",
                        "learning.action-plans.person-no-longer-one-contacts", agency.name()));
        return new PlanAction.Owner(agency.id(), agency.name(), contact.username(), contact.displayName(),
                contact.email());
    }

    /** Both parts of a timescale or neither (the partnership's default); refused beside the amount otherwise. */
    private static ClockPeriod timescale(ActionForm form) {
        if (form.getTimescaleAmount() == null && form.getTimescaleUnit() == null) {
            return null;
        }
        if (form.getTimescaleAmount() == null || form.getTimescaleUnit() == null) {
            throw InvalidFieldException.refused("timescaleAmount",
                    "learning.action-plans.give-timescale-number-unit-such");
        }
        if (!TIMESCALE_UNITS.contains(form.getTimescaleUnit())) {
            throw InvalidFieldException.refused("timescaleAmount",
                    "learning.action-plans.give-timescale-working-days-months");
        }
        try {
            return new ClockPeriod(form.getTimescaleAmount(), form.getTimescaleUnit());
        } catch (IllegalArgumentException e) {
            throw InvalidFieldException.refused("timescaleAmount", "learning.action-plans.give-timescale-least-1-most");
        }
    }

    private ActionPlanView view(ReviewSummary review) {
        Optional<ActionPlan> plan = plans.planOf(review.id());
        List<PlanAction> actions = plans.actionsOf(review.id());
        Map<String, List<ActionUpdate>> history = plans.updatesOf(review.id()).stream()
                .collect(Collectors.groupingBy(ActionUpdate::actionId));
        boolean mayRun = review.handedOverTo() == null && access.mayOn(review.id(), ReviewAct.RUN);
        boolean draft = plan.map(p -> p.state() == ActionPlan.State.DRAFT).orElse(true);
        LocalDate today = today();
        List<ActionPlanView.Line> lines = actions.stream().map(a -> line(a, history.getOrDefault(a.id(), List.of()),
                today)).toList();
        List<ActionPlanView.Option> sources = new ArrayList<>();
        List<ActionPlanView.Option> owners = new ArrayList<>();
        if (mayRun && draft) {
            recommendations.of(review.id()).forEach(r -> sources.add(new ActionPlanView.Option("R" + r.number(),
                    "Recommendation " + r.number() + ": " + r.action())));
            rapidReviews.immediateActions(review.id()).forEach(a -> sources.add(new ActionPlanView.Option("I" + a.id(),
                    "Immediate action: " + a.description())));
            agencies.all().forEach(agency -> agency.contacts().forEach(c -> owners.add(new ActionPlanView.Option(
                    agency.id() + ":" + c.username(), c.displayName() + ", " + agency.name()))));
        }
        ActionPlan.State state = plan.map(ActionPlan::state).orElse(ActionPlan.State.DRAFT);
        return new ActionPlanView(review.id(), review.reference(), state.name(),
                plan.map(ActionPlan::agreedBy).orElse(null), plan.map(ActionPlan::agreedOn).orElse(null),
                plan.map(ActionPlan::handedOverTo).orElse(null), plan.map(ActionPlan::handedOverOn).orElse(null),
                plan.map(ActionPlan::closingNote).orElse(null), lines, sources, owners, clocks.period(ACTION_CLOCK),
                mayRun && draft, mayRun && draft && !actions.isEmpty(), mayRun && state == ActionPlan.State.AGREED,
                mayRun && actions.stream().anyMatch(a -> a.status() == PlanAction.Status.DONE),
                mayRun && state == ActionPlan.State.VERIFIED, recommendations.of(review.id()).stream()
                        .map(r -> new ActionPlanView.Option(RecommendationThemes.id(review.id(), r.number()),
                                r.number() + ". " + r.action())).toList());
    }

    static ActionPlanView.Line line(PlanAction a, List<ActionUpdate> history, LocalDate today) {
        ClockPeriod timescale = a.timescale();
        return new ActionPlanView.Line(a.id(), a.number(), a.source().name(), a.answers(), a.what(), a.agencyName(),
                a.ownerName(), timescale == null ? null : timescale.amount() + " " + unitWords(timescale),
                a.dueOn(), a.dueOn() != null && today.isAfter(a.dueOn()) && (a.status() == PlanAction.Status.OPEN
                        || a.status() == PlanAction.Status.IN_PROGRESS || a.status() == PlanAction.Status.RETURNED),
                a.intendedOutcome(), a.status().name(), a.scrutineerName(), history.stream().map(u -> new ActionPlanView.Entry(u.id(),
                        u.kind().name(), u.note(), u.madeByName(), u.madeAt().atZoneSameInstant(DeadlineCalculator.UK)
                        .toLocalDate(), u.fileName())).toList());
    }

    private static String unitWords(ClockPeriod period) {
        return switch (period.unit()) {
            case MONTHS -> period.amount() == 1 ? "month" : "months";
            case WORKING_DAYS -> period.amount() == 1 ? "working day" : "working days";
            default -> period.amount() == 1 ? "day" : "days";
        };
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DeadlineCalculator.UK));
    }

    /** When something agreed on {@code day} happened: now if today, else that day's end. */
    private ZonedDateTime dayOf(LocalDate day) {
        return day.equals(today()) ? ZonedDateTime.now(clock.withZone(DeadlineCalculator.UK))
                : DeadlineCalculator.endOf(day);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

}

package uk.safeguarding.reviews.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import uk.safeguarding.reviews.kernel.figures.Figure;
import uk.safeguarding.reviews.kernel.figures.FigureRecord;
import uk.safeguarding.reviews.kernel.figures.FigureSource;
import uk.safeguarding.reviews.kernel.figures.Measure;
import uk.safeguarding.reviews.kernel.figures.ReportingYear;
import uk.safeguarding.reviews.learning.domain.ActionCheck;
import uk.safeguarding.reviews.learning.domain.ActionPlan;
import uk.safeguarding.reviews.learning.domain.ActionPlanRepository;
import uk.safeguarding.reviews.learning.domain.ActionUpdate;
import uk.safeguarding.reviews.learning.domain.PlanAction;
import uk.safeguarding.reviews.learning.domain.PlanVerification;
import uk.safeguarding.reviews.review.application.ReviewLookup;
import uk.safeguarding.reviews.review.application.ReviewSummary;

/**
 * §10.3 f and g, from the action plans (§9): plans agreed in the year; the owners' reports of actions
 * done, and how many came by the day the action was due (the plan's timeliness); the checks of those
 * reports, and how many were returned to their owner (an action done as planned the first time is
 * the plan's quality); plans closed and actions verified in the year, each verification
 * recording the evidence seen that the learning is embedded, and the year's Document 14 verifications
 * by their judgement. Timeliness of each action is its clock's, under §10.3 d. A review handed over
 * is counted where it went.
 */
@ApplicationScoped
@Transactional
public class ActionPlanFigures implements FigureSource {

    @Inject
    private ActionPlanRepository plans;

    @Inject
    private ReviewLookup reviews;

    @Override
    public List<Figure> figures(ReportingYear year) {
        List<ActionPlan> found = plans.plansAgreedOrClosedBetween(year.firstDay(), year.lastDay(), year.start(),
                year.end());
        List<ActionCheck> checks = plans.checksBetween(year.start(), year.end());
        List<ActionCheck> reports = plans.doneReportsBetween(year.start(), year.end());
        Map<String, ReviewSummary> held = reviews.heldHere(Stream.of(found.stream().map(ActionPlan::reviewId),
                checks.stream().map(ActionCheck::reviewId), reports.stream().map(ActionCheck::reviewId))
                .flatMap(ids -> ids).distinct().toList());
        List<ActionCheck> ourReports = reports.stream().filter(r -> held.containsKey(r.reviewId())).toList();
        List<ActionPlan> ours = found.stream().filter(p -> held.containsKey(p.reviewId())).toList();
        List<ActionCheck> ourChecks = checks.stream().filter(c -> held.containsKey(c.reviewId())).toList();

        Figure checked = Figure.count(Measure.ACTION_PLAN_QUALITY, "f.checked", "Actions reported done and checked",
                checkRecords(ourChecks.stream()));
        Figure done = Figure.count(Measure.ACTION_PLAN_QUALITY, "f.done", "Reports of actions done",
                checkRecords(ourReports.stream()));
        List<Figure> figures = new java.util.ArrayList<>(List.of(
                Figure.count(Measure.ACTION_PLAN_QUALITY, "f.agreed", "Action plans agreed", ours.stream()
                        .filter(p -> year.holds(p.agreedOn()))
                        .map(p -> new FigureRecord(p.reviewReference(), "agreed by the review group", p.agreedOn(),
                                link(p.reviewId())))
                        .toList()),
                checked,
                Figure.partOf(checked, "f.returned", "Returned to the owner with a reason",
                        checkRecords(ourChecks.stream().filter(c -> c.kind() == ActionUpdate.Kind.RETURNED))),
                done,
                Figure.partOf(done, "f.done.on-time", "Reported done by the day they were due",
                        checkRecords(ourReports.stream().filter(ActionCheck::onTime))),
                Figure.count(Measure.ACTION_PLANS_COMPLETED, "g.closed", "Action plans closed", ours.stream()
                        .filter(p -> year.holds(p.closedAt()))
                        .map(p -> new FigureRecord(p.reviewReference(), "closed: " + p.closingNote(),
                                p.closedAt().atZoneSameInstant(ReportingYear.UK).toLocalDate(), link(p.reviewId())))
                        .toList()),
                Figure.count(Measure.ACTION_PLANS_COMPLETED, "g.verified",
                        "Actions verified: evidence seen that the learning is embedded",
                        checkRecords(ourChecks.stream().filter(c -> c.kind() == ActionUpdate.Kind.VERIFIED)))));
        figures.addAll(byStatus(year));
        figures.addAll(verified(year, held));
        return figures;
    }

    /**
     * §10.3 g, "follow-up evidencing impact": the Document 14 verifications recorded for days of the
     * year, of a case this partnership holds or of one of its agencies, and each judgement of the
     * learning as a share of them (§9).
     */
    private List<Figure> verified(ReportingYear year, Map<String, ReviewSummary> alreadyHeld) {
        List<PlanVerification> found = plans.verificationsBetween(year.firstDay(), year.lastDay());
        Map<String, ReviewSummary> held = new java.util.HashMap<>(alreadyHeld);
        held.putAll(reviews.heldHere(found.stream().filter(v -> v.basis() == PlanVerification.Basis.CASE)
                .map(PlanVerification::subjectId).filter(id -> !alreadyHeld.containsKey(id)).distinct().toList()));
        List<PlanVerification> ours = found.stream().filter(v -> v.basis() == PlanVerification.Basis.AGENCY
                || held.containsKey(v.subjectId())).toList();
        Figure all = Figure.count(Measure.ACTION_PLANS_COMPLETED, "g.doc14",
                "Document 14 verifications: is the learning embedded in practice?", verificationRecords(ours.stream()));
        List<Figure> figures = new java.util.ArrayList<>(List.of(all));
        for (PlanVerification.Judgement judgement : PlanVerification.Judgement.values()) {
            figures.add(Figure.partOf(all, "g.doc14." + judgement.name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', '-'), JUDGEMENT_WORDS.get(judgement), verificationRecords(ours.stream()
                            .filter(v -> v.judgement() == judgement))));
        }
        return figures;
    }

    private static final Map<PlanVerification.Judgement, String> JUDGEMENT_WORDS = Map.of(
            PlanVerification.Judgement.EMBEDDED, "Learning embedded",
            PlanVerification.Judgement.PARTLY_EMBEDDED, "Partly embedded: to be checked again",
            PlanVerification.Judgement.NOT_EMBEDDED, "Not embedded: to be checked again");

    private static List<FigureRecord> verificationRecords(Stream<PlanVerification> verifications) {
        return verifications.map(v -> new FigureRecord(v.subjectName(), (v.basis() == PlanVerification.Basis.CASE
                ? "case" : "agency") + "; " + JUDGEMENT_WORDS.get(v.judgement()).toLowerCase(java.util.Locale.UK)
                + "; scrutinised by " + v.scrutinisedBy(), v.verifiedOn(), "/app/learning/verification.xhtml?"
                + (v.basis() == PlanVerification.Basis.CASE ? "review=" : "agency=") + v.subjectId())).toList();
    }

    /**
     * §10.3 g, "actions by status": the actions of every plan running in the year (agreed by its end,
     * not closed before its start), and each status as a share of them, as the actions stand today.
     */
    private List<Figure> byStatus(ReportingYear year) {
        List<ActionPlan> running = plans.plansRunningDuring(year.lastDay(), year.start());
        Map<String, ReviewSummary> held = reviews.heldHere(running.stream().map(ActionPlan::reviewId).toList());
        List<ActionPlan> ours = running.stream().filter(p -> held.containsKey(p.reviewId())).toList();
        List<Map.Entry<ActionPlan, PlanAction>> actions = new java.util.ArrayList<>();
        for (ActionPlan plan : ours) {
            plans.actionsOf(plan.reviewId()).forEach(a -> actions.add(Map.entry(plan, a)));
        }
        Figure all = Figure.count(Measure.ACTION_PLANS_COMPLETED, "g.actions",
                "Actions of the plans running in the year, as they stand today", actionRecords(actions.stream()));
        List<Figure> figures = new java.util.ArrayList<>(List.of(all));
        for (PlanAction.Status status : PlanAction.Status.values()) {
            figures.add(Figure.partOf(all, "g.status." + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    AnnualReportSection.status(status), actionRecords(actions.stream()
                            .filter(e -> e.getValue().status() == status))));
        }
        return figures;
    }

    private static List<FigureRecord> actionRecords(Stream<Map.Entry<ActionPlan, PlanAction>> actions) {
        return actions.map(e -> new FigureRecord(e.getKey().reviewReference() + " action " + e.getValue().number(),
                e.getValue().agencyName() + ": " + e.getValue().what() + "; " + AnnualReportSection.status(
                        e.getValue().status()).toLowerCase(java.util.Locale.UK), e.getKey().agreedOn(),
                link(e.getKey().reviewId()))).toList();
    }

    private static List<FigureRecord> checkRecords(Stream<ActionCheck> checks) {
        return checks.map(c -> new FigureRecord(c.reviewReference() + " action " + c.actionNumber(),
                c.agencyName() + "; " + c.kind().name().toLowerCase(java.util.Locale.UK)
                        + (c.kind() == ActionUpdate.Kind.DONE && c.dueOn() != null ? ", due " + DAY.format(c.dueOn()) : ""),
                c.madeAt().atZoneSameInstant(ReportingYear.UK).toLocalDate(), link(c.reviewId()))).toList();
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern(
            "d MMMM yyyy", java.util.Locale.UK);

    private static String link(String reviewId) {
        return "/app/reviews/action-plan.xhtml?id=" + reviewId;
    }
}

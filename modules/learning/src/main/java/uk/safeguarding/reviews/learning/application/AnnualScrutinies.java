package uk.safeguarding.reviews.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.documents.DocumentModel;
import uk.safeguarding.reviews.documents.PdfWriter;
import uk.safeguarding.reviews.documents.XlsxWriter;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.ExportedFile;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.PlainDates;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.kernel.figures.ReportingYear;
import uk.safeguarding.reviews.learning.domain.ActionCheck;
import uk.safeguarding.reviews.learning.domain.ActionPlan;
import uk.safeguarding.reviews.learning.domain.ActionPlanRepository;
import uk.safeguarding.reviews.learning.domain.ActionUpdate;
import uk.safeguarding.reviews.learning.domain.AnnualScrutiny;
import uk.safeguarding.reviews.learning.domain.PlanAction;
import uk.safeguarding.reviews.review.application.ReviewLookup;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/**
 * §9: "the Independent Adviser will undertake an annual scrutiny of action plans to review, challenge
 * and support and test impact and learning". For a reporting year, the pack of every plan running in
 * it (agreed by its end, not closed before its start) with its actions by status, and every check of
 * an action in it; read by the adviser, the business unit and the executive; the adviser records a
 * conclusion and findings once the year has ended. Every reading and recording is audited; a review
 * handed over is scrutinised where it went.
 */
@ApplicationScoped
@Transactional
public class AnnualScrutinies {

    public static final String RECORD_TYPE = "annual-scrutiny";

    static final Role[] READERS = {Role.INDEPENDENT_ADVISER, Role.BUSINESS_MANAGER, Role.EXECUTIVE};

    /** The formats the pack comes in. */
    public enum Format {
        PDF, XLSX
    }

    @Inject
    private ActionPlanRepository plans;

    @Inject
    private ReviewLookup reviews;

    @Inject
    private RoleGate roles;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The year's scrutiny; {@code startsIn} null means the last year that has ended. */
    public ScrutinyView of(Integer startsIn) {
        Caller caller = roles.require(AuditAction.VIEW, RECORD_TYPE, String.valueOf(startsIn), READERS);
        ReportingYear year = year(startsIn);
        ScrutinyView view = view(year, caller);
        audit.allowed(AuditAction.VIEW, RECORD_TYPE, String.valueOf(year.startsIn()), "the annual scrutiny of action"
                + " plans, " + year.label() + ": " + view.plans().size() + " plans");
        return view;
    }

    /**
     * The adviser's conclusion and findings for a year that has ended, each refused beside its field;
     * recorded again, it is revised.
     */
    public ScrutinyView record(int startsIn, AnnualScrutiny.Conclusion conclusion, String findings) {
        Caller caller = roles.require(AuditAction.UPDATE, RECORD_TYPE, String.valueOf(startsIn),
                Role.INDEPENDENT_ADVISER);
        ReportingYear year = year(startsIn);
        if (!ended(year)) {
            throw InvalidFieldException.refused("findings",
                    "learning.annual-scrutinies.year-ends-scrutinise-action-plans", year.label(),
                    PlainDates.day(year.lastDay()));
        }
        AnnualScrutiny scrutiny = plans.scrutiny(startsIn).orElse(null);
        boolean first = scrutiny == null;
        if (first) {
            scrutiny = new AnnualScrutiny(startsIn);
        }
        scrutiny.record(conclusion, findings, caller.displayName(), OffsetDateTime.now(clock));
        if (first) {
            plans.add(scrutiny);
        }
        audit.allowed(first ? AuditAction.CREATE : AuditAction.UPDATE, RECORD_TYPE, String.valueOf(startsIn),
                "annual scrutiny of " + year.label() + (first ? "" : " revised") + ": " + conclusion.name()
                        .toLowerCase(Locale.ROOT).replace('_', ' ') + "; " + scrutiny.findings());
        return view(year, caller);
    }

    /** The pack as PDF, or as a workbook of its plans and checks, for whoever may read the scrutiny. */
    public ExportedFile pack(Integer startsIn, Format format) {
        ScrutinyView view = of(startsIn);
        String name = "Annual scrutiny of action plans " + view.startsIn() + "-" + (view.startsIn() + 1) + "."
                + format.name().toLowerCase(Locale.ROOT);
        List<String> planHeadings = List.of("Review", "Plan", "Agreed on", "Actions", "Open", "In progress", "Done",
                "Verified", "Returned");
        List<List<String>> planRows = view.plans().stream().map(p -> List.of(p.reviewReference(), p.state(),
                PlainDates.day(p.agreedOn()), String.valueOf(p.actions()), String.valueOf(p.open()),
                String.valueOf(p.inProgress()), String.valueOf(p.done()), String.valueOf(p.verified()),
                String.valueOf(p.returned()))).toList();
        List<String> checkHeadings = List.of("Review", "Action", "Agency", "Checked", "On");
        List<List<String>> checkRows = view.checks().stream().map(c -> List.of(c.reviewReference(),
                String.valueOf(c.actionNumber()), c.agencyName(), c.verified() ? "verified" : "returned to its owner",
                PlainDates.day(c.at().atZoneSameInstant(ReportingYear.UK).toLocalDate()))).toList();
        audit.allowed(AuditAction.VIEW, RECORD_TYPE, String.valueOf(view.startsIn()), "downloaded " + name);
        if (format == Format.XLSX) {
            return new ExportedFile(name, ExportedFile.XLSX, XlsxWriter.write(List.of(
                    new XlsxWriter.Table("Action plans", planHeadings, planRows),
                    new XlsxWriter.Table("Actions checked", checkHeadings, checkRows))));
        }
        DocumentModel.Builder doc = DocumentModel.builder("Annual scrutiny of action plans")
                .organisation(TenantContext.tenant().displayName())
                .subtitle(view.yearLabel())
                .author(TenantContext.tenant().displayName())
                .landscape(true)
                .coverLine("Partnership", TenantContext.tenant().displayName())
                .coverLine("Year", view.yearLabel())
                .coverLine("Prepared on", PlainDates.day(java.time.LocalDate.now(clock.withZone(ReportingYear.UK))));
        doc.paragraph("For the Independent Adviser's annual scrutiny of action plans (\u00a79 of the practice review"
                + " policy): every plan running in the year, its actions by status, and every action checked in it.");
        if (view.recorded() != null) {
            doc.heading(1, "The Independent Adviser's conclusion");
            doc.paragraph(conclusion(view.recorded().conclusion()) + " (" + view.recorded().by() + ", "
                    + PlainDates.day(view.recorded().at().atZoneSameInstant(ReportingYear.UK).toLocalDate()) + ")");
            doc.paragraph(view.recorded().findings());
        }
        doc.heading(1, "Action plans running in the year");
        doc.table(planHeadings, planRows);
        doc.heading(1, "Actions checked in the year");
        doc.table(checkHeadings, checkRows);
        return new ExportedFile(name, ExportedFile.PDF, PdfWriter.write(doc.build()));
    }

    /** The adviser's conclusion in words. */
    public static String conclusion(AnnualScrutiny.Conclusion conclusion) {
        return switch (conclusion) {
            case ASSURED -> "Assured: the plans are delivered and their learning is embedded";
            case PARTLY_ASSURED -> "Partly assured: some plans or their learning need more";
            case NOT_ASSURED -> "Not assured: the plans are not delivering the change they intend";
        };
    }

    /** The last year that has ended, for the adviser's task: null before the first year ends. */
    Integer lastEnded() {
        int running = ReportingYear.containing(ZonedDateTime.now(clock)).startsIn();
        return running - 1 >= ReportingYear.FIRST_YEAR ? running - 1 : null;
    }

    boolean recorded(int startsIn) {
        return plans.scrutiny(startsIn).isPresent();
    }

    private ScrutinyView view(ReportingYear year, Caller caller) {
        List<ActionPlan> running = plans.plansRunningDuring(year.lastDay(), year.start());
        List<ActionCheck> checks = plans.checksBetween(year.start(), year.end());
        Map<String, ?> here = reviews.heldHere(Stream.concat(running.stream().map(ActionPlan::reviewId),
                checks.stream().map(ActionCheck::reviewId)).distinct().toList());
        List<ScrutinyView.Plan> lines = new ArrayList<>();
        for (ActionPlan plan : running) {
            if (here.containsKey(plan.reviewId())) {
                List<PlanAction> actions = plans.actionsOf(plan.reviewId());
                lines.add(new ScrutinyView.Plan(plan.reviewId(), plan.reviewReference(), plan.state().name(),
                        plan.agreedOn(), actions.size(), count(actions, PlanAction.Status.OPEN),
                        count(actions, PlanAction.Status.IN_PROGRESS), count(actions, PlanAction.Status.DONE),
                        count(actions, PlanAction.Status.VERIFIED), count(actions, PlanAction.Status.RETURNED)));
            }
        }
        List<ScrutinyView.Check> checked = checks.stream().filter(c -> here.containsKey(c.reviewId()))
                .map(c -> new ScrutinyView.Check(c.reviewReference(), c.actionNumber(), c.agencyName(),
                        c.kind() == ActionUpdate.Kind.VERIFIED, c.madeAt())).toList();
        ScrutinyView.Recorded recorded = plans.scrutiny(year.startsIn()).map(s -> new ScrutinyView.Recorded(
                s.conclusion(), s.findings(), s.scrutinisedBy(), s.scrutinisedAt())).orElse(null);
        return new ScrutinyView(year.startsIn(), year.label(), ended(year), year.lastDay(), lines, checked, recorded,
                caller.hasRole(Role.INDEPENDENT_ADVISER) && ended(year), ReportingYear.choices(ZonedDateTime.now(clock)));
    }

    private static int count(List<PlanAction> actions, PlanAction.Status status) {
        return (int) actions.stream().filter(a -> a.status() == status).count();
    }

    private boolean ended(ReportingYear year) {
        return year.endedBy(ZonedDateTime.now(clock));
    }

    /** The year asked for, or the last that has ended. */
    private ReportingYear year(Integer startsIn) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        return ReportingYear.chosen(startsIn, Math.max(ReportingYear.FIRST_YEAR,
                ReportingYear.containing(now).startsIn() - 1), now);
    }
}

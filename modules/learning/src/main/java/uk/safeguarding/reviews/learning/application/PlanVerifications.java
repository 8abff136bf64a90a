package uk.safeguarding.reviews.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.safeguarding.reviews.agencies.application.AgencyLookup;
import uk.safeguarding.reviews.agencies.application.AgencyView;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.documents.DocumentModel;
import uk.safeguarding.reviews.documents.DocxWriter;
import uk.safeguarding.reviews.documents.PdfWriter;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.ExportedFile;
import uk.safeguarding.reviews.kernel.PlainDates;
import uk.safeguarding.reviews.kernel.ReadOnlyRecordException;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.kernel.figures.ReportingYear;
import uk.safeguarding.reviews.learning.domain.ActionPlan;
import uk.safeguarding.reviews.learning.domain.ActionPlanRepository;
import uk.safeguarding.reviews.learning.domain.PlanAction;
import uk.safeguarding.reviews.learning.domain.PlanVerification;
import uk.safeguarding.reviews.learning.domain.VerificationItem;
import uk.safeguarding.reviews.review.application.ReviewAccess;
import uk.safeguarding.reviews.review.application.ReviewLookup;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.review.domain.ReviewAct;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/**
 * Document 14, the review action plan verification (§9, §10.1), "on a case basis, or an agency
 * basis": a case's by whoever may see its review, recorded by the business unit that monitors the
 * plan (naming who scrutinised it); an agency's, across the plans the partnership holds, by the
 * business unit. Each verification keeps every action's answers and is written as Document 14 in
 * Word and PDF; each reading, recording and download is audited.
 */
@ApplicationScoped
@Transactional
public class PlanVerifications {

    public static final String RECORD_TYPE = "plan-verification";

    /** An agency's actions read at most: a partnership's plans over many years stay well below. */
    static final int MOST_ACTIONS = 500;

    /** The formats Document 14 comes in. */
    public enum Format {
        DOCX, PDF
    }

    @Inject
    private ActionPlanRepository plans;

    @Inject
    private ReviewLookup reviews;

    @Inject
    private ReviewAccess access;

    @Inject
    private AgencyLookup agencies;

    @Inject
    private RoleGate roles;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** A case's sheet: its plan's actions (once agreed) and its verifications. */
    public VerificationSheet ofCase(String reviewId) {
        access.requireOn(reviewId, ReviewAct.SEE, AuditAction.VIEW, RECORD_TYPE, reviewId);
        return caseSheet(review(reviewId, AuditAction.VIEW));
    }

    /** An agency's sheet: its actions across the plans the partnership holds; for the business unit. */
    public VerificationSheet ofAgency(String agencyId) {
        roles.require(AuditAction.VIEW, RECORD_TYPE, agencyId, Role.BUSINESS_MANAGER);
        return agencySheet(agency(agencyId, AuditAction.VIEW));
    }

    /**
     * Records a verification of the case or agency, each refusal beside its field (a row's beside that
     * row's box), with what was typed kept; refused when there is no action to verify yet.
     */
    public VerificationSheet record(PlanVerification.Basis basis, String subjectId, VerificationForm form) {
        Caller caller;
        VerificationSheet sheet;
        if (basis == PlanVerification.Basis.CASE) {
            caller = access.requireOn(subjectId, ReviewAct.RUN, AuditAction.CREATE, RECORD_TYPE, subjectId);
            ReviewSummary review = review(subjectId, AuditAction.CREATE);
            if (review.handedOverTo() != null) {
                throw ReadOnlyRecordException.because("learning.plan-verifications.handed-over",
                        review.handedOverTo());
            }
            sheet = caseSheet(review);
        } else {
            caller = roles.require(AuditAction.CREATE, RECORD_TYPE, subjectId, Role.BUSINESS_MANAGER);
            sheet = agencySheet(agency(subjectId, AuditAction.CREATE));
        }
        if (sheet.actions().isEmpty()) {
            throw RefusedException.because("learning.plan-verifications.there-no-action-verify-yet");
        }
        Map<String, VerificationForm.Item> typed = form.getItems().stream().filter(i -> i.getActionId() != null)
                .collect(Collectors.toMap(VerificationForm.Item::getActionId, Function.identity(), (a, b) -> a));
        List<PlanVerification.Answered> rows = new ArrayList<>();
        for (VerificationSheet.Action action : sheet.actions()) {
            VerificationForm.Item item = typed.getOrDefault(action.id(), new VerificationForm.Item(action.id()));
            rows.add(new PlanVerification.Answered(action.id(), action.label(), item.getAddressed(), item.getEmbedded(),
                    item.getEvidence()));
        }
        PlanVerification.Recorded recorded = PlanVerification.record(basis, sheet.subjectId(), sheet.subjectName(),
                new PlanVerification.Form(form.getScrutinisedBy(), form.getVerifiedOn(), form.getJudgement(),
                        form.getSummary(), form.getRecheckOn(), rows), caller.displayName(), OffsetDateTime.now(clock),
                today());
        plans.add(recorded.verification(), recorded.items());
        PlanVerification v = recorded.verification();
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, v.id(), "Document 14 for " + sheet.subjectName() + ", "
                + rows.size() + " actions: " + judgement(v.judgement()) + (v.recheckOn() == null ? ""
                        : "; check again on " + PlainDates.day(v.recheckOn())));
        return basis == PlanVerification.Basis.CASE ? caseSheet(review(subjectId, AuditAction.VIEW))
                : agencySheet(agency(subjectId, AuditAction.VIEW));
    }

    /** A verification as Document 14, for whoever may read its case or agency. */
    public ExportedFile document(String verificationId, Format format) {
        PlanVerification v = plans.verification(verificationId)
                .orElseThrow(() -> audit.notFound(AuditAction.VIEW, RECORD_TYPE, verificationId));
        if (v.basis() == PlanVerification.Basis.CASE) {
            access.requireOn(v.subjectId(), ReviewAct.SEE, AuditAction.VIEW, RECORD_TYPE, v.id());
        } else {
            roles.require(AuditAction.VIEW, RECORD_TYPE, v.id(), Role.BUSINESS_MANAGER);
        }
        List<VerificationItem> items = plans.itemsOf(v.id());
        String name = "Action plan verification " + v.subjectName() + " " + v.verifiedOn() + "."
                + format.name().toLowerCase(Locale.ROOT);
        DocumentModel.Builder doc = DocumentModel.builder("Review action plan verification")
                .organisation(TenantContext.tenant().displayName())
                .subtitle("Document 14: " + (v.basis() == PlanVerification.Basis.CASE ? "case " : "agency ")
                        + v.subjectName())
                .author(TenantContext.tenant().displayName())
                .landscape(true)
                .coverLine("Partnership", TenantContext.tenant().displayName())
                .coverLine(v.basis() == PlanVerification.Basis.CASE ? "Case" : "Agency", v.subjectName())
                .coverLine("Verified on", PlainDates.day(v.verifiedOn()))
                .coverLine("Verified by", v.scrutinisedBy());
        doc.paragraph("A quality assurance form to assist in ensuring all recommendations have been addressed and"
                + " learning embedded into practice (\u00a79, \u00a710.1 of the practice review policy).");
        doc.heading(1, "Each action");
        doc.table(List.of("Action", "Addressed", "Learning embedded", "Evidence seen"), items.stream()
                .map(i -> List.of(i.actionLabel(), answer(i.addressed()), answer(i.embedded()), i.evidence())).toList());
        doc.heading(1, "Judgement");
        doc.field("Judgement", judgement(v.judgement()));
        doc.paragraph(v.summary());
        doc.field("Check again on", v.recheckOn() == null ? "Not needed" : PlainDates.day(v.recheckOn()));
        audit.allowed(AuditAction.VIEW, RECORD_TYPE, v.id(), "downloaded " + name);
        return format == Format.DOCX ? new ExportedFile(name, ExportedFile.DOCX, DocxWriter.write(doc.build()))
                : new ExportedFile(name, ExportedFile.PDF, PdfWriter.write(doc.build()));
    }

    /** A judgement in words. */
    public static String judgement(PlanVerification.Judgement judgement) {
        return switch (judgement) {
            case EMBEDDED -> "The learning is embedded in practice";
            case PARTLY_EMBEDDED -> "The learning is partly embedded";
            case NOT_EMBEDDED -> "The learning is not embedded yet";
        };
    }

    /** An answer in words. */
    public static String answer(PlanVerification.Answer answer) {
        return switch (answer) {
            case YES -> "Yes";
            case PARTLY -> "Partly";
            case NO -> "No";
        };
    }

    private VerificationSheet caseSheet(ReviewSummary review) {
        boolean agreed = plans.planOf(review.id()).map(p -> p.state() != ActionPlan.State.DRAFT).orElse(false);
        List<VerificationSheet.Action> actions = agreed ? plans.actionsOf(review.id()).stream()
                .map(a -> action(a, "Action " + a.number())).toList() : List.of();
        boolean mayRecord = review.handedOverTo() == null && !actions.isEmpty()
                && access.mayOn(review.id(), ReviewAct.RUN);
        return new VerificationSheet(PlanVerification.Basis.CASE, review.id(), review.reference(), actions,
                past(PlanVerification.Basis.CASE, review.id()), mayRecord);
    }

    private VerificationSheet agencySheet(AgencyView agency) {
        List<PlanAction> owned = plans.actionsOfAgencies(List.of(agency.id()), MOST_ACTIONS);
        Map<String, ReviewSummary> here = reviews.heldHere(owned.stream().map(PlanAction::reviewId).distinct().toList());
        List<VerificationSheet.Action> actions = owned.stream().filter(a -> here.containsKey(a.reviewId()))
                .map(a -> action(a, here.get(a.reviewId()).reference() + " action " + a.number())).toList();
        return new VerificationSheet(PlanVerification.Basis.AGENCY, agency.id(), agency.name(), actions,
                past(PlanVerification.Basis.AGENCY, agency.id()), !actions.isEmpty());
    }

    private static VerificationSheet.Action action(PlanAction a, String label) {
        return new VerificationSheet.Action(a.id(), label, a.what(), a.agencyName(), AnnualReportSection.status(a.status()));
    }

    private List<VerificationSheet.Past> past(PlanVerification.Basis basis, String subjectId) {
        return plans.verificationsOf(basis, subjectId).stream().map(v -> new VerificationSheet.Past(v.id(),
                v.verifiedOn(), v.scrutinisedBy(), v.judgement(), v.summary(), v.recheckOn(), v.recordedAt())).toList();
    }

    private ReviewSummary review(String reviewId, AuditAction action) {
        return reviews.find(reviewId == null ? "" : reviewId.strip())
                .orElseThrow(() -> audit.notFound(action, RECORD_TYPE, reviewId));
    }

    private AgencyView agency(String agencyId, AuditAction action) {
        return agencies.find(agencyId == null ? "" : agencyId.strip())
                .orElseThrow(() -> audit.notFound(action, RECORD_TYPE, agencyId));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ReportingYear.UK));
    }
}

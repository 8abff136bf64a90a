package uk.safeguarding.reviews.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.documents.DocumentModel;
import uk.safeguarding.reviews.documents.DocxWriter;
import uk.safeguarding.reviews.documents.PdfWriter;
import uk.safeguarding.reviews.documents.XlsxWriter;
import uk.safeguarding.reviews.kernel.PlainDates;
import uk.safeguarding.reviews.rapidreview.application.DocumentBrandingStore;
import uk.safeguarding.reviews.kernel.ExportedFile;
import uk.safeguarding.reviews.review.application.ReviewAccess;
import uk.safeguarding.reviews.review.domain.ReviewAct;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/**
 * Document 13, the review action plan: each action with the recommendation it answers, what will be
 * done, who is responsible, its timescale and due day, what will change and where it stands, as Word
 * and PDF on the partnership's letterhead and as a spreadsheet; for whoever may see the review.
 */
@ApplicationScoped
@Transactional
public class ActionPlanDocuments {

    /** The formats Document 13 comes in. */
    public enum Format {
        DOCX, PDF, XLSX
    }

    private static final List<String> HEADINGS = List.of("No.", "Recommendation or finding it answers",
            "What will be done", "Responsible agency and person", "Timescale", "Due by",
            "What will change as a result", "Status", "Latest update");

    @Inject
    private ActionPlans plans;

    @Inject
    private ReviewAccess access;

    @Inject
    private DocumentBrandingStore branding;

    @Inject
    private AuditTrail audit;

    public ExportedFile document(String reviewId, Format format) {
        access.requireOn(reviewId, ReviewAct.SEE, AuditAction.VIEW, ActionPlans.RECORD_TYPE, reviewId);
        ActionPlanView plan = plans.of(reviewId);
        List<List<String>> rows = new ArrayList<>();
        for (ActionPlanView.Line a : plan.actions()) {
            ActionPlanView.Entry latest = a.history().isEmpty() ? null : a.history().get(a.history().size() - 1);
            rows.add(List.of(String.valueOf(a.number()), a.answers(), a.what(), a.agencyName() + ", " + a.ownerName(),
                    a.timescale() == null ? "The partnership's default (" + plan.defaultTimescale() + ")"
                            : a.timescale(), a.dueOn() == null ? "When the plan is agreed" : PlainDates.day(a.dueOn()),
                    a.intendedOutcome(), status(a.status()), latest == null ? "" : PlainDates.day(latest.on()) + ", " + latest.by() + ": " + latest.note()));
        }
        String name = "Action plan " + plan.reviewReference() + "." + format.name().toLowerCase(java.util.Locale.ROOT);
        audit.allowed(AuditAction.VIEW, ActionPlans.RECORD_TYPE, reviewId, "downloaded " + name);
        if (format == Format.XLSX) {
            return new ExportedFile(name, ExportedFile.XLSX, XlsxWriter.write("Action plan", HEADINGS, rows));
        }
        DocumentModel.Builder doc = DocumentModel.builder("Review action plan (Document 13)")
                .organisation(TenantContext.tenant().displayName())
                .subtitle(plan.reviewReference())
                .author(TenantContext.tenant().displayName())
                .landscape(true)
                .coverLine("Review", plan.reviewReference())
                .coverLine("Plan", status(plan.state()) + (plan.agreedOn() == null ? "" : ", agreed on "
                        + PlainDates.day(plan.agreedOn()) + " by " + plan.agreedBy()))
                .coverLine("Monitored by", plan.handedOverTo() == null ? "Not yet handed over to the business unit"
                        : plan.handedOverTo());
        branding.logo().ifPresent(doc::logo);
        doc.heading(1, "Actions");
        if (rows.isEmpty()) {
            doc.paragraph("The plan has no actions yet.");
        } else {
            doc.table(HEADINGS, rows);
        }
        DocumentModel model = doc.build();
        return format == Format.PDF ? new ExportedFile(name, ExportedFile.PDF, PdfWriter.write(model))
                : new ExportedFile(name, ExportedFile.DOCX, DocxWriter.write(model));
    }

    private static String status(String key) {
        return switch (key) {
            case "OPEN" -> "Open";
            case "IN_PROGRESS" -> "In progress";
            case "DONE" -> "Done, awaiting verification";
            case "VERIFIED" -> "Verified";
            case "RETURNED" -> "Returned to its owner";
            case "DRAFT" -> "Draft";
            case "AGREED" -> "Agreed";
            case "HANDED_OVER" -> "Handed over to the business unit";
            case "MONITORING" -> "Being monitored";
            case "CLOSED" -> "Closed";
            default -> key;
        };
    }
}

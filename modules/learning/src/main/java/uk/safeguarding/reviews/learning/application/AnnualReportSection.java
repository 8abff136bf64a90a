package uk.safeguarding.reviews.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.documents.DocumentModel;
import uk.safeguarding.reviews.documents.DocxWriter;
import uk.safeguarding.reviews.documents.PdfWriter;
import uk.safeguarding.reviews.kernel.ExportedFile;
import uk.safeguarding.reviews.kernel.PlainDates;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.kernel.figures.ReportingYear;
import uk.safeguarding.reviews.learning.domain.ActionPlan;
import uk.safeguarding.reviews.learning.domain.ActionPlanRepository;
import uk.safeguarding.reviews.learning.domain.PlanAction;
import uk.safeguarding.reviews.practicereview.application.AgreedRecommendations;
import uk.safeguarding.reviews.practicereview.application.PublishedFindings;
import uk.safeguarding.reviews.review.application.ReviewLookup;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/**
 * §8.3, last paragraph: "The findings from any Practice Review will be published in the SSCP Annual
 * Report along with the actions taken in relation to those findings". For a reporting year, each
 * review whose report was published in it, with its findings, its recommendations and each action of
 * its plan with where it stands; as a page and as the annual report's section in Word and PDF. For
 * the business unit that writes the annual report and the executive; audited.
 */
@ApplicationScoped
@Transactional
public class AnnualReportSection {

    public static final String RECORD_TYPE = "annual-report-section";

    static final Role[] READERS = {Role.BUSINESS_MANAGER, Role.EXECUTIVE};

    /** The formats the section comes in. */
    public enum Format {
        DOCX, PDF
    }

    /** The year's published reviews. */
    public record SectionView(int startsIn, String yearLabel, List<Entry> entries, List<Integer> years)
            implements Serializable {
    }

    /** One published review: what it found, what it recommended, and what was done. */
    public record Entry(String reviewId, String reference, String title, LocalDate publishedOn, String findings,
            List<String> recommendations, String planState, List<Action> actions) implements Serializable {
    }

    /** One action of the review's plan and where it stands. */
    public record Action(int number, String what, String agency, String status) implements Serializable {
    }

    @Inject
    private PublishedFindings published;

    @Inject
    private AgreedRecommendations recommendations;

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

    /** The year's section; {@code startsIn} null means the year running now. */
    public SectionView of(Integer startsIn) {
        roles.require(AuditAction.VIEW, RECORD_TYPE, String.valueOf(startsIn), READERS);
        ReportingYear year = year(startsIn);
        List<PublishedFindings.Published> found = published.between(year.firstDay(), year.lastDay());
        Map<String, ReviewSummary> here = reviews.heldHere(found.stream().map(PublishedFindings.Published::reviewId)
                .toList());
        List<Entry> entries = new ArrayList<>();
        for (PublishedFindings.Published report : found) {
            ReviewSummary review = here.get(report.reviewId());
            if (review != null) {
                entries.add(entry(review, report));
            }
        }
        audit.allowed(AuditAction.VIEW, RECORD_TYPE, String.valueOf(year.startsIn()), "the annual report's section"
                + " on practice reviews, " + year.label() + ": " + entries.size() + " published");
        return new SectionView(year.startsIn(), year.label(), List.copyOf(entries),
                ReportingYear.choices(ZonedDateTime.now(clock)));
    }

    /** The section as the annual report takes it, in Word or PDF. */
    public ExportedFile document(Integer startsIn, Format format) {
        SectionView view = of(startsIn);
        String name = "Annual report, practice reviews " + view.startsIn() + "-" + (view.startsIn() + 1) + "."
                + format.name().toLowerCase(Locale.ROOT);
        DocumentModel.Builder doc = DocumentModel.builder("Practice reviews: findings and the actions taken")
                .organisation(TenantContext.tenant().displayName())
                .subtitle(view.yearLabel())
                .author(TenantContext.tenant().displayName())
                .coverLine("Partnership", TenantContext.tenant().displayName())
                .coverLine("Year", view.yearLabel());
        doc.paragraph("The findings of each practice review published in the year, with the actions taken in"
                + " relation to them (\u00a78.3 of the practice review policy).");
        if (view.entries().isEmpty()) {
            doc.paragraph("No practice review was published in the year.");
        }
        for (Entry entry : view.entries()) {
            doc.heading(1, entry.title() == null ? entry.reference() : entry.title() + " (" + entry.reference() + ")");
            doc.field("Published on", PlainDates.day(entry.publishedOn()));
            doc.heading(2, "What the review found");
            doc.paragraph(entry.findings() == null ? "Not recorded." : entry.findings());
            if (!entry.recommendations().isEmpty()) {
                doc.heading(2, "What it recommended");
                doc.bullets(entry.recommendations());
            }
            doc.heading(2, "The actions taken");
            if (entry.actions().isEmpty()) {
                doc.paragraph("The review's action plan has no actions yet.");
            } else {
                doc.table(List.of("Action", "What will be done", "Agency", "Where it stands"), entry.actions().stream()
                        .map(a -> List.of(String.valueOf(a.number()), a.what(), a.agency(), a.status())).toList());
            }
        }
        audit.allowed(AuditAction.VIEW, RECORD_TYPE, String.valueOf(view.startsIn()), "downloaded " + name);
        return format == Format.DOCX ? new ExportedFile(name, ExportedFile.DOCX, DocxWriter.write(doc.build()))
                : new ExportedFile(name, ExportedFile.PDF, PdfWriter.write(doc.build()));
    }

    private Entry entry(ReviewSummary review, PublishedFindings.Published report) {
        List<String> recommended = recommendations.of(review.id()).stream()
                .map(r -> r.number() + ". " + r.action()).toList();
        List<Action> actions = plans.actionsOf(review.id()).stream().map(a -> new Action(a.number(), a.what(),
                a.agencyName(), status(a.status()))).toList();
        String state = plans.planOf(review.id()).map(ActionPlan::state).map(Enum::name).orElse(null);
        return new Entry(review.id(), review.reference(), report.title(), report.publishedOn(), report.findings(),
                recommended, state, actions);
    }

    /** Where an action stands, in words. */
    static String status(PlanAction.Status status) {
        return switch (status) {
            case OPEN -> "Not started";
            case IN_PROGRESS -> "In progress";
            case DONE -> "Done, awaiting verification";
            case VERIFIED -> "Done and verified";
            case RETURNED -> "Returned to its owner";
        };
    }

    private ReportingYear year(Integer startsIn) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        return ReportingYear.chosen(startsIn, ReportingYear.containing(now).startsIn(), now);
    }
}

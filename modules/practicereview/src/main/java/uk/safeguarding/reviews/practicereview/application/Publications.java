package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.clocks.application.ClockLine;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.clocks.domain.StartEvent;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.practicereview.domain.CopyRequest;
import uk.safeguarding.reviews.practicereview.domain.LearningReport;
import uk.safeguarding.reviews.practicereview.domain.PracticeReviewRepository;
import uk.safeguarding.reviews.practicereview.domain.Publication;
import uk.safeguarding.reviews.practicereview.domain.PublicationTimescales;
import uk.safeguarding.reviews.practicereview.domain.ReportVersion;
import uk.safeguarding.reviews.kernel.PlainDates;
import uk.safeguarding.reviews.kernel.ExportedFile;
import uk.safeguarding.reviews.review.application.ReviewAccess;
import uk.safeguarding.reviews.review.application.ReviewEngine;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.review.domain.ReviewAct;
import uk.safeguarding.reviews.review.domain.kind.Capability;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/**
 * §8.3: publishing a review's agreed report, where the review's stage has the
 * {@link Capability#PUBLICATION} capability. The business unit records each step; the planned date
 * starts the clock counted back from it for the National Panel's copy, which the copy meets; the
 * report goes on the partnership's public page only once the copy went a week before, and comes
 * down before 12 months only with a reason.
 */
@ApplicationScoped
@Transactional
public class Publications {

    static final String RECORD_TYPE = "publication";

    /** What the publication capability reports to the engine. */
    static final String DECIDED = "publication-decided";
    static final String PUBLISHED = "report-published";

    /** §8.3: the clock for the National Panel's copy, counted back from the planned date. */
    static final String PANEL_COPY_CLOCK = "national-panel-before-publication";

    /** §8.3: how long a published report stays online, by the partnership's rule. */
    static final String ONLINE_CLOCK = "published-at-least";

    @Inject
    private ReviewAccess access;

    @Inject
    private ReviewWork work;

    @Inject
    private ReviewEngine engine;

    @Inject
    private PracticeReviewRepository practiceReviews;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private ClockService clocks;

    @Inject
    private WrittenReports written;


    /** Where the publication of the review's report stands, if it was decided. */
    public Optional<PublicationView> of(String reviewId) {
        access.requireOn(reviewId, ReviewAct.SEE, AuditAction.VIEW, RECORD_TYPE, reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.VIEW, RECORD_TYPE);
        return practiceReviews.publicationOf(review.id()).map(this::view);
    }

    /** Whether the signed-in person records publication: what the review page offers them. */
    public boolean mayRecord() {
        return ReviewAct.RUN.allowsEverywhere(TenantContext.caller().roles());
    }

    /**
     * §8.3: the decision to publish the agreed report or not. Refused without an agreed report, at a
     * stage without the capability, and once decided.
     */
    public PublicationView decide(String reviewId, PublicationForm form) {
        Caller caller = access.requireOn(reviewId, ReviewAct.RUN, AuditAction.CREATE, RECORD_TYPE, reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.CREATE, RECORD_TYPE);
        review.requireOpen();
        LearningReport report = practiceReviews.reportOf(review.id()).orElseThrow(() ->
                RefusedException.because("practicereview.publications.report-not-agreed-yet-publication",
                review.reference()));
        if (practiceReviews.publicationOf(review.id()).isPresent()) {
            throw RefusedException.because("practicereview.publications.whether-publish-report-was-decided",
                    review.reference());
        }
        if (form.getPublish() == null) {
            throw InvalidFieldException.refused("publish",
                    "practicereview.publications.choose-whether-report-will-published");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Publication publication = Publication.decide(review.id(), form.getPublish(), form.getReasons(),
                form.getDecidedOn(), report.agreedOn(), caller.username(), now, work.today());
        engine.worked(review.id(), Capability.PUBLICATION, DECIDED, work.dayOf(publication.decidedOn()));
        practiceReviews.add(publication);
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, review.id(), "report of " + review.reference() + (form
                .getPublish() ? " to be published" : " not to be published: " + publication.decisionReasons())
                + ", decided on " + publication.decidedOn());
        return view(publication);
    }

    /** §8.3: not publishing, the National Panel's advice and the partners' final decision. */
    public PublicationView finalDecision(String reviewId, PublicationForm form) {
        return step(reviewId, (publication, caller) -> {
            if (form.getFinalPublish() == null) {
                throw InvalidFieldException.refused("finalPublish",
                        "practicereview.publications.choose-final-decision");
            }
            publication.finalDecision(form.getPanelInformedOn(), form.getPanelAdvice(), form.getFinalPublish(),
                    form.getFinalReasons(), form.getFinalDecidedOn(), caller.username(), OffsetDateTime.now(clock),
                    work.today());
        }, p -> "National Panel informed on " + p.panelInformedOn() + ", advised: " + p.panelAdvice()
                + "; final decision on " + p.finalDecidedOn() + (p.stage() == Publication.Stage.PREPARING
                        ? ": to publish" : ": not to publish, " + p.finalReasons()));
    }

    /** The planned date and title: starts the clock for the National Panel's copy, counted back from it. */
    public PublicationView plan(String reviewId, PublicationForm form) {
        return step(reviewId, (publication, caller) -> {
            publication.plan(form.getTitle(), form.getPlannedOn(), caller.username(), OffsetDateTime.now(clock),
                    work.today(), partnershipTimescales());
            engine.happened(reviewId, StartEvent.PUBLICATION_PLANNED,
                    publication.plannedOn().atStartOfDay(DeadlineCalculator.UK));
        }, p -> "publication of \u201c" + p.title() + "\u201d planned for " + p.plannedOn());
    }

    /**
     * The planned date moves, with a reason. While the National Panel's copy has not gone, its clock is
     * counted back again from the new date (§8.3); once it went, the new date must still leave it in time.
     */
    public PublicationView movePlannedDate(String reviewId, PublicationForm form) {
        return step(reviewId, (publication, caller) -> {
            publication.movePlannedDate(form.getPlannedOn(), form.getMoveReason(), caller.username(),
                    OffsetDateTime.now(clock), work.today(), partnershipTimescales());
            if (publication.panelCopySentOn() == null) {
                engine.moved(reviewId, StartEvent.PUBLICATION_PLANNED, publication.plannedOn().atStartOfDay(
                        DeadlineCalculator.UK), "the planned date of publication moved from "
                        + publication.plannedMovedFrom() + " to " + publication.plannedOn());
            }
        }, p -> "planned publication moved from " + p.plannedMovedFrom() + " to " + p.plannedOn() + ": "
                + p.plannedMovedWhy());
    }

    /** §8.3: the copy sent to the National Panel; it meets the clock counted back from the planned date. */
    public PublicationView panelCopySent(String reviewId, PublicationForm form) {
        return step(reviewId, (publication, caller) -> {
            publication.panelCopySent(form.getPanelCopySentOn(), caller.username(), OffsetDateTime.now(clock),
                    work.today());
            engine.happened(reviewId, StartEvent.NATIONAL_PANEL_COPY_SENT, work.dayOf(publication.panelCopySentOn()));
        }, p -> "copy sent to the National Panel on " + p.panelCopySentOn());
    }

    /** The redacted final report, a PDF, which the public page will serve. */
    public PublicationView attach(String reviewId, PublicationForm form) {
        return step(reviewId, (publication, caller) -> publication.attach(form.getFileName(), form.content(),
                caller.username(), OffsetDateTime.now(clock)),
                p -> "redacted final report attached: " + p.fileName() + " (" + p.fileSize() + " bytes)");
    }

    /** §8.3: the report went online; refused unless the National Panel had its copy a week before. */
    public PublicationView published(String reviewId, PublicationForm form) {
        return step(reviewId, (publication, caller) -> {
            publication.published(form.getPublishedOn(), caller.username(), OffsetDateTime.now(clock), work.today(),
                    partnershipTimescales());
            engine.worked(reviewId, Capability.PUBLICATION, PUBLISHED, work.dayOf(publication.publishedOn()));
        }, p -> "published on " + p.publishedOn() + "; online until at least " + p.onlineUntilAtLeast());
    }

    /** Taken off the public page: before its minimum time online only with a reason (§8.3); afterwards on request. */
    public PublicationView takeDown(String reviewId, PublicationForm form) {
        return step(reviewId, (publication, caller) -> publication.takeDown(form.getTakenDownOn(),
                form.getTakeDownReason(), caller.username(), OffsetDateTime.now(clock), work.today()),
                p -> "taken down on " + p.takenDownOn() + (p.takeDownReason() == null ? ""
                        : ": " + p.takeDownReason()));
    }

    /**
     * §8.3: "thereafter the report will be available on request": a request for a copy of a report
     * off the public page, who asked and what was done; each refused beside its field.
     */
    public PublicationView copyRequested(String reviewId, PublicationForm form) {
        return step(reviewId, (publication, caller) -> practiceReviews.add(CopyRequest.log(publication,
                new CopyRequest.Asked(form.getRequestedOn(), form.getRequestedBy(), form.getRequestAnswer(),
                        form.getAnsweredOn()), caller.username(), OffsetDateTime.now(clock), work.today())),
                p -> "a copy was asked for by " + form.getRequestedBy() + " on " + form.getRequestedOn() + ": "
                        + form.getRequestAnswer());
    }

    /** The redacted final report, for whoever may see the review, whatever its stage. */
    public ExportedFile file(String reviewId) {
        access.requireOn(reviewId, ReviewAct.SEE, AuditAction.VIEW, RECORD_TYPE, reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.VIEW, RECORD_TYPE);
        Publication publication = practiceReviews.publicationOf(review.id()).filter(p -> p.fileName() != null)
                .orElseThrow(() -> audit.notFound(AuditAction.VIEW, RECORD_TYPE, reviewId));
        audit.allowed(AuditAction.VIEW, RECORD_TYPE, review.id(), "redacted report downloaded: "
                + publication.fileName());
        return new ExportedFile(publication.fileName(), ExportedFile.PDF, publication.content());
    }

    /** The partnership's public page: the reports online now, and nothing else (§8.3). */
    public List<PublishedReport> online() {
        return practiceReviews.online().stream().map(p -> new PublishedReport(p.publicId(), p.title(),
                p.publishedOn(), p.fileName(), p.fileSize(), p.webVersionId() != null)).toList();
    }

    /** A report's accessible web page from the public page, while it is online and has one; otherwise nothing. */
    public Optional<PublishedReport.Page> onlinePage(String publicId) {
        return practiceReviews.onlineByPublicId(publicId).filter(p -> p.webVersionId() != null)
                .flatMap(p -> practiceReviews.reportVersionsOf(p.reviewId()).stream()
                        .filter(v -> v.id().equals(p.webVersionId())).findFirst()
                        .map(v -> new PublishedReport.Page(p.title(), p.publishedOn(), parts(v),
                                v.recommendations().stream().map(r -> r.action() + " (" + r.agency() + ", by "
                                        + PlainDates.day(r.dueBy()) + "). How we will know: " + r.measure()).toList())));
    }

    private static List<PublishedReport.Part> parts(ReportVersion version) {
        List<PublishedReport.Part> parts = new java.util.ArrayList<>();
        parts.add(new PublishedReport.Part("Executive summary", version.executiveSummary()));
        version.sections().forEach((section, text) -> parts.add(new PublishedReport.Part(section.heading(), text)));
        return parts;
    }

    /**
     * The agreed written report's text is published as the accessible web page beside the PDF:
     * refused without a report written and agreed in the product, or while its text names anyone
     * from the referral (§8.3).
     */
    public PublicationView webVersion(String reviewId) {
        return step(reviewId, (publication, caller) -> {
            ReviewSummary review = work.review(reviewId, AuditAction.UPDATE, RECORD_TYPE);
            ReportVersion agreed = practiceReviews.reportVersionsOf(review.id()).stream()
                    .filter(ReportVersion::isFinal).findFirst().orElseThrow(() ->
                            InvalidFieldException.refused("webVersion",
                            "practicereview.publications.only-report-written-agreed-product"));
            publication.withWebVersion(agreed.id(), written.warnings(review, agreed), caller.username(),
                    OffsetDateTime.now(clock));
        }, p -> "the agreed report's text will also be published as a web page");
    }

    /** A report's file from the public page, while it is online; otherwise nothing. */
    public Optional<ExportedFile> onlineFile(String publicId) {
        return practiceReviews.onlineByPublicId(publicId)
                .map(p -> new ExportedFile(p.fileName(), ExportedFile.PDF, p.content()));
    }

    /**
     * §8.3's periods as this partnership's clock rules in force set them, counted by the clock engine
     * against its calendar: the copy's counted back from a publication day, the time online forward.
     */
    private PublicationTimescales partnershipTimescales() {
        return new PublicationTimescales() {
            @Override
            public LocalDate latestCopyFor(LocalDate publicationDay) {
                return clocks.dueDay(PANEL_COPY_CLOCK, publicationDay);
            }

            @Override
            public LocalDate onlineUntil(LocalDate publishedDay) {
                return clocks.dueDay(ONLINE_CLOCK, publishedDay);
            }

            @Override
            public String copyPeriod() {
                return clocks.period(PANEL_COPY_CLOCK);
            }
        };
    }

    /** The publication as the page shows it, the Panel's copy due when the clock engine says. */
    private PublicationView view(Publication publication) {
        LocalDate copyDueBy = ClockLine.openOfRule(clocks.ofSubject(ReviewSummary.CLOCK_SUBJECT_TYPE,
                publication.reviewId()), PANEL_COPY_CLOCK).map(ClockLine::dueDay).orElse(null);
        return PublicationView.of(publication, copyDueBy, practiceReviews.copyRequestsOf(publication.reviewId()));
    }

    private PublicationView step(String reviewId, BiConsumer<Publication, Caller> change,
            java.util.function.Function<Publication, String> detail) {
        Caller caller = access.requireOn(reviewId, ReviewAct.RUN, AuditAction.UPDATE, RECORD_TYPE, reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.UPDATE, RECORD_TYPE);
        review.requireOpen();
        Publication publication = practiceReviews.publicationOf(review.id()).orElseThrow(() ->
                RefusedException.because("practicereview.publications.decide-first-whether-report-will",
                review.reference()));
        change.accept(publication, caller);
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), review.reference() + ": "
                + detail.apply(publication));
        return view(publication);
    }



}

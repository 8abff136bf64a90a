package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.documents.DocumentModel;
import uk.safeguarding.reviews.documents.DocxWriter;
import uk.safeguarding.reviews.documents.PdfWriter;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.PlainDates;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.practicereview.domain.IdentifyingDetails;
import uk.safeguarding.reviews.practicereview.domain.LearningReport;
import uk.safeguarding.reviews.practicereview.domain.PracticeReviewRepository;
import uk.safeguarding.reviews.practicereview.domain.ReportSection;
import uk.safeguarding.reviews.practicereview.domain.ReportVersion;
import uk.safeguarding.reviews.practicereview.domain.SmartRecommendation;
import uk.safeguarding.reviews.practicereview.domain.TermsOfReference;
import uk.safeguarding.reviews.rapidreview.application.DocumentBrandingStore;
import uk.safeguarding.reviews.kernel.ExportedFile;
import uk.safeguarding.reviews.referral.application.ReferralFacts;
import uk.safeguarding.reviews.referral.application.ReferralService;
import uk.safeguarding.reviews.review.application.ReviewAccess;
import uk.safeguarding.reviews.review.application.ReviewEngine;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.review.domain.ReviewAct;
import uk.safeguarding.reviews.review.domain.kind.Capability;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/**
 * §8.3: the review's report written in the product by its lead reviewer (or the business unit),
 * section by section, where the review's stage has the {@code learning-report} capability. Every save
 * is a version; the names and dates of birth of the referral found in it are listed; its executive
 * summary is measured in A4 pages on the partnership's own document; the review group's agreement of
 * a version is the review's agreed report, as an uploaded one would be, and moves the review on.
 */
@ApplicationScoped
@Transactional
public class WrittenReports {

    static final String RECORD_TYPE = "written-report";

    /** What the capability reports to the engine when a version is saved: a definition may key an exit by it. */
    static final String DRAFTED = "report-drafted";

    /** The documents a version is printed as. */
    public enum Part {
        REPORT, SUMMARY, COMMENTS
    }

    @Inject
    private ReviewAccess access;

    @Inject
    private ReviewWork work;

    @Inject
    private ReviewEngine engine;

    @Inject
    private ReportAgreement agreement;

    @Inject
    private FactualAccuracy accuracy;

    @Inject
    private PartnerSignOffs signOffs;

    @Inject
    private ReportDocuments documents;

    @Inject
    private PracticeReviewRepository practiceReviews;

    @Inject
    private ReferralService referrals;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The report's versions, the latest in full, for whoever may see the review. */
    public WrittenReportView of(String reviewId) {
        access.requireOn(reviewId, ReviewAct.SEE, AuditAction.VIEW, RECORD_TYPE, reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.VIEW, RECORD_TYPE);
        return view(review);
    }

    /**
     * Saves what was typed as the next version: refused beside the box that is too long or the
     * recommendation that is unfinished, at a stage without the capability, or once a version was
     * agreed.
     */
    public WrittenReportView save(String reviewId, WrittenReportForm form) {
        Caller caller = access.requireOn(reviewId, ReviewAct.WRITE_REPORT, AuditAction.CREATE, RECORD_TYPE, reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.CREATE, RECORD_TYPE);
        review.requireOpen();
        List<ReportVersion> versions = practiceReviews.reportVersionsOf(review.id());
        requireNoneAgreed(review, versions);
        OffsetDateTime now = OffsetDateTime.now(clock);
        int number = versions.isEmpty() ? 1 : versions.get(0).version() + 1;
        ReportVersion version = ReportVersion.draft(review.id(), number, form.draft(), caller.username(), now,
                work.today());
        engine.worked(review.id(), Capability.LEARNING_REPORT, DRAFTED, now.atZoneSameInstant(DeadlineCalculator.UK));
        practiceReviews.add(version);
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, review.id(), "report of " + review.reference() + ", version "
                + number + " saved: " + (ReportSection.values().length - version.unwritten().size()) + " of "
                + ReportSection.values().length + " sections written, " + version.recommendations().size()
                + " recommendations");
        return view(review);
    }

    /**
     * §8.3: "The Review Group will consider all comments and agree the final version": records the
     * review group's agreement of the latest version, refused (saying what is missing) until the
     * factual accuracy round is over and every comment dealt with, and unless it is complete and its
     * executive summary fits on two A4 pages. Where the review's stage asks the statutory partners
     * to sign it off, they are asked; otherwise the agreed version, printed, is the review's agreed
     * report at once: the review moves on and its completion clock is met.
     */
    public WrittenReportView agree(String reviewId, WrittenReportForm form) {
        Caller caller = access.requireOn(reviewId, ReviewAct.RUN, AuditAction.UPDATE, RECORD_TYPE, reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.UPDATE, RECORD_TYPE);
        review.requireOpen();
        List<ReportVersion> versions = practiceReviews.reportVersionsOf(review.id());
        requireNoneAgreed(review, versions);
        ReportVersion latest = versions.stream().findFirst().orElseThrow(() ->
                RefusedException.because("practicereview.written-reports.no-version-report-saved-yet",
                review.reference()));
        accuracy.outstanding(review).ifPresent(refusal -> {
            throw refusal;
        });
        latest.agree(form.getAgreedOn(), form.getAgreedBy(), caller.username(), summaryPages(review, latest),
                work.today());
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), "report of " + review.reference() + ", version "
                + latest.version() + " agreed on " + latest.agreedOn() + " by " + latest.agreedBy());
        if (signOffs.required(review)) {
            signOffs.ask(review, latest);
        } else {
            agreement.recordWritten(review, latest, caller, latest.agreedOn());
        }
        return view(review);
    }

    /** The latest version as a document (the report or its executive summary), PDF or DOCX. */
    public ExportedFile document(String reviewId, Part part, boolean pdf) {
        access.requireOn(reviewId, ReviewAct.SEE, AuditAction.VIEW, RECORD_TYPE, reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.VIEW, RECORD_TYPE);
        ReportVersion latest = practiceReviews.reportVersionsOf(review.id()).stream().findFirst()
                .orElseThrow(() -> audit.notFound(AuditAction.VIEW, RECORD_TYPE, reviewId));
        DocumentModel model = switch (part) {
            case REPORT -> documents.report(review, latest);
            case SUMMARY -> documents.summary(review, latest);
            case COMMENTS -> documents.commentsLog(review, latest, practiceReviews.accuracyCommentsOf(review.id()));
        };
        String name = ReportDocuments.fileName(review, latest, part, pdf ? "pdf" : "docx");
        audit.allowed(AuditAction.VIEW, RECORD_TYPE, review.id(), "downloaded " + name);
        return pdf ? new ExportedFile(name, ExportedFile.PDF, PdfWriter.write(model))
                : new ExportedFile(name, ExportedFile.DOCX, DocxWriter.write(model));
    }

    private static void requireNoneAgreed(ReviewSummary review, List<ReportVersion> versions) {
        versions.stream().filter(ReportVersion::isFinal).findFirst().ifPresent(agreed -> {
            throw RefusedException.because("practicereview.written-reports.version-report-was-agreed-agreed",
                    agreed.version(), review.reference(), PlainDates.day(agreed.agreedOn()));
        });
    }

    private WrittenReportView view(ReviewSummary review) {
        List<ReportVersion> versions = practiceReviews.reportVersionsOf(review.id());
        Optional<ReportVersion> latest = versions.stream().findFirst();
        boolean open = review.handedOverTo() == null && versions.stream().noneMatch(ReportVersion::isFinal);
        List<String> questions = practiceReviews.termsOf(review.id()).stream().findFirst()
                .map(TermsOfReference::questions).orElse(List.of());
        return new WrittenReportView(review.id(), review.reference(),
                latest.map(WrittenReportView.VersionView::of).orElse(null),
                versions.stream().map(v -> new WrittenReportView.VersionLine(v.version(), v.draftedBy(), v.draftedAt(),
                        v.agreedOn(), v.agreedBy(), v.returnedOn(), v.returnReason())).toList(),
                latest.map(v -> warnings(review, v)).orElse(List.of()),
                latest.filter(v -> !v.executiveSummary().isEmpty()).map(v -> summaryPages(review, v)).orElse(0),
                open && access.mayOn(review.id(), ReviewAct.WRITE_REPORT),
                open && access.mayOn(review.id(), ReviewAct.RUN), questions);
    }

    /** §8.3: the referral's names and dates of birth found in the version's text, section by section. */
    List<String> warnings(ReviewSummary review, ReportVersion version) {
        if (review.referralId() == null) {
            return List.of();
        }
        ReferralFacts facts = referrals.factsForReview(review.referralId());
        List<IdentifyingDetails.Person> people = new ArrayList<>();
        facts.children().forEach(p -> people.add(new IdentifyingDetails.Person(p.name(), p.dateOfBirth(), p.role())));
        facts.adults().forEach(p -> people.add(new IdentifyingDetails.Person(p.name(), p.dateOfBirth(), p.role())));
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("the executive summary", version.executiveSummary());
        version.sections().forEach((section, text) -> texts.put("\u201c" + section.heading() + "\u201d", text));
        List<SmartRecommendation> recommendations = version.recommendations();
        for (int i = 0; i < recommendations.size(); i++) {
            SmartRecommendation r = recommendations.get(i);
            texts.put("recommendation " + (i + 1), String.join("\n", r.action(), r.finding(), r.agency(), r.measure()));
        }
        return IdentifyingDetails.findIn(texts, people);
    }

    private int summaryPages(ReviewSummary review, ReportVersion version) {
        return PdfWriter.bodyPages(documents.summary(review, version));
    }
}

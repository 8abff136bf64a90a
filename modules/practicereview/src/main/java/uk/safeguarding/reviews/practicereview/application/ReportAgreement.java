package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.practicereview.domain.LearningReport;
import uk.safeguarding.reviews.documents.PdfWriter;
import uk.safeguarding.reviews.practicereview.domain.PracticeReviewRepository;
import uk.safeguarding.reviews.practicereview.domain.ReportVersion;
import uk.safeguarding.reviews.practicereview.domain.SmartRecommendation;
import uk.safeguarding.reviews.review.application.ReviewEngine;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.review.domain.kind.Capability;

/**
 * §4.2 table, §8.3: the one record that a review's report was agreed, however it was written (uploaded
 * as a file, or written in the product), and what that does: the engine is told, which meets the
 * completion clock and moves the review on. Its callers have checked who is asking.
 */
@ApplicationScoped
class ReportAgreement {

    /** What the learning report capability reports to the engine once the report is agreed. */
    static final String AGREED = "report-agreed";

    @Inject
    private ReviewWork work;

    @Inject
    private ReviewEngine engine;

    @Inject
    private PracticeReviewRepository practiceReviews;

    @Inject
    private AuditTrail audit;

    @Inject
    private ReportDocuments documents;

    @Inject
    private Clock clock;

    /** Refused when the review is closed or its report was agreed already; the agreement's own refusals beside its fields. */
    LearningReport record(ReviewSummary review, LearningReport.Agreement agreement, Caller caller) {
        return record(review, agreement, caller, null);
    }

    /**
     * The written report's agreed version, printed as the partnership's PDF, is the review's agreed
     * report; the clocks count to {@code completedOn} (its agreement, or its last partner's sign-off).
     */
    LearningReport recordWritten(ReviewSummary review, ReportVersion version, Caller caller, LocalDate completedOn) {
        byte[] pdf = PdfWriter.write(documents.report(review, version));
        return record(review, new LearningReport.Agreement(version.executiveSummary(), String.join("\n",
                version.recommendations().stream().map(SmartRecommendation::action).toList()), version.agreedBy(),
                version.agreedOn(), ReportDocuments.fileName(review, version, WrittenReports.Part.REPORT, "pdf"), pdf),
                caller, completedOn);
    }

    private LearningReport record(ReviewSummary review, LearningReport.Agreement agreement, Caller caller,
            LocalDate completedOn) {
        review.requireOpen();
        if (practiceReviews.reportOf(review.id()).isPresent()) {
            throw RefusedException.because("practicereview.report-agreement.report-was-agreed-already",
                    review.reference());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.atZoneSameInstant(DeadlineCalculator.UK).toLocalDate();
        LearningReport report = LearningReport.agree(review.id(), agreement,
                review.openedAt().atZoneSameInstant(DeadlineCalculator.UK).toLocalDate(), caller.username(), now, today);
        practiceReviews.add(report);
        // The clocks count to the day it was agreed, not to the day it was typed in.
        engine.worked(review.id(), Capability.LEARNING_REPORT, AGREED, work.dayOf(completedOn == null
                ? report.agreedOn() : completedOn));
        audit.allowed(AuditAction.CREATE, LearningReports.RECORD_TYPE, review.id(), "report of " + review.reference()
                + " agreed on " + report.agreedOn() + " by " + report.agreedBy() + ", "
                + report.recommendations().size() + " learning recommendations (" + report.fileName() + ")");
        return report;
    }
}

package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.clocks.application.PartnershipTimescales;
import uk.safeguarding.reviews.clocks.domain.ClockUnit;
import uk.safeguarding.reviews.clocks.domain.RunningClock;
import uk.safeguarding.reviews.clocks.domain.WorkingDayCalendar;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.practicereview.domain.LearningReport;
import uk.safeguarding.reviews.practicereview.domain.PracticeReviewRepository;
import uk.safeguarding.reviews.kernel.ExportedFile;
import uk.safeguarding.reviews.review.application.ReviewAccess;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.review.domain.ReviewAct;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/**
 * §4.2 table, §8.3: the business unit records the review's written report once it is agreed, with
 * its learning recommendations; where the review's stage has the {@code learning-report}
 * capability this moves it on (a local case review completes, meeting its 45-working-day clock) and
 * the page says how many working days it took of those allowed.
 */
@ApplicationScoped
@Transactional
public class LearningReports {

    static final String RECORD_TYPE = "learning-report";

    @Inject
    private ReviewAccess access;

    @Inject
    private ReviewWork work;

    @Inject
    private ReportAgreement agreement;

    @Inject
    private PracticeReviewRepository practiceReviews;

    @Inject
    private ClockService clocks;

    @Inject
    private PartnershipTimescales timescales;

    @Inject
    private AuditTrail audit;

    /** The review's agreed report, if there is one. */
    public Optional<LearningReportView> of(String reviewId) {
        access.requireOn(reviewId, ReviewAct.SEE, AuditAction.VIEW, RECORD_TYPE, reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.VIEW, RECORD_TYPE);
        return practiceReviews.reportOf(review.id()).map(report -> view(review, report));
    }

    /** Whether the signed-in person records agreed reports: what the review page offers them. */
    public boolean mayAgree() {
        return ReviewAct.RUN.allowsEverywhere(TenantContext.caller().roles());
    }

    /**
     * Records the agreed report: refused beside the field that lacks something, at a stage without
     * the capability, or when the review already has one.
     */
    public LearningReportView agree(String reviewId, ReportForm form) {
        Caller caller = access.requireOn(reviewId, ReviewAct.RUN, AuditAction.CREATE, RECORD_TYPE, reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.CREATE, RECORD_TYPE);
        LearningReport report = agreement.record(review, new LearningReport.Agreement(form.getFindings(),
                form.getRecommendations(), form.getAgreedBy(), form.getAgreedOn(), form.getFileName(), form.content()),
                caller);
        return view(review, report);
    }

    /** The written report, for whoever may see the review. */
    public ExportedFile file(String reviewId) {
        access.requireOn(reviewId, ReviewAct.SEE, AuditAction.VIEW, RECORD_TYPE, reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.VIEW, RECORD_TYPE);
        LearningReport report = practiceReviews.reportOf(review.id())
                .orElseThrow(() -> audit.notFound(AuditAction.VIEW, RECORD_TYPE, reviewId));
        audit.allowed(AuditAction.VIEW, RECORD_TYPE, review.id(), "report downloaded: " + report.fileName());
        boolean pdf = report.fileName().toLowerCase(Locale.ROOT).endsWith(".pdf");
        return new ExportedFile(report.fileName(), pdf ? ExportedFile.PDF : "application/octet-stream",
                report.content());
    }

    private LearningReportView view(ReviewSummary review, LearningReport report) {
        WorkingDayCalendar calendar = timescales.workingDays();
        List<LearningReportView.Timeliness> timeliness = clocks.ofSubject(ReviewSummary.CLOCK_SUBJECT_TYPE, review.id())
                .stream().filter(c -> c.state() == RunningClock.State.MET && c.unit() == ClockUnit.WORKING_DAYS)
                .map(c -> new LearningReportView.Timeliness(c.ruleKey(), workingDaysBetween(calendar,
                        c.startedAt().toLocalDate(), report.agreedOn()), c.amount()))
                .toList();
        return new LearningReportView(report.findings(), report.recommendations(), report.agreedBy(),
                report.agreedOn(), report.fileName(), report.fileSize(), report.recordedBy(), timeliness);
    }

    /** Working days after {@code start} up to and including {@code end}: how the clocks count them. */
    static int workingDaysBetween(WorkingDayCalendar calendar, LocalDate start, LocalDate end) {
        int days = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                days++;
            }
        }
        return days;
    }

}

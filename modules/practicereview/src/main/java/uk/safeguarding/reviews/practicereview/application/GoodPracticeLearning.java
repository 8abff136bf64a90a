package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.practicereview.domain.Dissemination;
import uk.safeguarding.reviews.practicereview.domain.LearningSummary;
import uk.safeguarding.reviews.practicereview.domain.PracticeReviewRepository;
import uk.safeguarding.reviews.review.application.ReviewAccess;
import uk.safeguarding.reviews.review.application.ReviewEngine;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.review.domain.ReviewAct;
import uk.safeguarding.reviews.review.domain.kind.Capability;

/**
 * §5.3: a Good Outcome Review "will examine multi agency success, how it was achieved and what we can
 * learn to disseminate the success further". The business unit records the learning summary the
 * review agreed (where the stage has {@code learning-summary}), then each occasion the learning was
 * shared, and finally that it has been shared with those who can use it (where the stage has
 * {@code dissemination}); the engine moves the review on at each.
 */
@ApplicationScoped
@Transactional
public class GoodPracticeLearning {

    static final String RECORD_TYPE = "good-practice-learning";

    /** What the capabilities report to the engine: a definition may key an exit by any of them. */
    static final String SUMMARY_AGREED = "learning-summary-agreed";
    static final String SHARED = "learning-shared";
    static final String DISSEMINATED = "learning-disseminated";

    @Inject
    private ReviewAccess access;

    @Inject
    private ReviewWork work;

    @Inject
    private ReviewEngine engine;

    @Inject
    private PracticeReviewRepository practiceReviews;

    @Inject
    private IndividualAgencyReviews agencyReviews;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The summary and its sharing, for whoever may see the review. */
    public GoodPracticeView of(String reviewId) {
        access.requireOn(reviewId, ReviewAct.SEE, AuditAction.VIEW, RECORD_TYPE, reviewId);
        return view(work.review(reviewId, AuditAction.VIEW, RECORD_TYPE));
    }

    /** The agreed summary, once: each part refused beside its box when missing; at a stage with the capability. */
    public GoodPracticeView summarise(String reviewId, GoodPracticeForm form) {
        Caller caller = access.requireOn(reviewId, ReviewAct.RUN, AuditAction.CREATE, RECORD_TYPE, reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.CREATE, RECORD_TYPE);
        review.requireOpen();
        if (practiceReviews.learningSummaryOf(review.id()).isPresent()) {
            throw RefusedException.because("practicereview.good-practice-learning.learning-summary-was-agreed-already", review.reference());
        }
        LearningSummary summary = LearningSummary.agree(review.id(), form.summary(),
                review.openedAt().atZoneSameInstant(DeadlineCalculator.UK).toLocalDate(), caller.username(),
                OffsetDateTime.now(clock), work.today());
        engine.worked(review.id(), Capability.LEARNING_SUMMARY, SUMMARY_AGREED, work.dayOf(summary.agreedOn()));
        practiceReviews.add(summary);
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, review.id(), "learning summary of " + review.reference()
                + " agreed on " + summary.agreedOn() + " by " + summary.agreedBy());
        return view(review);
    }

    /** One occasion the learning was shared; refused beside its field, or before the summary is agreed. */
    public GoodPracticeView shared(String reviewId, GoodPracticeForm form) {
        Caller caller = access.requireOn(reviewId, ReviewAct.RUN, AuditAction.CREATE, RECORD_TYPE, reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.CREATE, RECORD_TYPE);
        review.requireOpen();
        LocalDate learnedOn = learnedOn(review.id()).orElseThrow(() ->
                RefusedException.because("practicereview.good-practice-learning.agree-learning-before-recording-was"));
        Dissemination shared = Dissemination.record(review.id(), form.occasion(), learnedOn,
                caller.username(), OffsetDateTime.now(clock), work.today());
        engine.worked(review.id(), Capability.DISSEMINATION, SHARED, work.dayOf(shared.sharedOn()));
        practiceReviews.add(shared);
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, review.id(), "learning of " + review.reference() + " shared on "
                + shared.sharedOn() + " with " + shared.audience() + " (" + shared.method() + ")");
        return view(review);
    }

    /** The learning has gone to those who can use it: completes the review; refused until it was shared once. */
    public GoodPracticeView disseminated(String reviewId) {
        access.requireOn(reviewId, ReviewAct.RUN, AuditAction.UPDATE, RECORD_TYPE, reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.UPDATE, RECORD_TYPE);
        review.requireOpen();
        List<Dissemination> shared = practiceReviews.disseminationsOf(review.id());
        if (shared.isEmpty()) {
            throw RefusedException.because("practicereview.good-practice-learning.record-least-one-occasion-learning");
        }
        engine.worked(review.id(), Capability.DISSEMINATION, DISSEMINATED, work.dayOf(work.today()));
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), "learning of " + review.reference() + " shared on "
                + shared.size() + " occasions: the review is complete");
        return view(review);
    }

    /**
     * The day the review's learning was settled, if it is: the learning summary agreed (§5.3), or an
     * individual agency's lessons found addressed (§4.2 table). Nothing can be shared before it.
     */
    private Optional<LocalDate> learnedOn(String reviewId) {
        return practiceReviews.learningSummaryOf(reviewId).map(LearningSummary::agreedOn)
                .or(() -> agencyReviews.addressedOn(reviewId));
    }

    private GoodPracticeView view(ReviewSummary review) {
        boolean mayRun = review.handedOverTo() == null && access.mayOn(review.id(), ReviewAct.RUN);
        boolean summarising = engine.stageAllows(review.id(), Capability.LEARNING_SUMMARY);
        boolean sharing = engine.stageAllows(review.id(), Capability.DISSEMINATION);
        GoodPracticeView.Summary summary = practiceReviews.learningSummaryOf(review.id())
                .map(s -> new GoodPracticeView.Summary(s.success(), s.learning(), s.furtherImprovement(), s.audiences(),
                        s.agreedBy(), s.agreedOn(), s.recordedBy())).orElse(null);
        List<GoodPracticeView.Occasion> shared = practiceReviews.disseminationsOf(review.id()).stream()
                .map(d -> new GoodPracticeView.Occasion(d.sharedOn(), d.audience(), d.method(), d.reached(),
                        d.recordedBy())).toList();
        boolean learned = learnedOn(review.id()).isPresent();
        boolean completed = learned && !summarising && !sharing;
        return new GoodPracticeView(review.id(), review.reference(), summary, shared,
                mayRun && summary == null && summarising, mayRun && learned && sharing, completed,
                summary == null && learned, engine.kindUses(review.id(), Capability.AGENCY_REVIEW));
    }
}

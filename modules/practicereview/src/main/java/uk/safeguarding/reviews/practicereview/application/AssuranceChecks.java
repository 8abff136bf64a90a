package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.practicereview.domain.AssuranceCheck;
import uk.safeguarding.reviews.practicereview.domain.PartnershipList;
import uk.safeguarding.reviews.practicereview.domain.PracticeReviewRepository;
import uk.safeguarding.reviews.review.application.ReviewAccess;
import uk.safeguarding.reviews.review.application.ReviewService;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.review.domain.ReviewAct;

/**
 * §7.1, Document 4: the partnership's assurance questions answered on a review of any kind at the
 * stage it has reached, by the Virtual Panel, the business manager or the review's lead reviewer;
 * every check kept with its questions as asked, and audited.
 */
@ApplicationScoped
@Transactional
public class AssuranceChecks {

    static final String RECORD_TYPE = "assurance-check";

    @Inject
    private ReviewAccess access;

    @Inject
    private ReviewWork work;

    @Inject
    private ReviewService reviews;

    @Inject
    private PartnershipLists lists;

    @Inject
    private PracticeReviewRepository practiceReviews;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The review's checks and the questions to answer now. */
    public AssuranceView of(String reviewId) {
        access.requireOn(reviewId, ReviewAct.SEE, AuditAction.VIEW, RECORD_TYPE, reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.VIEW, RECORD_TYPE);
        return view(review);
    }

    /**
     * Answers every question at the stage the review is at: each unanswered question refused beside
     * it, and each not met without what will be done beside its note.
     */
    public AssuranceView check(String reviewId, List<AssuranceCheck.Answer> answers) {
        Caller caller = access.requireOn(reviewId, ReviewAct.CHECK_ASSURANCE, AuditAction.CREATE, RECORD_TYPE,
                reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.CREATE, RECORD_TYPE);
        review.requireOpen();
        AssuranceCheck check = AssuranceCheck.of(review.id(), stageName(review), lists.stored(
                PartnershipList.ASSURANCE_QUESTIONS), answers, caller.username(), OffsetDateTime.now(clock));
        practiceReviews.add(check);
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, review.id(), review.reference() + ": assurance questions"
                + " answered at " + check.stageName() + ", " + check.notMet() + " of " + check.answers().size()
                + " not met");
        return view(review);
    }

    private String stageName(ReviewSummary review) {
        return reviews.stage(review.id()).stage().name();
    }

    private AssuranceView view(ReviewSummary review) {
        List<AssuranceView.Check> checks = practiceReviews.assuranceChecksOf(review.id()).stream()
                .map(c -> new AssuranceView.Check(c.stageName(), c.checkedBy(), c.checkedAt(), c.answers().stream()
                        .map(a -> new AssuranceView.Answer(a.question(), a.met(), a.note())).toList(), c.notMet()))
                .toList();
        return new AssuranceView(checks, lists.stored(PartnershipList.ASSURANCE_QUESTIONS), stageName(review),
                review.handedOverTo() == null && access.mayOn(review.id(), ReviewAct.CHECK_ASSURANCE));
    }
}

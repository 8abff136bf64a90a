package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.practicereview.domain.MethodologyChoice;
import uk.safeguarding.reviews.practicereview.domain.PartnershipList;
import uk.safeguarding.reviews.practicereview.domain.PracticeReviewRepository;
import uk.safeguarding.reviews.review.application.ReviewAccess;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.review.domain.ReviewAct;

/**
 * §4.4: the methodology of a review of any kind, chosen from the partnership's list with a rationale
 * for proportionality, by the Virtual Panel or the business manager; each choice audited and kept.
 */
@ApplicationScoped
@Transactional
public class Methodologies {

    static final String RECORD_TYPE = "methodology";

    @Inject
    private ReviewAccess access;

    @Inject
    private ReviewWork work;

    @Inject
    private PartnershipLists lists;

    @Inject
    private PracticeReviewRepository practiceReviews;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The review's methodology and the partnership's list. */
    public MethodologyView of(String reviewId) {
        access.requireOn(reviewId, ReviewAct.SEE, AuditAction.VIEW, RECORD_TYPE, reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.VIEW, RECORD_TYPE);
        return view(review);
    }

    /** §4.4: a methodology from the list, refused beside the field without one or without a rationale. */
    public MethodologyView choose(String reviewId, String methodology, String rationale) {
        Caller caller = access.requireOn(reviewId, ReviewAct.CHOOSE_METHODOLOGY, AuditAction.CREATE, RECORD_TYPE,
                reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.CREATE, RECORD_TYPE);
        review.requireOpen();
        MethodologyChoice choice = MethodologyChoice.choose(review.id(), methodology, rationale,
                lists.stored(PartnershipList.METHODOLOGIES), caller.username(), OffsetDateTime.now(clock));
        practiceReviews.add(choice);
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, review.id(), review.reference() + ": methodology "
                + choice.methodology() + " chosen; " + choice.rationale());
        return view(review);
    }

    private MethodologyView view(ReviewSummary review) {
        return new MethodologyView(practiceReviews.methodologiesOf(review.id()).stream()
                .map(c -> new MethodologyView.Choice(c.methodology(), c.rationale(), c.chosenBy(), c.chosenAt()))
                .toList(), lists.stored(PartnershipList.METHODOLOGIES), review.handedOverTo() == null
                        && access.mayOn(review.id(), ReviewAct.CHOOSE_METHODOLOGY));
    }
}

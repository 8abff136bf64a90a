package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.practicereview.domain.PartnershipList;
import uk.safeguarding.reviews.practicereview.domain.PracticeReviewRepository;
import uk.safeguarding.reviews.practicereview.domain.SummaryRating;
import uk.safeguarding.reviews.rapidreview.application.AgencyTask;
import uk.safeguarding.reviews.rapidreview.application.InformationRequests;
import uk.safeguarding.reviews.review.application.ReviewAccess;
import uk.safeguarding.reviews.review.domain.ReviewAct;

/**
 * §10.3 e, "quality of agency summaries": the business unit or the review's chair rates an agency's
 * submitted summary on the partnership's scale, with a note; every rating is kept and audited, the
 * newest stands and is what the executive's figures count.
 */
@ApplicationScoped
@Transactional
public class SummaryRatings {

    static final String RECORD_TYPE = "summary-rating";

    @Inject
    private InformationRequests requests;

    @Inject
    private ReviewAccess access;

    @Inject
    private PartnershipLists lists;

    @Inject
    private PracticeReviewRepository practiceReviews;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The summary's ratings, for whoever may read the return. */
    public SummaryRatingView of(String requestId) {
        AgencyTask task = requests.returnOf(requestId);
        return view(task);
    }

    /** Rates the submitted summary; refused beside the field when the rating is not on the scale. */
    public SummaryRatingView rate(String requestId, String rating, String note) {
        AgencyTask task = requests.returnOf(requestId);
        Caller caller = access.requireOn(task.reviewId(), ReviewAct.RATE_SUMMARY, AuditAction.UPDATE, RECORD_TYPE,
                requestId);
        if (task.isOpen()) {
            throw RefusedException.because("practicereview.summary-ratings.summary-rated-once-submitted",
                    task.agencyName());
        }
        SummaryRating given = SummaryRating.of(task.id(), task.reviewId(), task.reviewReference(), task.agencyName(),
                rating, lists.stored(PartnershipList.SUMMARY_QUALITY_SCALE), note, caller.displayName(),
                OffsetDateTime.now(clock));
        practiceReviews.add(given);
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, requestId, task.reviewReference() + ", the summary of "
                + task.agencyName() + " rated \u201c" + given.rating() + "\u201d");
        return view(task);
    }

    private SummaryRatingView view(AgencyTask task) {
        return new SummaryRatingView(task.id(), lists.stored(PartnershipList.SUMMARY_QUALITY_SCALE),
                practiceReviews.ratingsOf(task.id()).stream().map(r -> new SummaryRatingView.Rating(r.rating(),
                        r.note(), r.ratedBy(), r.ratedAt())).toList(),
                !task.isOpen() && access.mayOn(task.reviewId(), ReviewAct.RATE_SUMMARY));
    }
}

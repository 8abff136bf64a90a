package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.BiConsumer;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.practicereview.domain.FamilyMember;
import uk.safeguarding.reviews.practicereview.domain.PracticeReviewRepository;
import uk.safeguarding.reviews.review.application.ReviewAccess;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.review.domain.ReviewAct;

/**
 * §6, Document 3: how the child's family is involved in a review, of any kind and at any stage (the
 * policy asks it of every review): the business unit or the review's lead reviewer adds family
 * members, records the decision on involving each (reasons when not), the contacts and the
 * feedback. Everything is audited; the names are read only by those who may see the review.
 */
@ApplicationScoped
@Transactional
public class FamilyInvolvement {

    static final String RECORD_TYPE = "family-involvement";

    @Inject
    private ReviewAccess access;

    @Inject
    private ReviewWork work;

    @Inject
    private PracticeReviewRepository practiceReviews;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The review's family members and their involvement. */
    public FamilyView of(String reviewId) {
        access.requireOn(reviewId, ReviewAct.SEE, AuditAction.VIEW, RECORD_TYPE, reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.VIEW, RECORD_TYPE);
        return view(review);
    }

    /** A family member named on the review: their name and relationship to the child, refused beside the box when missing. */
    public FamilyView add(String reviewId, FamilyForm form) {
        Caller caller = access.requireOn(reviewId, ReviewAct.INVOLVE_FAMILY, AuditAction.CREATE, RECORD_TYPE,
                reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.CREATE, RECORD_TYPE);
        review.requireOpen();
        FamilyMember member = FamilyMember.add(review.id(), form.getName(), form.getRelationship(),
                form.getAgeAndUnderstanding(), caller.username(), OffsetDateTime.now(clock));
        practiceReviews.add(member);
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, review.id(), "family member added to " + review.reference()
                + ": " + member.relationship());
        return view(review);
    }

    /** §6: the decision on involving one of them; not involving them needs the reasons. */
    public FamilyView decide(String reviewId, FamilyForm form) {
        return change(reviewId, form, (member, caller) -> member.decide(form.getInvolvement(), form.getReasons(),
                form.getFacilitator(), form.getNotShared(), form.getDecidedOn(), caller.username(), work.today()),
                member -> member.relationship() + ": " + (member.involvement() == FamilyMember.Involvement.INVOLVED
                        ? "to be involved, facilitated by " + member.facilitator()
                        : "not to be involved: " + member.reasons()) + ", decided on " + member.decidedOn());
    }

    /** A contact with one of them (invited, met, views recorded, told of findings or publication). */
    public FamilyView contact(String reviewId, FamilyForm form) {
        return change(reviewId, form, (member, caller) -> member.contact(form.getContactKind(), form.getContactOn(),
                form.getContactNote(), caller.username(), work.today()),
                member -> member.relationship() + ": " + member.contacts().get(member.contacts().size() - 1).kind()
                        + " on " + member.contacts().get(member.contacts().size() - 1).on());
    }

    /** Their feedback on how sensitively the review was conducted. */
    public FamilyView feedback(String reviewId, FamilyForm form) {
        return change(reviewId, form, (member, caller) -> member.feedback(form.getFeedback(),
                form.getFeedbackSensitive(), form.getFeedbackOn(), LocalDate.now(clock)),
                member -> member.relationship() + ": feedback recorded");
    }

    private FamilyView change(String reviewId, FamilyForm form, BiConsumer<FamilyMember, Caller> change,
            java.util.function.Function<FamilyMember, String> detail) {
        Caller caller = access.requireOn(reviewId, ReviewAct.INVOLVE_FAMILY, AuditAction.UPDATE, RECORD_TYPE,
                reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.UPDATE, RECORD_TYPE);
        review.requireOpen();
        FamilyMember member = practiceReviews.familyMember(review.id(), form.getMemberId())
                .orElseThrow(() -> audit.notFound(AuditAction.UPDATE, RECORD_TYPE, form.getMemberId()));
        change.accept(member, caller);
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), review.reference() + ", " + detail.apply(member));
        return view(review);
    }

    private FamilyView view(ReviewSummary review) {
        return new FamilyView(review.id(), review.reference(), practiceReviews.familyOf(review.id()).stream()
                .map(FamilyMemberView::of).toList(), review.handedOverTo() == null
                        && access.mayOn(review.id(), ReviewAct.INVOLVE_FAMILY));
    }


}

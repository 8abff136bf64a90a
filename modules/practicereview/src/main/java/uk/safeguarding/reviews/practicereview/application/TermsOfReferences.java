package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.practicereview.domain.PracticeReviewRepository;
import uk.safeguarding.reviews.practicereview.domain.TermsOfReference;
import uk.safeguarding.reviews.review.application.ReviewAccess;
import uk.safeguarding.reviews.review.application.ReviewEngine;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.review.domain.ReviewAct;
import uk.safeguarding.reviews.review.domain.kind.Capability;

/**
 * §8.1-8.3: a review's terms of reference, where its stage has the {@link Capability#TERMS_OF_REFERENCE}
 * capability. The business unit, or the review's lead reviewer, drafts a version; the business unit
 * records the review group's agreement and the Practice Review Sub-Group's sign-off. Versions are kept:
 * a change after sign-off is a new version, settled the same way.
 */
@ApplicationScoped
@Transactional
public class TermsOfReferences {

    static final String RECORD_TYPE = "terms-of-reference";

    /** What the capability reports to the engine: a definition may key an exit by any of them. */
    static final String DRAFTED = "terms-of-reference-drafted";
    static final String AGREED = "terms-of-reference-agreed";
    static final String SIGNED_OFF = "terms-of-reference-signed-off";

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

    /** Every version of the review's terms, for whoever may see the review. */
    public TermsView of(String reviewId) {
        access.requireOn(reviewId, ReviewAct.SEE, AuditAction.VIEW, RECORD_TYPE, reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.VIEW, RECORD_TYPE);
        return view(review);
    }

    /**
     * A new version: every §8.2 heading and the questions, each refused beside its box when missing or
     * too long; refused at a stage without the capability.
     */
    public TermsView draft(String reviewId, TermsForm form) {
        Caller caller = access.requireOn(reviewId, ReviewAct.DRAFT_TERMS_OF_REFERENCE, AuditAction.CREATE, RECORD_TYPE,
                reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.CREATE, RECORD_TYPE);
        review.requireOpen();
        List<TermsOfReference> versions = practiceReviews.termsOf(review.id());
        int version = versions.isEmpty() ? 1 : versions.get(0).version() + 1;
        OffsetDateTime now = OffsetDateTime.now(clock);
        TermsOfReference terms = TermsOfReference.draft(review.id(), version, form.headings(), caller.username(), now);
        engine.worked(review.id(), Capability.TERMS_OF_REFERENCE, DRAFTED, now.atZoneSameInstant(DeadlineCalculator.UK));
        practiceReviews.add(terms);
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, terms.id(), "terms of reference of " + review.reference()
                + ", version " + version + " drafted with " + terms.questions().size() + " questions");
        return view(review);
    }

    /** §8.1-8.2: the review group agreed the latest version; refused unless it is a draft. */
    public TermsView agree(String reviewId, TermsForm form) {
        Caller caller = access.requireOn(reviewId, ReviewAct.RUN, AuditAction.UPDATE, RECORD_TYPE, reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.UPDATE, RECORD_TYPE);
        review.requireOpen();
        TermsOfReference latest = latest(review);
        LocalDate today = work.today();
        latest.agree(form.getAgreedOn(), form.getAgreedBy(), caller.username(),
                latest.draftedAt().atZoneSameInstant(DeadlineCalculator.UK).toLocalDate(), today);
        engine.worked(review.id(), Capability.TERMS_OF_REFERENCE, AGREED, work.dayOf(latest.agreedOn()));
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, latest.id(), "terms of reference of " + review.reference()
                + ", version " + latest.version() + " agreed on " + latest.agreedOn() + " by " + latest.agreedBy());
        return view(review);
    }

    /** §8.1: the Practice Review Sub-Group signed off the latest version; refused unless it was agreed. */
    public TermsView signOff(String reviewId, TermsForm form) {
        Caller caller = access.requireOn(reviewId, ReviewAct.RUN, AuditAction.UPDATE, RECORD_TYPE, reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.UPDATE, RECORD_TYPE);
        review.requireOpen();
        TermsOfReference latest = latest(review);
        LocalDate today = work.today();
        latest.signOff(form.getSignedOffOn(), form.getMeeting(), form.getChair(), caller.username(), today);
        engine.worked(review.id(), Capability.TERMS_OF_REFERENCE, SIGNED_OFF, work.dayOf(latest.signedOffOn()));
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, latest.id(), "terms of reference of " + review.reference()
                + ", version " + latest.version() + " signed off on " + latest.signedOffOn() + " at "
                + latest.signedOffAt() + ", chaired by " + latest.signedOffChair());
        return view(review);
    }

    private TermsOfReference latest(ReviewSummary review) {
        return practiceReviews.termsOf(review.id()).stream().findFirst().orElseThrow(() ->
                RefusedException.because("practicereview.terms-of-references.no-terms-reference-are-drafted",
                review.reference()));
    }

    private TermsView view(ReviewSummary review) {
        return new TermsView(review.id(), review.reference(), practiceReviews.termsOf(review.id()).stream()
                .map(TermsVersionView::of).toList(), review.handedOverTo() == null
                        && access.mayOn(review.id(), ReviewAct.DRAFT_TERMS_OF_REFERENCE),
                review.handedOverTo() == null && access.mayOn(review.id(), ReviewAct.RUN));
    }



}

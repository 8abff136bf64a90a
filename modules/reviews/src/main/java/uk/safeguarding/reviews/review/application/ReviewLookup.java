package uk.safeguarding.reviews.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import uk.safeguarding.reviews.kernel.InternalApi;
import uk.safeguarding.reviews.review.domain.ReviewRepository;

/**
 * The current partnership's reviews as other modules read them (an agency's task, a linked-review
 * board): copies, never the entities, and no permission check of its own, because each caller checks
 * what its person may do.
 */
@InternalApi
@ApplicationScoped
@Transactional
public class ReviewLookup {

    @Inject
    private ReviewRepository reviews;

    @Inject
    private ReviewKinds kinds;

    @Inject
    private uk.safeguarding.reviews.review.domain.ReviewAssignmentRepository assignments;

    public Optional<ReviewSummary> find(String id) {
        return reviews.find(id).map(ReviewSummary::of);
    }

    /**
     * Of the reviews named, those this partnership holds, by id, in one read: not one handed over to
     * another partnership, which counts it there (§10.2, §10.3).
     */
    public java.util.Map<String, ReviewSummary> heldHere(java.util.Collection<String> ids) {
        return reviews.findAll(ids).stream().filter(review -> review.handedOverTo() == null)
                .collect(java.util.stream.Collectors.toMap(uk.safeguarding.reviews.review.domain.Review::id,
                        ReviewSummary::of));
    }

    /** The newest reviews first, at most {@code limit}. */
    public List<ReviewSummary> withReferenceLike(List<String> referencePatterns, int limit) {
        return reviews.withReferenceLike(referencePatterns, limit).stream().map(ReviewSummary::of).toList();
    }

    /** The newest reviews of a kind still with this partnership, at most {@code limit}. */
    public List<ReviewSummary> recentOfKind(uk.safeguarding.reviews.thresholds.domain.ReviewKind kind, int limit) {
        return reviews.recentOfKind(kind, limit).stream().map(ReviewSummary::of).toList();
    }

    /**
     * The reviews this partnership holds that wait for the work {@code work}: their stage, in the
     * version of their kind they run under, leads on by it. Oldest first, at most {@code limit}.
     */
    public List<ReviewSummary> awaiting(String work, int limit) {
        java.util.Set<String> stages = kinds.stagesLeftBy(work);
        if (stages.isEmpty()) {
            return List.of();
        }
        return reviews.heldAtStages(stages).stream()
                .filter(review -> kinds.definition(review.kind().key(), review.kindVersion()).stage(review.stage())
                        .flatMap(stage -> stage.exit(work)).isPresent())
                .limit(limit).map(ReviewSummary::of).toList();
    }

    /** The sign-in names of the people who hold one of {@code parts} in the review now, in the order given. */
    public List<String> peopleIn(String reviewId, java.util.Set<uk.safeguarding.reviews.review.domain.ReviewPart> parts) {
        return assignments.ofReview(reviewId).stream().filter(a -> a.isActive() && parts.contains(a.part()))
                .map(uk.safeguarding.reviews.review.domain.ReviewAssignment::username).distinct().toList();
    }

    /** The ids of the reviews that give {@code username} the part {@code part}, while the assignment lasts. */
    public List<String> assigning(String username, uk.safeguarding.reviews.review.domain.ReviewPart part, int limit) {
        return assignments.activeOfPerson(username, limit).stream().filter(a -> a.part() == part)
                .map(uk.safeguarding.reviews.review.domain.ReviewAssignment::reviewId).distinct().toList();
    }

    /** The name of the stage the review is at, in its kind's definition (issue 13 §1). */
    public Optional<String> stageName(String id) {
        return reviews.find(id).map(review -> kinds.definition(review.kind().key(), review.kindVersion())
                .stageName(review.stage()));
    }

    /**
     * Of the reviews named, those this partnership holds that have reached their kind's last stage
     * (§10.3 b "completed"; §10.3 i compares a new referral with them), by id, each with its kind's name.
     */
    public java.util.Map<String, CompletedReview> completedAmong(java.util.Collection<String> ids) {
        java.util.Map<String, CompletedReview> completed = new java.util.LinkedHashMap<>();
        for (uk.safeguarding.reviews.review.domain.Review review : reviews.findAll(ids)) {
            uk.safeguarding.reviews.review.domain.kind.KindDefinition definition = kinds.definition(review.kind().key(),
                    review.kindVersion());
            boolean last = definition.stage(review.stage()).map(stage -> stage.isFinal()).orElse(false);
            if (last && review.handedOverTo() == null) {
                completed.put(review.id(), new CompletedReview(review.id(), review.reference(), definition.name(),
                        review.referralId()));
            }
        }
        return completed;
    }

    /** A review at its kind's last stage: its id, reference, kind's name and the referral it came from. */
    public record CompletedReview(String id, String reference, String kindName, String referralId)
            implements java.io.Serializable {
    }
}

package uk.safeguarding.reviews.linking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import uk.safeguarding.reviews.kernel.Page;
import java.util.Optional;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.kernel.Texts;
import uk.safeguarding.reviews.linking.domain.BoardReview;
import uk.safeguarding.reviews.linking.domain.BoardReviewRepository;
import uk.safeguarding.reviews.linking.domain.BoardReviewStage;
import uk.safeguarding.reviews.linking.domain.LinkedKind;
import uk.safeguarding.reviews.tenancy.api.TenantContext;
import uk.safeguarding.reviews.tenancy.domain.BoardKind;
import uk.safeguarding.reviews.tenancy.domain.Tenant;
import uk.safeguarding.reviews.tenancy.domain.TenantRegistry;

/**
 * The reviews an adults board (SAR) or a community safety partnership (DHR) records so they can be
 * linked with a child's review (§4.3). Only the board's business manager sees them whole; through a
 * link, only what the board agreed to share leaves it.
 */
@ApplicationScoped
@Transactional
public class BoardReviews {

    static final String RECORD_TYPE = "board-review";

    @Inject
    private BoardReviewRepository reviews;

    @Inject
    private PossibleLinks possibleLinks;

    @Inject
    private TenantRegistry registry;

    @Inject
    private AuditTrail audit;

    @Inject
    private RoleGate roles;

    @Inject
    private Clock clock;

    /** The kind of review the current board records: a SAR for an adults board, a DHR for a community safety partnership. */
    public Optional<LinkedKind> kindHere() {
        BoardKind board = registry.findBySlug(TenantContext.tenant().slug()).map(Tenant::boardKind).orElseThrow();
        return switch (board) {
            case SAFEGUARDING_ADULTS_BOARD -> Optional.of(LinkedKind.SAFEGUARDING_ADULTS_REVIEW);
            case COMMUNITY_SAFETY_PARTNERSHIP -> Optional.of(LinkedKind.DOMESTIC_HOMICIDE_REVIEW);
            case CHILDREN_SAFEGUARDING_PARTNERSHIP -> Optional.empty();
        };
    }

    /** Records a review; its subject is fingerprinted for possible links at once. */
    public BoardReviewSummary record(BoardReviewForm form) {
        Caller caller = roles.require(AuditAction.CREATE, RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        LinkedKind kind = kindHere().orElseThrow(() -> InvalidFieldException.refused("kind",
                "linking.board-reviews.children-partnership-reviews-start-from"));
        if (!Texts.isBlank(form.getKind()) && !kind.name().equals(form.getKind())) {
            throw InvalidFieldException.refused("kind", "linking.board-reviews.board-records-only", kind.label());
        }
        BoardReview review = BoardReview.record(reviews.nextNumber(), kind, form.getSubjectName(),
                form.getSubjectBornOn(), form.getDecidedOn(), form.getLeadReviewer(), caller.username(),
                OffsetDateTime.now(clock));
        reviews.add(review);
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, review.id(), review.reference() + " recorded");
        possibleLinks.record(RECORD_TYPE, review.id(), review.reference(),
                List.of(new PossibleLinks.Subject(review.subjectName(), review.subjectBornOn())));
        return BoardReviewSummary.of(review);
    }

    /** The board's own reviews, newest first, a page at a time (issue 13 §4). */
    public Page<BoardReviewSummary> list(int pageNumber) {
        roles.require(AuditAction.LIST, RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        long total = reviews.count();
        int number = Page.within(pageNumber, total, Page.DEFAULT_SIZE);
        List<BoardReviewSummary> listed = reviews.page(Page.offset(number, Page.DEFAULT_SIZE), Page.DEFAULT_SIZE)
                .stream().map(BoardReviewSummary::of).toList();
        audit.allowed(AuditAction.LIST, RECORD_TYPE, null, "board reviews page " + number + ": " + listed.size()
                + " of " + total);
        return new Page<>(listed, number, Page.DEFAULT_SIZE, total);
    }

    public BoardReviewSummary view(String id) {
        roles.require(AuditAction.VIEW, RECORD_TYPE, id, Role.BUSINESS_MANAGER);
        BoardReview review = find(id, AuditAction.VIEW);
        audit.allowed(AuditAction.VIEW, RECORD_TYPE, review.id(), null);
        return BoardReviewSummary.of(review);
    }

    /** The business manager moves the review on, and records its lead reviewer. */
    public BoardReviewSummary update(String id, String stage, String leadReviewer) {
        roles.require(AuditAction.UPDATE, RECORD_TYPE, id, Role.BUSINESS_MANAGER);
        BoardReview review = find(Texts.required("updateId", id, "linking.board-reviews.choose-review-update"),
                AuditAction.UPDATE);
        BoardReviewStage next;
        try {
            next = BoardReviewStage.valueOf(Texts.required("stage", stage,
                    "linking.board-reviews.choose-review-stage").strip());
        } catch (IllegalArgumentException e) {
            throw e instanceof InvalidFieldException field ? field
                    : InvalidFieldException.refused("stage", "linking.board-reviews.choose-review-stage");
        }
        review.moveTo(next, leadReviewer, OffsetDateTime.now(clock));
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), "stage " + next.name()
                + (review.leadReviewer() == null ? "" : ", lead reviewer " + review.leadReviewer()));
        return BoardReviewSummary.of(review);
    }

    /** For the board's side of a link: read without a role check, which {@link ReviewLinks} has made. */
    Optional<BoardReview> forLink(String id) {
        return reviews.find(id == null ? "" : id.strip());
    }

    List<BoardReview> forLinking(List<String> referencePatterns, int limit) {
        return reviews.withReferenceLike(referencePatterns, limit);
    }

    private BoardReview find(String id, AuditAction action) {
        return reviews.find(id == null ? "" : id.strip()).orElseThrow(() -> audit.notFound(action, RECORD_TYPE, id));
    }
}

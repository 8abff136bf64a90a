package uk.safeguarding.reviews.linking.domain;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.PlainDates;

/**
 * A link between two reviews of the same family (§4.3): which board leads, whether the review is
 * joint or parallel, and each side's agreement. It is live until either side ends its part; an ended
 * link stays on the record.
 */
public record ReviewLink(String id, Arrangement arrangement, Side lead, String createdBy, OffsetDateTime createdAt,
        LinkSide a, LinkSide b) {

    /** Side A is always a review on the instance; side B may be held elsewhere. */
    public enum Side {
        A,
        B
    }

    public ReviewLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(arrangement, "arrangement");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (!a.isOnInstance()) {
            throw new IllegalArgumentException("The first side of a link is a review on the instance");
        }
        if (b.isOnInstance() && a.tenant().equals(b.tenant())) {
            throw new IllegalArgumentException("A link joins reviews of two different boards");
        }
    }

    public static ReviewLink create(Arrangement arrangement, Side lead, LinkSide a, LinkSide b, String by,
            OffsetDateTime at) {
        return new ReviewLink(UUID.randomUUID().toString(), arrangement, lead, by, at, a, b);
    }

    public boolean isLive() {
        return !a.hasEnded() && !b.hasEnded();
    }

    public LinkSide side(Side side) {
        return side == Side.A ? a : b;
    }

    public LinkSide leadSide() {
        return side(lead);
    }

    /** The side that is this board's review, if either is. */
    public Optional<Side> sideOf(String tenantSlug) {
        if (tenantSlug.equals(a.tenant())) {
            return Optional.of(Side.A);
        }
        if (tenantSlug.equals(b.tenant())) {
            return Optional.of(Side.B);
        }
        return Optional.empty();
    }

    /**
     * The side's review was handed over to another board (§10.2): the link follows it there, unless
     * that board holds the other side, when the link would join a board to itself and ends instead.
     */
    public ReviewLink followMovedReview(Side side, String newTenant, String newReviewId, String newReference,
            OffsetDateTime at) {
        LinkSide other = side(side == Side.A ? Side.B : Side.A);
        if (newTenant.equals(other.tenant())) {
            return endPart(side, "handover", "The review was handed over to the board holding the other review", at);
        }
        LinkSide moved = side(side).movedTo(newTenant, newReviewId, newReference);
        return new ReviewLink(id, arrangement, lead, createdBy, createdAt, side == Side.A ? moved : a,
                side == Side.B ? moved : b);
    }

    /** One side ends its part: the link is no longer live, and nothing more is shared through it. */
    public ReviewLink endPart(Side side, String by, String reason, OffsetDateTime at) {
        if (reason == null || reason.isBlank()) {
            throw InvalidFieldException.refused("endReason", "linking.review-link.say-why-ending");
        }
        if (side(side).hasEnded()) {
            // Shown beside the reason, where the person tried to end it again.
            throw InvalidFieldException.refused("endReason", "linking.review-link.already-ended",
                    PlainDates.day(side(side).endedAt().toLocalDate()));
        }
        LinkSide ended = side(side).ended(by, at, reason.strip());
        return new ReviewLink(id, arrangement, lead, createdBy, createdAt, side == Side.A ? ended : a,
                side == Side.B ? ended : b);
    }
}

package uk.safeguarding.reviews.linking.domain;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One side of a link: a board's review on the instance (tenant and review id), or a review held
 * outside it (its owner and external reference). Each side says what it agreed to share and who
 * agreed, and each can end its own part.
 */
public record LinkSide(String tenant, String reviewId, String reference, LinkedKind kind, String owner,
        Set<SharedItem> shares, String agreedBy, String endedBy, OffsetDateTime endedAt, String endReason) {

    public LinkSide {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(agreedBy, "agreedBy");
        if ((tenant == null) != (reviewId == null)) {
            throw new IllegalArgumentException("A review on the instance has both its board and its id");
        }
        if ((tenant == null) == (owner == null)) {
            throw new IllegalArgumentException("A side is either a board's review on the instance or one held by an owner outside it");
        }
        shares = shares.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(shares));
    }

    public static LinkSide onInstance(String tenant, String reviewId, String reference, LinkedKind kind,
            Set<SharedItem> shares, String agreedBy) {
        return new LinkSide(tenant, reviewId, reference, kind, null, shares, agreedBy, null, null, null);
    }

    /** A review held outside the product: it shares nothing through the product. */
    public static LinkSide heldElsewhere(String owner, String externalReference, LinkedKind kind, String agreedBy) {
        if (!kind.canBeHeldElsewhere()) {
            throw new IllegalArgumentException(kind.label() + " is run in the product, not held elsewhere");
        }
        return new LinkSide(null, null, externalReference, kind, owner, Set.of(), agreedBy, null, null, null);
    }

    public boolean isOnInstance() {
        return tenant != null;
    }

    public boolean hasEnded() {
        return endedAt != null;
    }

    /** Whether this side is the given board's review. */
    public boolean is(String tenantSlug, String id) {
        return tenant != null && tenant.equals(tenantSlug) && reviewId.equals(id);
    }

    /** A key naming the review this side stands for, the same in every link that names it. */
    public String reviewKey() {
        return isOnInstance() ? tenant + "/" + reviewId : "external/" + owner.strip().toLowerCase(java.util.Locale.ROOT)
                + "/" + reference.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** The same side after its review was handed over to another board (§10.2): the link follows it. */
    LinkSide movedTo(String newTenant, String newReviewId, String newReference) {
        return new LinkSide(newTenant, newReviewId, newReference, kind, null, shares, agreedBy, endedBy, endedAt,
                endReason);
    }

    LinkSide ended(String by, OffsetDateTime at, String reason) {
        return new LinkSide(tenant, reviewId, reference, kind, owner, shares, agreedBy, by, at, reason);
    }
}

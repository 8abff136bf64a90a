package uk.safeguarding.reviews.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import uk.safeguarding.reviews.kernel.InvalidFieldException;

/**
 * A review held at its stage for a reason, such as criminal proceedings (§3.1), until resumed: the
 * stage's clocks stop counting meanwhile. At most one pause of a review is open at a time.
 */
@Entity
@Table(name = "review_pause")
public class ReviewPause {

    @Id
    private String id;

    @Column(name = "review_id", nullable = false, updatable = false)
    private String reviewId;

    @Column(nullable = false, updatable = false)
    private String stage;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "paused_at", nullable = false, updatable = false)
    private OffsetDateTime pausedAt;

    @Column(name = "paused_by", nullable = false, updatable = false)
    private String pausedBy;

    @Column(name = "resumed_at")
    private OffsetDateTime resumedAt;

    @Column(name = "resumed_by")
    private String resumedBy;

    protected ReviewPause() {
        // for JPA
    }

    public ReviewPause(String reviewId, String stage, String reason, String by, OffsetDateTime at) {
        if (reason == null || reason.isBlank()) {
            throw InvalidFieldException.refused("pauseReason", "review.review-pause.say-why-review-paused-example");
        }
        if (reason.strip().length() > 1000) {
            throw InvalidFieldException.refused("pauseReason", "review.review-pause.keep-reason-1-000-characters");
        }
        this.id = UUID.randomUUID().toString();
        this.reviewId = Objects.requireNonNull(reviewId);
        this.stage = Objects.requireNonNull(stage);
        this.reason = reason.strip();
        this.pausedBy = Objects.requireNonNull(by);
        this.pausedAt = Objects.requireNonNull(at);
    }

    public void resume(String by, OffsetDateTime at) {
        resumedBy = Objects.requireNonNull(by);
        resumedAt = Objects.requireNonNull(at);
    }

    public boolean isOpen() {
        return resumedAt == null;
    }

    public String reviewId() {
        return reviewId;
    }

    public String stage() {
        return stage;
    }

    public String reason() {
        return reason;
    }

    public OffsetDateTime pausedAt() {
        return pausedAt;
    }

    public String pausedBy() {
        return pausedBy;
    }

    public OffsetDateTime resumedAt() {
        return resumedAt;
    }

    public String resumedBy() {
        return resumedBy;
    }
}

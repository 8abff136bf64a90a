package uk.safeguarding.reviews.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** One line of a review's stage log: from where, by which exit, to where, who, when and why (issue 13 §1). */
@Entity
@Table(name = "review_stage_transition")
public class StageTransition {

    @Id
    private String id;

    @Column(name = "review_id", nullable = false, updatable = false)
    private String reviewId;

    @Column(name = "from_stage", updatable = false)
    private String fromStage;

    @Column(name = "exit_key", updatable = false)
    private String exitKey;

    @Column(name = "to_stage", nullable = false, updatable = false)
    private String toStage;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime at;

    @Column(name = "by_whom", nullable = false, updatable = false)
    private String by;

    @Column(nullable = false, updatable = false)
    private String reason;

    protected StageTransition() {
        // for JPA
    }

    public StageTransition(String reviewId, String fromStage, String exitKey, String toStage, OffsetDateTime at,
            String by, String reason) {
        this.id = UUID.randomUUID().toString();
        this.reviewId = Objects.requireNonNull(reviewId);
        this.fromStage = fromStage;
        this.exitKey = exitKey;
        this.toStage = Objects.requireNonNull(toStage);
        this.at = Objects.requireNonNull(at);
        this.by = Objects.requireNonNull(by);
        this.reason = Objects.requireNonNull(reason);
    }

    public String reviewId() {
        return reviewId;
    }

    public String fromStage() {
        return fromStage;
    }

    public String exitKey() {
        return exitKey;
    }

    public String toStage() {
        return toStage;
    }

    public OffsetDateTime at() {
        return at;
    }

    public String by() {
        return by;
    }

    public String reason() {
        return reason;
    }
}

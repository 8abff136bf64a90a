package uk.safeguarding.reviews.practicereview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.kernel.Texts;

/**
 * An agency's comment on the factual accuracy of a version of the report, anchored to a part of it
 * (§8.3), and the review group's disposal of it: accepted, or not with the reason (a product choice:
 * the agency can be told why its comment did not change the report).
 */
@Entity
@Table(name = "accuracy_comment")
public class AccuracyComment {

    /** How the review group dealt with a comment. */
    public enum Disposal {
        ACCEPTED, NOT_ACCEPTED
    }

    @Id
    private String id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private String requestId;

    @Column(name = "review_id", nullable = false, updatable = false)
    private String reviewId;

    @Column(name = "agency_name", nullable = false, updatable = false)
    private String agencyName;

    @Column(name = "version", nullable = false, updatable = false)
    private int version;

    @Column(name = "anchor", nullable = false, updatable = false)
    private String anchor;

    @Column(name = "text", nullable = false, updatable = false)
    private String text;

    @Column(name = "made_by", nullable = false, updatable = false)
    private String madeBy;

    @Column(name = "made_at", nullable = false, updatable = false)
    private OffsetDateTime madeAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "disposal")
    private Disposal disposal;

    @Column(name = "disposal_reason")
    private String disposalReason;

    @Column(name = "disposed_by")
    private String disposedBy;

    @Column(name = "disposed_at")
    private OffsetDateTime disposedAt;

    protected AccuracyComment() {
        // for JPA
    }

    static AccuracyComment of(AccuracyRequest request, String anchor, String text, String by, OffsetDateTime at) {
        AccuracyComment comment = new AccuracyComment();
        comment.id = UUID.randomUUID().toString();
        comment.requestId = request.id();
        comment.reviewId = request.reviewId();
        comment.agencyName = request.agencyName();
        comment.version = request.version();
        comment.anchor = anchor;
        comment.text = text;
        comment.madeBy = Objects.requireNonNull(by);
        comment.madeAt = Objects.requireNonNull(at);
        return comment;
    }

    /** The review group's decision on it, once: accepted, or not accepted with the reason. */
    public void dispose(Disposal how, String reason, String by, OffsetDateTime at) {
        if (disposal != null) {
            throw RefusedException.because("practicereview.accuracy-comment.comment-was-dealt-with-already",
                    agencyName);
        }
        if (how == null) {
            throw InvalidFieldException.refused("disposal",
                    "practicereview.accuracy-comment.say-whether-review-group-accepted");
        }
        String why = Texts.blankToNull(reason);
        if (how == Disposal.NOT_ACCEPTED && why == null) {
            throw InvalidFieldException.refused("reason",
                    "practicereview.accuracy-comment.say-why-review-group-did", agencyName);
        }
        Texts.requireAtMost("reason", why, 2000);
        disposal = how;
        disposalReason = why;
        disposedBy = Objects.requireNonNull(by);
        disposedAt = Objects.requireNonNull(at);
    }

    public boolean disposed() {
        return disposal != null;
    }

    public String id() {
        return id;
    }

    public String requestId() {
        return requestId;
    }

    public String reviewId() {
        return reviewId;
    }

    public String agencyName() {
        return agencyName;
    }

    public int version() {
        return version;
    }

    public String anchor() {
        return anchor;
    }

    /** The part of the report it is about, as a reader names it. */
    public String anchorLabel() {
        return ReportSection.anchors().getOrDefault(anchor, anchor);
    }

    public String text() {
        return text;
    }

    public String madeBy() {
        return madeBy;
    }

    public OffsetDateTime madeAt() {
        return madeAt;
    }

    public Disposal disposal() {
        return disposal;
    }

    public String disposalReason() {
        return disposalReason;
    }

    public String disposedBy() {
        return disposedBy;
    }

    public OffsetDateTime disposedAt() {
        return disposedAt;
    }
}

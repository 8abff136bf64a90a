package uk.safeguarding.reviews.learning.domain;

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
import uk.safeguarding.reviews.kernel.Texts;

/**
 * One attendee's feedback form from a learning event or reflective session, as the business unit
 * types it in (§10.3 h "reflective sessions report greater understanding of the issues"): do they
 * understand more than before, and anything they added. Anonymous: the form names nobody.
 */
@Entity
@Table(name = "learning_event_feedback")
public class EventFeedback {

    /** "Do you understand more than before?" */
    public enum Answer {
        YES, PARTLY, NO
    }

    static final int MAX_COMMENT = 1000;

    @Id
    private String id;

    @Column(name = "event_id", nullable = false, updatable = false)
    private String eventId;

    @Column(name = "review_id", nullable = false, updatable = false)
    private String reviewId;

    @Enumerated(EnumType.STRING)
    @Column(name = "understands_more", nullable = false, updatable = false)
    private Answer understandsMore;

    @Column(updatable = false)
    private String comment;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected EventFeedback() {
        // for JPA
    }

    static EventFeedback of(String eventId, String reviewId, Answer understandsMore, String comment, String by,
            OffsetDateTime at) {
        if (understandsMore == null) {
            throw InvalidFieldException.refused("understandsMore",
                    "learning.event-feedback.say-whether-form-says-they");
        }
        String said = Texts.blankToNull(comment);
        Texts.requireAtMost("comment", said, MAX_COMMENT);
        EventFeedback feedback = new EventFeedback();
        feedback.id = UUID.randomUUID().toString();
        feedback.eventId = Objects.requireNonNull(eventId);
        feedback.reviewId = Objects.requireNonNull(reviewId);
        feedback.understandsMore = understandsMore;
        feedback.comment = said;
        feedback.recordedBy = Objects.requireNonNull(by);
        feedback.recordedAt = Objects.requireNonNull(at);
        return feedback;
    }

    public String id() {
        return id;
    }

    public String eventId() {
        return eventId;
    }

    public String reviewId() {
        return reviewId;
    }

    public Answer understandsMore() {
        return understandsMore;
    }

    public String comment() {
        return comment;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}

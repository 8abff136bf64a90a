package uk.safeguarding.reviews.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RecordedDay;
import uk.safeguarding.reviews.kernel.Texts;

/**
 * How a review's learning reached practice (§1, §4.2, §9): a learning product (a seven-minute
 * briefing, a newsletter article) with where it went, or a practitioner learning event or reflective
 * session with how many attended, whose feedback forms (§10.3 h) are kept with it.
 */
@Entity
@Table(name = "learning_event")
public class LearningEvent {

    /** What it was. */
    public enum Kind {
        /** A learning product: a seven-minute briefing, a newsletter article, a podcast. */
        PRODUCT,
        /** A practitioner learning event (§4.4's methodology, or after a review). */
        LEARNING_EVENT,
        /** A reflective session (§10.3 h). */
        REFLECTIVE_SESSION;

        /** Events and sessions have people attending and feedback forms; a product goes somewhere. */
        public boolean isGathering() {
            return this != PRODUCT;
        }
    }

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 1000;

    @Id
    private String id;

    @Column(name = "review_id", nullable = false, updatable = false)
    private String reviewId;

    @Column(name = "review_reference", nullable = false, updatable = false)
    private String reviewReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(name = "held_on", nullable = false, updatable = false)
    private LocalDate heldOn;

    @Column(nullable = false, updatable = false)
    private String audience;

    @Column(name = "went_to", updatable = false)
    private String wentTo;

    @Column(updatable = false)
    private Integer attended;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected LearningEvent() {
        // for JPA
    }

    /** What the business unit typed about it. */
    public record Details(Kind kind, String title, LocalDate heldOn, String audience, String wentTo, Integer attended) {
    }

    /**
     * Recorded as typed, each refusal beside its field: what it was, a title, the day (not in the
     * future), the audience; for a product where it went; for an event or session how many attended
     * (at least one).
     */
    public static LearningEvent record(String reviewId, String reviewReference, Details details, String by,
            OffsetDateTime at, LocalDate today) {
        if (details.kind() == null) {
            throw InvalidFieldException.refused("kind", "learning.learning-event.say-whether-was-learning-product");
        }
        String title = Texts.required("title", details.title(), "learning.learning-event.give-title-such-seven-minute");
        Texts.requireAtMost("title", title, MAX_TITLE);
        RecordedDay.require("heldOn", details.heldOn(), details.kind().isGathering() ? "The day it was held"
                : "The day it went out", details.kind().isGathering() ? "learning.learning-event.enter-day-held"
                        : "learning.learning-event.enter-day-went-out", today);
        String audience = Texts.required("audience", details.audience(),
                "learning.learning-event.say-who-was-such-health");
        Texts.requireAtMost("audience", audience, MAX_TEXT);
        LearningEvent event = new LearningEvent();
        if (details.kind().isGathering()) {
            if (details.attended() == null || details.attended() < 1) {
                throw InvalidFieldException.refused("attended",
                        "learning.learning-event.enter-how-many-people-attended");
            }
            event.attended = details.attended();
        } else {
            String wentTo = Texts.required("wentTo", details.wentTo(),
                    "learning.learning-event.say-where-went-such-every");
            Texts.requireAtMost("wentTo", wentTo, MAX_TEXT);
            event.wentTo = wentTo;
        }
        event.id = UUID.randomUUID().toString();
        event.reviewId = Objects.requireNonNull(reviewId);
        event.reviewReference = Objects.requireNonNull(reviewReference);
        event.kind = details.kind();
        event.title = title;
        event.heldOn = details.heldOn();
        event.audience = audience;
        event.recordedBy = Objects.requireNonNull(by);
        event.recordedAt = Objects.requireNonNull(at);
        return event;
    }

    /**
     * One attendee's feedback form (§10.3 h): refused for a product, and when there would be more forms
     * than people attended.
     */
    public EventFeedback feedback(EventFeedback.Answer understandsMore, String comment, int formsSoFar, String by,
            OffsetDateTime at) {
        if (!kind.isGathering()) {
            throw InvalidFieldException.refused("understandsMore",
                    "learning.learning-event.learning-product-has-no-feedback");
        }
        if (formsSoFar >= attended) {
            throw InvalidFieldException.refused("understandsMore",
                    "learning.learning-event.attended-forms-are-already-recorded",
                    (attended + (attended == 1 ? " person" : " people")), formsSoFar);
        }
        return EventFeedback.of(id, reviewId, understandsMore, comment, by, at);
    }

    public String id() {
        return id;
    }

    public String reviewId() {
        return reviewId;
    }

    public String reviewReference() {
        return reviewReference;
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String audience() {
        return audience;
    }

    public String wentTo() {
        return wentTo;
    }

    public Integer attended() {
        return attended;
    }

    public String recordedBy() {
        return recordedBy;
    }
}

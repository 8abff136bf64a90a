package uk.safeguarding.reviews.practicereview.domain;

import uk.safeguarding.reviews.kernel.RecordedDay;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.PlainDates;
import uk.safeguarding.reviews.kernel.Texts;

/**
 * §5.3 "disseminate the success further", §9: one occasion the learning was shared: when, with whom,
 * how (a briefing, a newsletter, a practitioner event) and how many it reached, if known.
 */
@Entity
@Table(name = "learning_dissemination")
public class Dissemination {

    @Id
    private String id;

    @Column(name = "review_id", nullable = false, updatable = false)
    private String reviewId;

    @Column(name = "shared_on", nullable = false, updatable = false)
    private LocalDate sharedOn;

    @Column(name = "audience", nullable = false, updatable = false)
    private String audience;

    @Column(name = "method", nullable = false, updatable = false)
    private String method;

    @Column(name = "reached")
    private Integer reached;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected Dissemination() {
        // for JPA
    }

    /** An occasion as typed: when, with whom, how, and how many it reached. */
    public record Occasion(LocalDate sharedOn, String audience, String method, Integer reached) {
    }

    /** Shared on a day from the summary's agreement to today, with someone, somehow; a number reached is not negative. */
    public static Dissemination record(String reviewId, Occasion occasion, LocalDate summaryAgreedOn, String by,
            OffsetDateTime at, LocalDate today) {
        RecordedDay.require("sharedOn", occasion.sharedOn(), "The date it was shared",
                "practicereview.dissemination.enter-date-learning-was-shared", summaryAgreedOn, today,
                "practicereview.dissemination.learning-was-agreed-cannot-have", PlainDates.day(summaryAgreedOn));
        String audience = Texts.required("audience", occasion.audience(),
                "practicereview.dissemination.say-who-learning-was-shared");
        Texts.requireAtMost("audience", audience, 500);
        String method = Texts.required("method", occasion.method(),
                "practicereview.dissemination.say-how-was-shared-briefing");
        Texts.requireAtMost("method", method, 500);
        if (occasion.reached() != null && occasion.reached() < 0) {
            throw InvalidFieldException.refused("reached",
                    "practicereview.dissemination.enter-how-many-people-reached");
        }
        Dissemination shared = new Dissemination();
        shared.id = UUID.randomUUID().toString();
        shared.reviewId = Objects.requireNonNull(reviewId);
        shared.sharedOn = occasion.sharedOn();
        shared.audience = audience;
        shared.method = method;
        shared.reached = occasion.reached();
        shared.recordedBy = Objects.requireNonNull(by);
        shared.recordedAt = Objects.requireNonNull(at);
        return shared;
    }

    public String id() {
        return id;
    }

    public String reviewId() {
        return reviewId;
    }

    public LocalDate sharedOn() {
        return sharedOn;
    }

    public String audience() {
        return audience;
    }

    public String method() {
        return method;
    }

    public Integer reached() {
        return reached;
    }

    public String recordedBy() {
        return recordedBy;
    }
}

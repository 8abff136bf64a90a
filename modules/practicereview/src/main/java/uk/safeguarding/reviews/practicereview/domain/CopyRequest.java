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
import uk.safeguarding.reviews.kernel.PlainDates;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.kernel.Texts;

/**
 * §8.3: once a report comes off the public page "the report will be available on request". One
 * request for a copy: who asked and when, and when and how it was sent (or why not).
 */
@Entity
@Table(name = "report_copy_request")
public class CopyRequest {

    @Id
    private String id;

    @Column(name = "review_id", nullable = false, updatable = false)
    private String reviewId;

    @Column(name = "requested_on", nullable = false, updatable = false)
    private LocalDate requestedOn;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "answer", nullable = false, updatable = false)
    private String answer;

    @Column(name = "answered_on", nullable = false, updatable = false)
    private LocalDate answeredOn;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected CopyRequest() {
        // for JPA
    }

    /** A request as typed: who asked, when, and the answer given (a copy sent, and how; or why not), when. */
    public record Asked(LocalDate requestedOn, String requestedBy, String answer, LocalDate answeredOn) {
    }

    /**
     * Logged for a report that is off the public page (refused while it is online: the page serves
     * it), asked on a day from its taking down to today and answered from the request to today.
     */
    public static CopyRequest log(Publication publication, Asked asked, String by, OffsetDateTime at,
            LocalDate today) {
        if (publication.stage() != Publication.Stage.TAKEN_DOWN) {
            throw RefusedException.because("practicereview.copy-request.copies-are-logged-once-report");
        }
        RecordedDay.require("requestedOn", asked.requestedOn(), "The date of the request",
                "practicereview.copy-request.enter-date-was-asked", publication.takenDownOn(), today,
                "practicereview.copy-request.report-came-off-public-page", PlainDates.day(publication.takenDownOn()));
        String who = Texts.required("requestedBy", asked.requestedBy(),
                "practicereview.copy-request.say-who-asked-person-organisation");
        Texts.requireAtMost("requestedBy", who, 300);
        String answer = Texts.required("answer", asked.answer(), "practicereview.copy-request.say-what-was-done-copy");
        Texts.requireAtMost("answer", answer, 2000);
        RecordedDay.require("answeredOn", asked.answeredOn(), "The date it was answered",
                "practicereview.copy-request.enter-date-request-was-answered", asked.requestedOn(), today,
                "practicereview.copy-request.cannot-answered-before-was-asked", PlainDates.day(asked.requestedOn()));
        CopyRequest request = new CopyRequest();
        request.id = UUID.randomUUID().toString();
        request.reviewId = publication.reviewId();
        request.requestedOn = asked.requestedOn();
        request.requestedBy = who;
        request.answer = answer;
        request.answeredOn = asked.answeredOn();
        request.recordedBy = Objects.requireNonNull(by);
        request.recordedAt = Objects.requireNonNull(at);
        return request;
    }

    public String id() {
        return id;
    }

    public String reviewId() {
        return reviewId;
    }

    public LocalDate requestedOn() {
        return requestedOn;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public String answer() {
        return answer;
    }

    public LocalDate answeredOn() {
        return answeredOn;
    }

    public String recordedBy() {
        return recordedBy;
    }
}

package uk.safeguarding.reviews.practicereview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.PlainDates;
import uk.safeguarding.reviews.kernel.RefusalWords;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.kernel.Texts;

/**
 * §8.3: "The draft report should be sent to contributing agencies inviting comments on the factual
 * accuracy ... Agencies have 10 working days to respond." One agency asked about one version of the
 * report: when it was sent, when its answer is due (the clock engine's), and its response: comments
 * anchored to a part of the report, or none.
 */
@Entity
@Table(name = "accuracy_request")
public class AccuracyRequest {

    /** What the clocks name as this request's subject type. */
    public static final String CLOCK_SUBJECT_TYPE = "accuracy-request";

    public static final int MAX_COMMENT = 4000;

    @Id
    private String id;

    @Column(name = "review_id", nullable = false, updatable = false)
    private String reviewId;

    @Column(name = "review_reference", nullable = false, updatable = false)
    private String reviewReference;

    @Column(name = "version_id", nullable = false, updatable = false)
    private String versionId;

    @Column(name = "version", nullable = false, updatable = false)
    private int version;

    @Column(name = "agency_id", nullable = false, updatable = false)
    private String agencyId;

    @Column(name = "agency_name", nullable = false, updatable = false)
    private String agencyName;

    @Column(name = "sent_by", nullable = false, updatable = false)
    private String sentBy;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private OffsetDateTime sentAt;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "responded_by")
    private String respondedBy;

    @Column(name = "responded_at")
    private OffsetDateTime respondedAt;

    @Column(name = "comment_count", nullable = false)
    private int commentCount;

    protected AccuracyRequest() {
        // for JPA
    }

    /** One comment as the agency typed it: the part of the report it is about, and what it says. */
    public record CommentLines(String anchor, String text) {
    }

    /** The version {@code version} of the report sent to one agency, its answer due on {@code dueOn}. */
    public static AccuracyRequest send(ReportVersion version, String reviewReference, String agencyId,
            String agencyName, LocalDate dueOn, String by, OffsetDateTime at) {
        if (version.isAgreed()) {
            throw RefusedException.because("practicereview.accuracy-request.version-agreed-already-there-nothing",
                    version.version());
        }
        AccuracyRequest request = new AccuracyRequest();
        request.id = UUID.randomUUID().toString();
        request.reviewId = version.reviewId();
        request.reviewReference = Objects.requireNonNull(reviewReference);
        request.versionId = version.id();
        request.version = version.version();
        request.agencyId = Objects.requireNonNull(agencyId);
        request.agencyName = Objects.requireNonNull(agencyName);
        request.dueOn = Objects.requireNonNull(dueOn);
        request.sentBy = Objects.requireNonNull(by);
        request.sentAt = Objects.requireNonNull(at);
        return request;
    }

    /**
     * The agency's answer, once: each comment anchored to a part of the report and within its length
     * (refused beside its row, {@code comment-N-text}), or none at all when it says so; rows left
     * blank are no comment. Returns the comments to keep.
     */
    public List<AccuracyComment> respond(List<CommentLines> rows, boolean noComments, String by, OffsetDateTime at) {
        if (respondedAt != null) {
            throw RefusedException.because("practicereview.accuracy-request.responded-already", agencyName,
                    PlainDates.day(respondedAt.toLocalDate()));
        }
        Map<String, String> anchors = ReportSection.anchors();
        List<AccuracyComment> comments = new ArrayList<>();
        int row = 0;
        for (CommentLines lines : rows == null ? List.<CommentLines>of() : rows) {
            row++;
            if (lines == null || Texts.isBlank(lines.text()) && Texts.isBlank(lines.anchor())) {
                continue;
            }
            String field = "comment-" + row + "-";
            if (lines.anchor() == null || !anchors.containsKey(lines.anchor())) {
                throw InvalidFieldException.refused(field + "anchor",
                        "practicereview.accuracy-request.choose-part-report-comment-about");
            }
            String text = Texts.required(field + "text", lines.text(),
                    "practicereview.accuracy-request.write-comment-leave-part-unchosen");
            Texts.requireAtMost(field + "text", text, MAX_COMMENT);
            comments.add(AccuracyComment.of(this, lines.anchor(), text, by, at));
        }
        if (comments.isEmpty() && !noComments) {
            throw InvalidFieldException.refused("noComments",
                    "practicereview.accuracy-request.add-least-one-comment-say", agencyName);
        }
        if (!comments.isEmpty() && noComments) {
            throw InvalidFieldException.refused("noComments",
                    "practicereview.accuracy-request.you-have-written-comment-untick", comments.size(),
                    (comments.size() == 1 ? "" : "s"));
        }
        respondedBy = Objects.requireNonNull(by);
        respondedAt = Objects.requireNonNull(at);
        commentCount = comments.size();
        return comments;
    }

    /**
     * What stops the review group agreeing a version (§8.3 "will consider all comments"): no version
     * was circulated, an agency has not answered while its time runs, or a comment is not yet
     * disposed of; empty when nothing does.
     */
    public static Optional<RefusedException> outstanding(List<AccuracyRequest> requests,
            List<AccuracyComment> comments, LocalDate today) {
        if (requests.isEmpty()) {
            return Optional.of(RefusedException.because("practicereview.accuracy-request.send-draft-first"));
        }
        List<String> waiting = requests.stream().filter(r -> r.respondedAt == null && !r.dueOn.isBefore(today))
                .map(r -> r.agencyName + " (" + RefusalWords.of("practicereview.accuracy-request.until",
                        PlainDates.day(r.dueOn)) + ")").toList();
        if (!waiting.isEmpty()) {
            return Optional.of(RefusedException.because("practicereview.accuracy-request.agencies-still-have-time",
                    String.join(", ", waiting)));
        }
        long undisposed = comments.stream().filter(c -> !c.disposed()).count();
        if (undisposed > 0) {
            return Optional.of(undisposed == 1
                    ? RefusedException.because("practicereview.accuracy-request.one-comment-undisposed")
                    : RefusedException.because("practicereview.accuracy-request.comments-undisposed", undisposed));
        }
        return Optional.empty();
    }

    public boolean responded() {
        return respondedAt != null;
    }

    /** Past its due day without an answer. */
    public boolean overdue(LocalDate today) {
        return respondedAt == null && dueOn.isBefore(today);
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

    public String versionId() {
        return versionId;
    }

    public int version() {
        return version;
    }

    public String agencyId() {
        return agencyId;
    }

    public String agencyName() {
        return agencyName;
    }

    public String sentBy() {
        return sentBy;
    }

    public OffsetDateTime sentAt() {
        return sentAt;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String respondedBy() {
        return respondedBy;
    }

    public OffsetDateTime respondedAt() {
        return respondedAt;
    }

    public int commentCount() {
        return commentCount;
    }
}

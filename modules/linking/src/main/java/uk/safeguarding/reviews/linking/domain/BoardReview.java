package uk.safeguarding.reviews.linking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import uk.safeguarding.reviews.kernel.InvalidFieldException;

/**
 * A review a Safeguarding Adults Board or a Community Safety Partnership runs under its own statute
 * (a SAR, a DHR), recorded here so the inter-board coordinator can link it with a child's review
 * (§4.3). The product does not run it; it knows its subject, its stage and its lead reviewer.
 */
@Entity
@Table(name = "board_review")
public class BoardReview {

    public static final Set<LinkedKind> KINDS = Set.of(LinkedKind.SAFEGUARDING_ADULTS_REVIEW,
            LinkedKind.DOMESTIC_HOMICIDE_REVIEW);

    @Id
    private String id;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private LinkedKind kind;

    @Column(name = "subject_name", nullable = false)
    private String subjectName;

    @Column(name = "subject_born_on", nullable = false)
    private LocalDate subjectBornOn;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BoardReviewStage stage;

    @Column(name = "stage_changed_at", nullable = false)
    private OffsetDateTime stageChangedAt;

    @Column(name = "lead_reviewer")
    private String leadReviewer;

    @Column(name = "opened_by", nullable = false, updatable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private OffsetDateTime openedAt;

    protected BoardReview() {
        // for JPA
    }

    /**
     * Records a review the board decided to hold.
     *
     * @throws InvalidFieldException naming the field at fault
     */
    public static BoardReview record(long number, LinkedKind kind, String subjectName, LocalDate subjectBornOn,
            LocalDate decidedOn, String leadReviewer, String by, OffsetDateTime at) {
        if (kind == null || !KINDS.contains(kind)) {
            throw InvalidFieldException.refused("kind", "linking.board-review.choose-sar-or-dhr");
        }
        if (subjectName == null || subjectName.isBlank()) {
            throw InvalidFieldException.refused("subjectName", "linking.board-review.enter-subject-name");
        }
        if (subjectBornOn == null) {
            throw InvalidFieldException.refused("subjectBornOn", "linking.board-review.enter-date-of-birth");
        }
        if (subjectBornOn.isAfter(at.toLocalDate())) {
            throw InvalidFieldException.refused("subjectBornOn", "linking.board-review.birth-not-in-future");
        }
        if (decidedOn == null) {
            throw InvalidFieldException.refused("decidedOn", "linking.board-review.enter-decision-date");
        }
        if (decidedOn.isAfter(at.toLocalDate())) {
            throw InvalidFieldException.refused("decidedOn", "linking.board-review.decision-not-in-future");
        }
        if (decidedOn.isBefore(subjectBornOn)) {
            throw InvalidFieldException.refused("decidedOn", "linking.board-review.decision-before-birth");
        }
        BoardReview review = new BoardReview();
        review.id = UUID.randomUUID().toString();
        review.reference = reference(kind, at.getYear(), number);
        review.kind = kind;
        review.subjectName = subjectName.strip();
        review.subjectBornOn = subjectBornOn;
        review.decidedOn = decidedOn;
        review.leadReviewer = leadReviewer == null || leadReviewer.isBlank() ? null : leadReviewer.strip();
        review.stage = BoardReviewStage.SCOPING;
        review.stageChangedAt = at;
        review.openedBy = Objects.requireNonNull(by);
        review.openedAt = at;
        return review;
    }

    static String reference(LinkedKind kind, int year, long number) {
        String prefix = kind == LinkedKind.SAFEGUARDING_ADULTS_REVIEW ? "SAR" : "DHR";
        return String.format(Locale.ROOT, "%s-%d-%04d", prefix, year, number);
    }

    public void moveTo(BoardReviewStage next, String lead, OffsetDateTime at) {
        if (next == null) {
            throw InvalidFieldException.refused("stage", "linking.board-reviews.choose-review-stage");
        }
        if (next != stage) {
            stage = next;
            stageChangedAt = at;
        }
        leadReviewer = lead == null || lead.isBlank() ? null : lead.strip();
    }

    public String id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public LinkedKind kind() {
        return kind;
    }

    public String subjectName() {
        return subjectName;
    }

    public LocalDate subjectBornOn() {
        return subjectBornOn;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public BoardReviewStage stage() {
        return stage;
    }

    public OffsetDateTime stageChangedAt() {
        return stageChangedAt;
    }

    public String leadReviewer() {
        return leadReviewer;
    }

    public OffsetDateTime openedAt() {
        return openedAt;
    }
}

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
import uk.safeguarding.reviews.kernel.Texts;

/**
 * One entry in an action's history, never changed: its owner's progress or report that it is done
 * (with any evidence file), or the business unit's verification or return, with who and when.
 */
@Entity
@Table(name = "plan_action_update")
public class ActionUpdate {

    /** What the entry records. */
    public enum Kind {
        PROGRESS, DONE, VERIFIED, RETURNED
    }

    @Id
    private String id;

    @Column(name = "action_id", nullable = false, updatable = false)
    private String actionId;

    @Column(name = "review_id", nullable = false, updatable = false)
    private String reviewId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "note", nullable = false, updatable = false)
    private String note;

    @Column(name = "made_by", nullable = false, updatable = false)
    private String madeBy;

    @Column(name = "made_by_name", nullable = false, updatable = false)
    private String madeByName;

    @Column(name = "made_at", nullable = false, updatable = false)
    private OffsetDateTime madeAt;

    @Column(name = "file_name", updatable = false)
    private String fileName;

    @Column(name = "file_size", updatable = false)
    private Integer fileSize;

    protected ActionUpdate() {
        // for JPA
    }

    /**
     * An entry: its note refused beside the field when missing ({@code whenMissingKey} names the words
     * saying what it should hold); the evidence file's content is kept apart ({@link EvidenceFile}).
     */
    public static ActionUpdate record(PlanAction action, Kind kind, String note, String whenMissingKey, String fileName,
            Integer fileSize, String by, String byName, OffsetDateTime at) {
        ActionUpdate update = new ActionUpdate();
        update.id = UUID.randomUUID().toString();
        update.actionId = action.id();
        update.reviewId = action.reviewId();
        update.kind = Objects.requireNonNull(kind);
        update.note = Texts.required("note", note, whenMissingKey);
        Texts.requireAtMost("note", update.note, PlanAction.MAX_TEXT);
        update.madeBy = Objects.requireNonNull(by);
        update.madeByName = byName == null ? by : byName;
        update.madeAt = Objects.requireNonNull(at);
        update.fileName = fileName;
        update.fileSize = fileSize;
        return update;
    }

    public String id() {
        return id;
    }

    public String actionId() {
        return actionId;
    }

    public String reviewId() {
        return reviewId;
    }

    public Kind kind() {
        return kind;
    }

    public String note() {
        return note;
    }

    public String madeBy() {
        return madeBy;
    }

    public String madeByName() {
        return madeByName;
    }

    public OffsetDateTime madeAt() {
        return madeAt;
    }

    public String fileName() {
        return fileName;
    }

    public Integer fileSize() {
        return fileSize;
    }

    public boolean hasFile() {
        return fileName != null;
    }
}

package uk.safeguarding.reviews.learning.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** The content of an evidence file an owner attached to an update, kept apart so lists never load it. */
@Entity
@Table(name = "plan_action_evidence")
public class EvidenceFile {

    @Id
    @Column(name = "update_id")
    private String updateId;

    @Column(name = "review_id", nullable = false, updatable = false)
    private String reviewId;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    protected EvidenceFile() {
        // for JPA
    }

    public EvidenceFile(ActionUpdate update, byte[] content) {
        this.updateId = update.id();
        this.reviewId = update.reviewId();
        this.content = Objects.requireNonNull(content).clone();
    }

    public String updateId() {
        return updateId;
    }

    public String reviewId() {
        return reviewId;
    }

    public byte[] content() {
        return content.clone();
    }
}

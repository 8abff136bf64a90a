package uk.safeguarding.reviews.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;

/** One action as a Document 14 verification found it: addressed, embedded, and the evidence seen. */
@Entity
@Table(name = "plan_verification_item")
public class VerificationItem {

    @Id
    private String id;

    @Column(name = "verification_id", nullable = false, updatable = false)
    private String verificationId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "action_id", nullable = false, updatable = false)
    private String actionId;

    @Column(name = "action_label", nullable = false, updatable = false)
    private String actionLabel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PlanVerification.Answer addressed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PlanVerification.Answer embedded;

    @Column(nullable = false, updatable = false)
    private String evidence;

    protected VerificationItem() {
        // for JPA
    }

    VerificationItem(String verificationId, int position, String actionId, String actionLabel,
            PlanVerification.Answer addressed, PlanVerification.Answer embedded, String evidence) {
        this.id = UUID.randomUUID().toString();
        this.verificationId = Objects.requireNonNull(verificationId);
        this.position = position;
        this.actionId = Objects.requireNonNull(actionId);
        this.actionLabel = Objects.requireNonNull(actionLabel);
        this.addressed = Objects.requireNonNull(addressed);
        this.embedded = Objects.requireNonNull(embedded);
        this.evidence = Objects.requireNonNull(evidence);
    }

    public String verificationId() {
        return verificationId;
    }

    public int position() {
        return position;
    }

    public String actionId() {
        return actionId;
    }

    public String actionLabel() {
        return actionLabel;
    }

    public PlanVerification.Answer addressed() {
        return addressed;
    }

    public PlanVerification.Answer embedded() {
        return embedded;
    }

    public String evidence() {
        return evidence;
    }
}

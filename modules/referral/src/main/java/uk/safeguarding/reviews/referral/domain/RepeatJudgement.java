package uk.safeguarding.reviews.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.Texts;

/**
 * §10.3 i "no repeat incidence in same circumstances following implementation of actions": the
 * Virtual Panel's or the business unit's judgement, when a new referral shares themes with a
 * completed review, of whether it repeats the circumstances that review looked at, and why. Judging
 * again adds a judgement; the newest stands.
 */
@Entity
@Table(name = "repeat_judgement")
public class RepeatJudgement {

    static final int MAX_REASONING = 2000;

    @Id
    private String id;

    @Column(name = "referral_id", nullable = false, updatable = false)
    private String referralId;

    @Column(name = "review_id", nullable = false, updatable = false)
    private String reviewId;

    @Column(name = "review_reference", nullable = false, updatable = false)
    private String reviewReference;

    @Column(name = "same_circumstances", nullable = false, updatable = false)
    private boolean sameCircumstances;

    @Column(nullable = false, updatable = false)
    private String reasoning;

    @Column(name = "judged_by", nullable = false, updatable = false)
    private String judgedBy;

    @Column(name = "judged_at", nullable = false, updatable = false)
    private OffsetDateTime judgedAt;

    protected RepeatJudgement() {
        // for JPA
    }

    /**
     * A judgement as given: whether the circumstances are the same (refused beside the question
     * without an answer) and why (refused beside the box when empty or too long).
     */
    public static RepeatJudgement of(String referralId, String reviewId, String reviewReference, Boolean same,
            String reasoning, String by, OffsetDateTime at) {
        if (same == null) {
            throw InvalidFieldException.refused("same",
                    "referral.repeat-judgement.say-whether-referral-repeats-circumstances", reviewReference);
        }
        String why = Texts.required("reasoning", reasoning, "referral.repeat-judgement.say-why-you-judge-so");
        Texts.requireAtMost("reasoning", why, MAX_REASONING);
        RepeatJudgement judgement = new RepeatJudgement();
        judgement.id = UUID.randomUUID().toString();
        judgement.referralId = Objects.requireNonNull(referralId);
        judgement.reviewId = Objects.requireNonNull(reviewId);
        judgement.reviewReference = Objects.requireNonNull(reviewReference);
        judgement.sameCircumstances = same;
        judgement.reasoning = why;
        judgement.judgedBy = Objects.requireNonNull(by);
        judgement.judgedAt = Objects.requireNonNull(at);
        return judgement;
    }

    public String referralId() {
        return referralId;
    }

    public String reviewId() {
        return reviewId;
    }

    public String reviewReference() {
        return reviewReference;
    }

    public boolean sameCircumstances() {
        return sameCircumstances;
    }

    public String reasoning() {
        return reasoning;
    }

    public String judgedBy() {
        return judgedBy;
    }

    public OffsetDateTime judgedAt() {
        return judgedAt;
    }
}

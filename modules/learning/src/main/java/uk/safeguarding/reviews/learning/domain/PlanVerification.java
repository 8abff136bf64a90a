package uk.safeguarding.reviews.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.PlainDates;
import uk.safeguarding.reviews.kernel.RecordedDay;
import uk.safeguarding.reviews.kernel.Texts;

/**
 * Document 14, the review action plan verification (§9, §10.1): "to assist in ensuring all
 * recommendations have been addressed and learning embedded into practice ... on a case basis, or an
 * agency basis". For each action: whether it was addressed, whether its learning is embedded, and the
 * evidence seen; overall, a judgement and, unless the learning is embedded, the day to check again.
 */
@Entity
@Table(name = "plan_verification")
public class PlanVerification {

    /** A case (one review's plan) or an agency (its actions across plans). */
    public enum Basis {
        CASE, AGENCY
    }

    /** Whether an action was addressed, or its learning embedded. */
    public enum Answer {
        YES, PARTLY, NO
    }

    /** The verification's judgement of the learning as a whole. */
    public enum Judgement {
        EMBEDDED, PARTLY_EMBEDDED, NOT_EMBEDDED
    }

    static final int MAX_TEXT = 2000;

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Basis basis;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private String subjectId;

    @Column(name = "subject_name", nullable = false, updatable = false)
    private String subjectName;

    @Column(name = "scrutinised_by", nullable = false, updatable = false)
    private String scrutinisedBy;

    @Column(name = "verified_on", nullable = false, updatable = false)
    private LocalDate verifiedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Judgement judgement;

    @Column(nullable = false, updatable = false)
    private String summary;

    @Column(name = "recheck_on", updatable = false)
    private LocalDate recheckOn;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected PlanVerification() {
        // for JPA
    }

    /** One action as the form answers it. */
    public record Answered(String actionId, String actionLabel, Answer addressed, Answer embedded, String evidence) {
    }

    /** The whole form as typed. */
    public record Form(String scrutinisedBy, LocalDate verifiedOn, Judgement judgement, String summary,
            LocalDate recheckOn, List<Answered> items) {
    }

    /** What was recorded: the verification and its rows, in the order of the actions. */
    public record Recorded(PlanVerification verification, List<VerificationItem> items) {
    }

    /**
     * Checks the form, each refusal beside its field (a row's fields are {@code item-<n>-addressed},
     * {@code item-<n>-embedded}, {@code item-<n>-evidence}, rows counted from 1), and records it.
     */
    public static Recorded record(Basis basis, String subjectId, String subjectName, Form form, String by,
            OffsetDateTime at, LocalDate today) {
        List<VerificationItem> items = new ArrayList<>();
        PlanVerification verification = new PlanVerification();
        verification.id = UUID.randomUUID().toString();
        for (int i = 0; i < form.items().size(); i++) {
            Answered row = form.items().get(i);
            String prefix = "item-" + (i + 1) + "-";
            if (row.addressed() == null) {
                throw InvalidFieldException.refused(prefix + "addressed",
                        "learning.plan-verification.say-whether-action-was-addressed", row.actionLabel());
            }
            if (row.embedded() == null) {
                throw InvalidFieldException.refused(prefix + "embedded",
                        "learning.plan-verification.say-whether-learning-action-embedded", row.actionLabel());
            }
            String evidence = Texts.required(prefix + "evidence", row.evidence(),
                    "learning.plan-verification.say-what-evidence-you-saw", row.actionLabel());
            Texts.requireAtMost(prefix + "evidence", evidence, MAX_TEXT);
            items.add(new VerificationItem(verification.id, i + 1, row.actionId(), row.actionLabel(), row.addressed(),
                    row.embedded(), evidence));
        }
        String scrutineer = Texts.required("scrutinisedBy", form.scrutinisedBy(),
                "learning.plan-verification.say-who-verified-plan");
        Texts.requireAtMost("scrutinisedBy", scrutineer, 200);
        RecordedDay.require("verifiedOn", form.verifiedOn(), "The day of the verification",
                "learning.plan-verification.enter-day-verification", today);
        if (form.judgement() == null) {
            throw InvalidFieldException.refused("judgement",
                    "learning.plan-verification.say-whether-learning-embedded-practice");
        }
        String summary = Texts.required("summary", form.summary(),
                "learning.plan-verification.say-what-verification-found");
        Texts.requireAtMost("summary", summary, MAX_TEXT);
        if (form.recheckOn() == null && form.judgement() != Judgement.EMBEDDED) {
            throw InvalidFieldException.refused("recheckOn",
                    "learning.plan-verification.enter-day-check-again-learning");
        }
        if (form.recheckOn() != null && !form.recheckOn().isAfter(today)) {
            throw InvalidFieldException.refused("recheckOn",
                    "learning.plan-verification.day-check-again-must-after", PlainDates.day(today));
        }
        verification.basis = Objects.requireNonNull(basis);
        verification.subjectId = Objects.requireNonNull(subjectId);
        verification.subjectName = Objects.requireNonNull(subjectName);
        verification.scrutinisedBy = scrutineer;
        verification.verifiedOn = form.verifiedOn();
        verification.judgement = form.judgement();
        verification.summary = summary;
        verification.recheckOn = form.recheckOn();
        verification.recordedBy = Objects.requireNonNull(by);
        verification.recordedAt = Objects.requireNonNull(at);
        return new Recorded(verification, List.copyOf(items));
    }

    public String id() {
        return id;
    }

    public Basis basis() {
        return basis;
    }

    public String subjectId() {
        return subjectId;
    }

    public String subjectName() {
        return subjectName;
    }

    public String scrutinisedBy() {
        return scrutinisedBy;
    }

    public LocalDate verifiedOn() {
        return verifiedOn;
    }

    public Judgement judgement() {
        return judgement;
    }

    public String summary() {
        return summary;
    }

    public LocalDate recheckOn() {
        return recheckOn;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}

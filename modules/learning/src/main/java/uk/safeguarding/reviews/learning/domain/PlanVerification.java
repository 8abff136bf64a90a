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
                throw new InvalidFieldException(prefix + "addressed", "Say whether action " + row.actionLabel()
                        + " was addressed");
            }
            if (row.embedded() == null) {
                throw new InvalidFieldException(prefix + "embedded", "Say whether the learning of action "
                        + row.actionLabel() + " is embedded in practice");
            }
            String evidence = Texts.required(prefix + "evidence", row.evidence(), "Say what evidence you saw for action "
                    + row.actionLabel() + ", or that you saw none");
            Texts.requireAtMost(prefix + "evidence", evidence, MAX_TEXT);
            items.add(new VerificationItem(verification.id, i + 1, row.actionId(), row.actionLabel(), row.addressed(),
                    row.embedded(), evidence));
        }
        String scrutineer = Texts.required("scrutinisedBy", form.scrutinisedBy(), "Say who verified the plan");
        Texts.requireAtMost("scrutinisedBy", scrutineer, 200);
        RecordedDay.require("verifiedOn", form.verifiedOn(), "The day of the verification",
                "Enter the day of the verification", today);
        if (form.judgement() == null) {
            throw new InvalidFieldException("judgement", "Say whether the learning is embedded in practice");
        }
        String summary = Texts.required("summary", form.summary(), "Say what the verification found");
        Texts.requireAtMost("summary", summary, MAX_TEXT);
        if (form.recheckOn() == null && form.judgement() != Judgement.EMBEDDED) {
            throw new InvalidFieldException("recheckOn", "Enter the day to check again: the learning is not yet"
                    + " embedded");
        }
        if (form.recheckOn() != null && !form.recheckOn().isAfter(today)) {
            throw new InvalidFieldException("recheckOn", "The day to check again must be after today, "
                    + PlainDates.day(today));
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

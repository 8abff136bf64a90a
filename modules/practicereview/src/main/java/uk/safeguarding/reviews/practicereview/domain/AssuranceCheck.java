package uk.safeguarding.reviews.practicereview.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.Texts;

/**
 * §7.1: "At key stages in the process, those involved should use Practice Review Assurance Questions
 * and Checklist (Document 4)": the partnership's questions answered at the stage the review was at,
 * each met or not, and what will be done about each that is not. The questions are kept as they
 * were asked, whatever the list says later.
 */
@Entity
@Table(name = "assurance_check")
public class AssuranceCheck {

    /** One answer as typed: met, not met, or not answered (null). */
    public record Answer(Boolean met, String note) {
    }

    @Id
    private String id;

    @Column(name = "review_id", nullable = false, updatable = false)
    private String reviewId;

    @Column(name = "stage_name", nullable = false, updatable = false)
    private String stageName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assurance_answer", joinColumns = @JoinColumn(name = "check_id"))
    @OrderColumn(name = "position")
    private List<AssuranceAnswer> answers = new ArrayList<>();

    @Column(name = "checked_by", nullable = false, updatable = false)
    private String checkedBy;

    @Column(name = "checked_at", nullable = false, updatable = false)
    private OffsetDateTime checkedAt;

    protected AssuranceCheck() {
        // for JPA
    }

    /**
     * The check at {@code stageName}: an answer to every one of {@code questions}, in order; a question
     * not answered is refused beside it ({@code answer-N}, N from 1), and one not met without saying
     * what will be done beside its note ({@code note-N}).
     */
    public static AssuranceCheck of(String reviewId, String stageName, List<String> questions, List<Answer> given,
            String by, OffsetDateTime at) {
        if (questions.isEmpty()) {
            throw new IllegalStateException("The partnership has no assurance questions");
        }
        AssuranceCheck check = new AssuranceCheck();
        for (int i = 0; i < questions.size(); i++) {
            Answer answer = i < given.size() ? given.get(i) : null;
            int number = i + 1;
            if (answer == null || answer.met() == null) {
                throw InvalidFieldException.refused("answer-" + number,
                        "practicereview.assurance-check.answer-question", number, questions.get(i));
            }
            String note = Texts.blankToNull(answer.note());
            if (!answer.met() && note == null) {
                throw InvalidFieldException.refused("note-" + number,
                        "practicereview.assurance-check.say-what-will-done-about", number);
            }
            Texts.requireAtMost("note-" + number, note, 2000);
            check.answers.add(new AssuranceAnswer(questions.get(i), answer.met(), note));
        }
        check.id = UUID.randomUUID().toString();
        check.reviewId = Objects.requireNonNull(reviewId);
        check.stageName = Objects.requireNonNull(stageName);
        check.checkedBy = Objects.requireNonNull(by);
        check.checkedAt = Objects.requireNonNull(at);
        return check;
    }

    /** How many questions are not met. */
    public long notMet() {
        return answers.stream().filter(a -> !a.met()).count();
    }

    public String id() {
        return id;
    }

    public String reviewId() {
        return reviewId;
    }

    public String stageName() {
        return stageName;
    }

    public List<AssuranceAnswer> answers() {
        return List.copyOf(answers);
    }

    public String checkedBy() {
        return checkedBy;
    }

    public OffsetDateTime checkedAt() {
        return checkedAt;
    }
}

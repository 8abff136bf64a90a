package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A review's assurance checks as its page shows them (§7.1, Document 4): each check made, the latest
 * first, the partnership's questions to answer now, the stage the review is at, and whether the
 * signed-in person answers them.
 */
public record AssuranceView(List<Check> checks, List<String> questions, String stageName, boolean mayCheck)
        implements Serializable {

    /** One check: where the review was, who answered, and each question as asked. */
    public record Check(String stageName, String checkedBy, OffsetDateTime checkedAt, List<Answer> answers,
            long notMet) implements Serializable {
    }

    /** One question as asked, whether it was met, and what is done when not. */
    public record Answer(String question, boolean met, String note) implements Serializable {
    }
}

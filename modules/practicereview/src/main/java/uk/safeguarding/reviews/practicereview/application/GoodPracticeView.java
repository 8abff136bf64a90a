package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A review's learning and its sharing as its page shows it: a Good Outcome Review's agreed summary
 * (§5.3), if there is one, or whether an individual agency's lessons were found addressed (§4.2
 * table, {@code learnedFromAgency}; {@code ofAgencyReview} where its kind has an agency review); each occasion it was shared, and what the signed-in person may
 * record at the review's stage.
 */
public record GoodPracticeView(String reviewId, String reviewReference, Summary summary, List<Occasion> shared,
        boolean maySummarise, boolean mayShare, boolean completed, boolean learnedFromAgency, boolean ofAgencyReview) implements Serializable {

    public GoodPracticeView {
        shared = List.copyOf(shared);
    }

    /** Null while none is agreed; a getter so pages can test it. */
    public Summary getSummary() {
        return summary;
    }

    /** The agreed summary. */
    public record Summary(String success, String learning, String furtherImprovement, String audiences,
            String agreedBy, LocalDate agreedOn, String recordedBy) implements Serializable {
    }

    /** One occasion the learning was shared. */
    public record Occasion(LocalDate sharedOn, String audience, String method, Integer reached, String recordedBy)
            implements Serializable {
    }
}

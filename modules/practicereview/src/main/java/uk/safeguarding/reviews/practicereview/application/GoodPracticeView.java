package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A Good Outcome Review's learning as its page shows it (§5.3): the agreed summary, if there is one,
 * each occasion it was shared, and what the signed-in person may record at the review's stage.
 */
public record GoodPracticeView(String reviewId, String reviewReference, Summary summary, List<Occasion> shared,
        boolean maySummarise, boolean mayShare, boolean completed) implements Serializable {

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

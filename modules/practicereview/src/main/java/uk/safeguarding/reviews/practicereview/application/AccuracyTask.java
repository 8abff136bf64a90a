package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What an agency's contact sees of a draft report sent for factual accuracy (§8.3): the version's
 * text part by part, when the answer is due, and the comments the agency sent, with how each was
 * dealt with. Nothing else of the review.
 */
public record AccuracyTask(String id, String reviewReference, String agencyName, int version, LocalDate dueOn,
        LocalDate respondedOn, List<Part> parts, List<AccuracyView.CommentLine> comments) implements Serializable {

    public AccuracyTask {
        parts = List.copyOf(parts);
        comments = List.copyOf(comments);
    }

    public boolean responded() {
        return respondedOn != null;
    }

    /** A part of the report a comment can be anchored to: its key, its heading and its text. */
    public record Part(String key, String heading, String text) implements Serializable {
    }
}

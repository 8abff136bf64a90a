package uk.safeguarding.reviews.linking.application;

import uk.safeguarding.reviews.linking.domain.LinkedKind;

/** A review the person may link: one of a board they coordinate for or manage. */
public record LinkCandidate(String board, String boardName, String reviewId, String reference, LinkedKind kind)
        implements java.io.Serializable {

    /** The form's value for this review. */
    public String key() {
        return board + "/" + reviewId;
    }

    public String label() {
        return boardName + ": " + reference + " (" + kind.label() + ")";
    }
}

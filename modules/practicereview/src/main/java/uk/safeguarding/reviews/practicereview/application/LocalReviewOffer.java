package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What a Rapid Review's page says about a local review after it (§7.12): whether its settled outcome
 * is "another type of local review or learning event", the review it led to, and whether the
 * signed-in person may open one now, choosing among {@code kinds}.
 */
public record LocalReviewOffer(boolean recommendsLocalReview, String openedReviewId, String openedReference,
        String openedKind, LocalDate decidedOn, String rationale, boolean mayOpen, List<String> kinds)
        implements Serializable {

    public LocalReviewOffer {
        kinds = List.copyOf(kinds);
    }

    public boolean opened() {
        return openedReviewId != null;
    }
}

package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An agency summary's quality as its return page shows it (§10.3 e): the partnership's scale, the
 * ratings given (newest first, the first stands) and whether this person may rate it now.
 */
public record SummaryRatingView(String requestId, List<String> scale, List<Rating> ratings, boolean mayRate)
        implements Serializable {

    /** One rating given. */
    public record Rating(String rating, String note, String ratedBy, OffsetDateTime ratedAt) implements Serializable {
    }
}

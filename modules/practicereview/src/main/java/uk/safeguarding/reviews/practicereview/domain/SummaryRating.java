package uk.safeguarding.reviews.practicereview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.Texts;

/**
 * §10.3 e: the quality of an agency's summary, rated on the partnership's scale by the business unit
 * or the review's chair. A rating is never changed; rating again adds one, and the newest stands.
 */
@Entity
@Table(name = "summary_rating")
public class SummaryRating {

    public static final int MAX_NOTE = 2000;

    @Id
    private String id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private String requestId;

    @Column(name = "review_id", nullable = false, updatable = false)
    private String reviewId;

    @Column(name = "review_reference", nullable = false, updatable = false)
    private String reviewReference;

    @Column(name = "agency_name", nullable = false, updatable = false)
    private String agencyName;

    @Column(name = "rating", nullable = false, updatable = false)
    private String rating;

    /** Where the rating stood on the scale when given (1 is the best). */
    @Column(name = "scale_position", nullable = false, updatable = false)
    private int scalePosition;

    @Column(name = "note", updatable = false)
    private String note;

    @Column(name = "rated_by", nullable = false, updatable = false)
    private String ratedBy;

    @Column(name = "rated_at", nullable = false, updatable = false)
    private OffsetDateTime ratedAt;

    protected SummaryRating() {
        // for JPA
    }

    /** A rating of one of the scale's items, refused beside the field when it is not one, or the note too long. */
    public static SummaryRating of(String requestId, String reviewId, String reviewReference, String agencyName,
            String rating, List<String> scale, String note, String by, OffsetDateTime at) {
        int position = rating == null ? -1 : scale.indexOf(rating.strip());
        if (position < 0) {
            throw InvalidFieldException.refused("rating",
                    "practicereview.summary-rating.choose-rating-from-partnership-scale");
        }
        String kept = Texts.blankToNull(note);
        Texts.requireAtMost("ratingNote", kept, MAX_NOTE);
        SummaryRating made = new SummaryRating();
        made.id = UUID.randomUUID().toString();
        made.requestId = Objects.requireNonNull(requestId);
        made.reviewId = Objects.requireNonNull(reviewId);
        made.reviewReference = Objects.requireNonNull(reviewReference);
        made.agencyName = Objects.requireNonNull(agencyName);
        made.rating = scale.get(position);
        made.scalePosition = position + 1;
        made.note = kept;
        made.ratedBy = Objects.requireNonNull(by);
        made.ratedAt = Objects.requireNonNull(at);
        return made;
    }

    public String id() {
        return id;
    }

    public String requestId() {
        return requestId;
    }

    public String reviewId() {
        return reviewId;
    }

    public String reviewReference() {
        return reviewReference;
    }

    public String agencyName() {
        return agencyName;
    }

    public String rating() {
        return rating;
    }

    public int scalePosition() {
        return scalePosition;
    }

    public String note() {
        return note;
    }

    public String ratedBy() {
        return ratedBy;
    }

    public OffsetDateTime ratedAt() {
        return ratedAt;
    }
}

package uk.safeguarding.reviews.review.application;

import java.io.Serializable;
import java.time.OffsetDateTime;
import uk.safeguarding.reviews.review.domain.ReviewAssignment;
import uk.safeguarding.reviews.review.domain.ReviewPart;

/** An assignment as the review page shows it; {@code toldTo} is where its e-mail went, null if none could. */
public record AssignmentView(String id, String username, String personName, ReviewPart part, String represents,
        boolean independenceDeclared, String conflicts, String givenBy, OffsetDateTime givenAt, String endedBy,
        OffsetDateTime endedAt, String endReason, String toldTo, OffsetDateTime toldAt) implements Serializable {

    static AssignmentView of(ReviewAssignment a) {
        return new AssignmentView(a.id(), a.username(), a.personName(), a.part(), a.represents(),
                a.independenceDeclared(), a.conflicts(), a.givenBy(), a.givenAt(), a.endedBy(), a.endedAt(),
                a.endReason(), a.toldTo(), a.toldAt());
    }

    public boolean active() {
        return endedAt == null;
    }
}

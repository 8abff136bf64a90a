package uk.safeguarding.reviews.review.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A review as the list of reviews shows it: reference, kind, the stage it is at, when it opened, its
 * chair, where it went if handed over, and its next open deadline with that clock's key.
 */
public record ReviewRow(String id, String reference, String kindName, String stageName, OffsetDateTime openedAt,
        String chair, String handedOverTo, String nextClock, LocalDate nextDue) implements Serializable {
}

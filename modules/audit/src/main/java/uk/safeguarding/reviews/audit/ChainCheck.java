package uk.safeguarding.reviews.audit;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * What one verification of a partnership's audit trail found: how many rows were checked against
 * their seals, how many were not sealed yet, and the first broken link, if any.
 */
public record ChainCheck(OffsetDateTime verifiedAt, String verifiedBy, long sealedRows, long unsealedRows,
        Optional<Break> firstBreak) {

    /** The first row whose seal does not hold, named so that someone can go and look at it. */
    public record Break(long position, String eventId, OffsetDateTime occurredAt, String actor, String problem) {
    }

    public boolean intact() {
        return firstBreak.isEmpty();
    }
}

package uk.safeguarding.reviews.clocks.domain;

import java.time.OffsetDateTime;

/**
 * A clock as the executive's timeliness figures see it (§10.3 d): met, or due and passed unmet.
 * It settled when it was met, if that was in time, and otherwise when it fell due.
 */
public record SettledClock(String id, String subjectType, String subjectId, String subjectLabel, String ruleKey,
        OffsetDateTime startedAt, OffsetDateTime metAt, OffsetDateTime dueBy) {

    public boolean metOnTime() {
        return metAt != null && !metAt.isAfter(dueBy);
    }

    public OffsetDateTime settledAt() {
        return metOnTime() ? metAt : dueBy;
    }
}

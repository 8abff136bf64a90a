package uk.safeguarding.reviews.kernel;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A published version of a partnership's rules that takes effect on a date: in force on a day is the
 * newest version effective on or before it, so a change can be scheduled ahead (for example from the
 * new financial year) and work already begun keeps the version in force when it began.
 */
@MappedSuperclass
public abstract class ScheduledVersion extends PublishedVersion {

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    protected ScheduledVersion() {
        // for JPA
    }

    protected ScheduledVersion(int version, LocalDate effectiveFrom, String reason, String createdBy,
            OffsetDateTime createdAt) {
        super(version, reason, createdBy, createdAt);
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "Enter the date the change takes effect");
    }

    /** The next version cannot take effect before this one, or the order of versions would lie. */
    protected void requireNotBefore(LocalDate nextEffectiveFrom) {
        if (nextEffectiveFrom.isBefore(effectiveFrom)) {
            throw InvalidFieldException.refused("effectiveFrom", "kernel.scheduled-version.not-before-current",
                    PlainDates.day(effectiveFrom));
        }
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }
}

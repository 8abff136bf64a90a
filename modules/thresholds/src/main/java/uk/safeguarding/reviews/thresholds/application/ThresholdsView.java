package uk.safeguarding.reviews.thresholds.application;

import java.time.LocalDate;
import uk.safeguarding.reviews.thresholds.domain.ThresholdSet.Thresholds;

/** The thresholds in force today, and the newest version if it is scheduled for later (changes build on it). */
public record ThresholdsView(int version, LocalDate effectiveFrom, String changedBy, Thresholds inForce,
        Integer scheduledVersion, LocalDate scheduledFrom, Thresholds newest) {

    public boolean hasScheduledChange() {
        return scheduledVersion != null;
    }
}

package uk.safeguarding.reviews.thresholds.application;

import uk.safeguarding.reviews.thresholds.domain.ThresholdSet.Thresholds;

/** One version of a partnership's thresholds, as other modules read it: its number and its values. */
public record ThresholdVersion(int version, Thresholds thresholds) {
}

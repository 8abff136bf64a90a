package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a Rapid Review's page says about a practice review after it (§5.2, §8.1): the recommendation
 * that stands (null while the outcome is not settled), the National Panel's view (null until it
 * responded), the practice review already commenced, if any, and whether the person may commence one.
 */
public record CommencementOffer(String settledRecommendation, boolean recommendsPracticeReview, Boolean panelAgrees,
        String panelReasons, LocalDate panelRespondedOn, CommencementView commenced, boolean mayCommence)
        implements Serializable {
}

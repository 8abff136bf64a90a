package uk.safeguarding.reviews.review.application;

import java.time.LocalDate;
import java.util.List;

/**
 * §4.2 table: the local authority's notification to the National Panel as the review records it.
 * {@code applies} when the review's kind has a clock met or started by it; {@code waitingClocks} are
 * the rule keys of the clocks that start only once it is recorded (a partnership counting the Rapid
 * Review's 15 days from the notification).
 */
public record NationalPanelNotice(boolean applies, LocalDate sentOn, String recordedBy, LocalDate copyReceivedOn,
        List<String> waitingClocks) {

    public boolean recorded() {
        return sentOn != null;
    }
}

package uk.safeguarding.reviews.learning.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import uk.safeguarding.reviews.learning.domain.LearningEvent;

/**
 * A review's learning products, events and sessions (§9), each event with its feedback forms counted
 * (§10.3 h), and whether the person may record more.
 */
public record LearningEventsView(String reviewId, String reviewReference, List<Line> events, boolean mayRecord)
        implements Serializable {

    /** One product, event or session; for an event, its forms and what they said. */
    public record Line(String id, LearningEvent.Kind kind, String title, LocalDate heldOn, String audience,
            String wentTo, Integer attended, int forms, int understandMore, int partly, List<String> comments)
            implements Serializable {

        public boolean gathering() {
            return kind.isGathering();
        }

        /** Forms that say they understand more, in whole per cent of the forms; null without forms. */
        public Integer percentUnderstandMore() {
            return forms == 0 ? null : (int) Math.round(100.0 * understandMore / forms);
        }
    }

    public Line event(String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }
}

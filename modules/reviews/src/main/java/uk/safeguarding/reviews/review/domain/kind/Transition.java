package uk.safeguarding.reviews.review.domain.kind;

import java.util.List;

/** A review leaving one stage by one of its exits for the next: the clocks it meets and starts. */
public record Transition(StageDefinition from, StageExit exit, StageDefinition to) implements java.io.Serializable {

    /** Met on leaving: the stage's own list. */
    public List<String> clocksToMeet() {
        return from.meetsClocks();
    }

    /** Started on entering the next stage. */
    public List<String> clocksToStart() {
        return to.startsClocks();
    }
}

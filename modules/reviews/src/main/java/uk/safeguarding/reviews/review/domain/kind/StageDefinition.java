package uk.safeguarding.reviews.review.domain.kind;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.safeguarding.reviews.kernel.Role;

/**
 * One stage of a kind of review. {@code startsClocks} start when the stage is entered (when a review
 * opens, from the events its rules count from, if they have happened); {@code clocksMetByEvents}
 * names, of those, the ones an event already recorded has met (the National Panel was notified
 * before the review opened); {@code meetsClocks} are met when the stage is left.
 */
public record StageDefinition(String key, String name, Set<Capability> capabilities, List<String> startsClocks,
        Map<String, String> clocksMetByEvents, List<String> meetsClocks, List<String> documents, List<Role> actors,
        List<StageExit> exits) implements java.io.Serializable {

    public StageDefinition {
        capabilities = Set.copyOf(capabilities);
        startsClocks = List.copyOf(startsClocks);
        clocksMetByEvents = Map.copyOf(clocksMetByEvents);
        meetsClocks = List.copyOf(meetsClocks);
        documents = List.copyOf(documents);
        actors = List.copyOf(actors);
        exits = List.copyOf(exits);
    }

    /** A stage with no way out is where a review of this kind ends. */
    public boolean isFinal() {
        return exits.isEmpty();
    }

    public boolean allows(Capability capability) {
        return capabilities.contains(capability);
    }

    public Optional<StageExit> exit(String exitKey) {
        return exits.stream().filter(e -> e.key().equals(exitKey)).findFirst();
    }
}

package uk.safeguarding.reviews.review.application;

import java.util.List;

/** What a list of reviews offers to filter on: the kinds with their stages, and the years reviews opened. */
public record ReviewFilterChoices(List<Kind> kinds, List<Integer> years) implements java.io.Serializable {

    /** A kind of review, by its definition's key and name, with its stages. */
    public record Kind(String key, String name, List<Stage> stages) implements java.io.Serializable {
    }

    /** A stage, by its key and its name in the definition in force. */
    public record Stage(String key, String name) implements java.io.Serializable {
    }

    /** The kind's name for its key, or the key itself if the partnership no longer has it. */
    public String kindName(String key) {
        return kinds.stream().filter(k -> k.key().equals(key)).map(Kind::name).findFirst().orElse(key);
    }

    /** The stage's name for its key in any kind, or the key itself. */
    public String stageName(String key) {
        return kinds.stream().flatMap(k -> k.stages().stream()).filter(s -> s.key().equals(key)).map(Stage::name)
                .findFirst().orElse(key);
    }
}

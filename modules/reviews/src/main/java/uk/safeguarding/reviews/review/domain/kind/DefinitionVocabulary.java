package uk.safeguarding.reviews.review.domain.kind;

import java.util.Set;

/**
 * The names a definition may use, each owned by code: the partnership's clock rules, the guards the
 * modules provide, the documents they can produce, and the events clocks count from. A definition
 * naming anything else is refused when it is saved, not when a review reaches that stage. {@code work}
 * is what capabilities report when done (an exit is keyed by the work that takes it); {@code openings}
 * are the decisions the modules take that open a review (a kind names those that open it).
 */
public record DefinitionVocabulary(Set<String> clocks, Set<String> guards, Set<String> documents,
        Set<String> events, Set<String> work, Set<String> openings) {

    /**
     * Accepts any name: for reading back a version that was checked when it was saved, so that a
     * clock rule removed since cannot make a running review unreadable.
     */
    static final DefinitionVocabulary AS_SAVED = new DefinitionVocabulary(null, null, null, null, null, null);

    public DefinitionVocabulary {
        clocks = clocks == null ? null : Set.copyOf(clocks);
        guards = guards == null ? null : Set.copyOf(guards);
        documents = documents == null ? null : Set.copyOf(documents);
        events = events == null ? null : Set.copyOf(events);
        work = work == null ? null : Set.copyOf(work);
        openings = openings == null ? null : Set.copyOf(openings);
    }

    /** Whether {@code name} is one of {@code known}; every name is, when reading a saved version. */
    static boolean knows(Set<String> known, String name) {
        return known == null || known.contains(name);
    }
}

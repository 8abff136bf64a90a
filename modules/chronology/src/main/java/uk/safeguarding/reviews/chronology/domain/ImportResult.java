package uk.safeguarding.reviews.chronology.domain;

import java.util.List;

/**
 * The outcome of reading an agency's chronology file: all of its events, or none of them and every
 * problem found. A file is taken whole or not at all, so an agency never has half a chronology
 * recorded and has to work out which half.
 */
public record ImportResult(List<ChronologyEntry> entries, List<ImportProblem> problems) {

    public ImportResult {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
        if (!problems.isEmpty() && !entries.isEmpty()) {
            throw new IllegalArgumentException("An import with problems keeps no entries");
        }
    }

    static ImportResult taking(List<ChronologyEntry> entries) {
        return new ImportResult(entries, List.of());
    }

    static ImportResult refusing(List<ImportProblem> problems) {
        return new ImportResult(List.of(), problems);
    }

    static ImportResult refusing(ImportProblem problem) {
        return refusing(List.of(problem));
    }

    /** Whether the file was taken: it had no problems. */
    public boolean accepted() {
        return problems.isEmpty();
    }
}

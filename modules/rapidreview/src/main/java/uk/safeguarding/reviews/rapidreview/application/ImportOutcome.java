package uk.safeguarding.reviews.rapidreview.application;

import java.util.List;

/** What an import did: every event added, or none and every problem by line (all or nothing, issue 5). */
public record ImportOutcome(int added, List<String> problems) {

    public boolean accepted() {
        return problems.isEmpty();
    }
}

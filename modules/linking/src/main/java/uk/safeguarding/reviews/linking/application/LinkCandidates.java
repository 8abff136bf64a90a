package uk.safeguarding.reviews.linking.application;

import java.io.Serializable;
import java.util.List;

/**
 * The reviews a chooser lists for linking, and the boards that hold more matching reviews than it
 * lists (the person narrows the search by reference to find them).
 */
public record LinkCandidates(List<LinkCandidate> reviews, List<String> boardsWithMore) implements Serializable {

    public LinkCandidates {
        reviews = List.copyOf(reviews);
        boardsWithMore = List.copyOf(boardsWithMore);
    }
}

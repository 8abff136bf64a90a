package uk.safeguarding.reviews.linking.application;

/**
 * A prompt for two business managers to talk (issue 6): one of this board's records may be about
 * the same person as another board's. It names records by reference and boards by name, nothing else.
 */
public record PossibleLink(String ourReference, String otherBoardName, String otherReference) {
}

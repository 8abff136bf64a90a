package uk.safeguarding.reviews.review.application;

import java.util.Set;

/**
 * What a capability module (requests, meetings, decisions, the National Panel...) brings to the
 * engine's vocabulary: the work it reports ({@code requests-sent}), which a definition's exits are
 * keyed by, and the documents it produces, which a definition's stages list (issue 13 §1).
 */
public interface ReviewCapability {

    /** The work this capability reports to the engine when it is done. */
    Set<String> work();

    /** The documents this capability produces. */
    Set<String> documents();
}

package uk.safeguarding.reviews.review.application;

import java.util.List;

/**
 * What a module that takes decisions opening reviews brings to the engine's vocabulary (issue 13
 * §1): the Virtual Panel's decisions on a referral, the partners' decisions after a Rapid Review.
 * Which kind each decision opens is the partnership's data (a kind lists the decisions that open
 * it), so a module names the decision, never the kind.
 */
public interface OpeningDecisions {

    /** The decisions this module takes that open a review. */
    List<OpeningDecision> decisions();

    /**
     * A decision that opens a review: its key (as definitions name it), its name in the pages' words,
     * and whether it opens exactly one kind (a panel's vote cannot also choose a kind) or lets the
     * person deciding choose among the kinds it opens.
     */
    record OpeningDecision(String key, String name, boolean opensOneKind) {
    }
}

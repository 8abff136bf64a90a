package uk.safeguarding.reviews.learning.application;

import java.io.Serializable;

/**
 * An action as its agency's people see it (§9): the review's reference, the action and its history,
 * nothing else of the review, and whether they may report on it now.
 */
public record OwnerAction(String reviewReference, ActionPlanView.Line action, boolean mayReport)
        implements Serializable {
}

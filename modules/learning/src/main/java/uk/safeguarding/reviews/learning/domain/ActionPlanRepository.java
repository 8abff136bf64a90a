package uk.safeguarding.reviews.learning.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The current partnership's action plans, their actions and the actions' histories. */
public interface ActionPlanRepository {

    Optional<ActionPlan> planOf(String reviewId);

    void add(ActionPlan plan);

    /** The plan's actions, by number. */
    List<PlanAction> actionsOf(String reviewId);

    Optional<PlanAction> action(String id);

    void add(PlanAction action);

    /** The actions of running plans owned by any of these agencies, the plans' oldest first. */
    List<PlanAction> actionsOfAgencies(Collection<String> agencyIds, int limit);

    /** The actions reported done and waiting for the business unit's verification. */
    List<PlanAction> actionsToVerify(int limit);

    void add(ActionUpdate update);

    /** Every entry of the plan's actions, the earliest first. */
    List<ActionUpdate> updatesOf(String reviewId);

    Optional<ActionUpdate> update(String id);

    void add(EvidenceFile file);

    Optional<EvidenceFile> evidence(String updateId);
}

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

    /** The actions reported done and waiting for the business unit's verification (no scrutineer asked). */
    List<PlanAction> actionsToVerify(int limit);

    void add(ActionUpdate update);

    /** Every entry of the plan's actions, the earliest first. */
    List<ActionUpdate> updatesOf(String reviewId);

    Optional<ActionUpdate> update(String id);

    void add(EvidenceFile file);

    Optional<EvidenceFile> evidence(String updateId);

    /** The verification rota, in turn. */
    List<RotaMember> rota();

    Optional<RotaMember> rotaMember(String id);

    void add(RotaMember member);

    void remove(RotaMember member);

    /** The position of the scrutineer asked last (0 before anyone was). */
    int lastTurn();

    /** Whose turn it was last, locked until the transaction ends so two actions never take the same turn. */
    RotaTurn turnForUpdate();

    /** The actions reported done that {@code username} was asked to verify. */
    List<PlanAction> actionsToVerifyBy(String username, int limit);

    /** The plans agreed between the two days, or closed between the two moments (§10.3 f and g). */
    List<ActionPlan> plansAgreedOrClosedBetween(java.time.LocalDate firstDay, java.time.LocalDate lastDay,
            java.time.OffsetDateTime from, java.time.OffsetDateTime to);

    /** Every action verified or returned between the two moments, earliest first. */
    List<ActionCheck> checksBetween(java.time.OffsetDateTime from, java.time.OffsetDateTime to);

    /** The owners' reports of actions done, made from {@code from} to before {@code to}, oldest first (§10.3 f). */
    List<ActionCheck> doneReportsBetween(java.time.OffsetDateTime from, java.time.OffsetDateTime to);

    /** §9, §10.3 h: a learning product, event or reflective session. */
    void add(LearningEvent event);

    /** A review's learning products, events and sessions, the newest first. */
    List<LearningEvent> learningEventsOf(String reviewId);

    java.util.Optional<LearningEvent> learningEvent(String id);

    /** Events and sessions held, and products sent, from {@code from} to {@code to} inclusive. */
    List<LearningEvent> learningEventsHeldBetween(java.time.LocalDate from, java.time.LocalDate to);

    void add(EventFeedback feedback);

    /** The feedback forms of these events, oldest first. */
    List<EventFeedback> feedbackOf(Collection<String> eventIds);

    /**
     * §9 annual scrutiny: the plans agreed by {@code lastDay} and not closed before {@code from} (the
     * year's first moment), by review reference.
     */
    List<ActionPlan> plansRunningDuring(java.time.LocalDate lastDay, java.time.OffsetDateTime from);

    java.util.Optional<AnnualScrutiny> scrutiny(int startsIn);

    void add(AnnualScrutiny scrutiny);

    /** Document 14: a verification and its rows. */
    void add(PlanVerification verification, List<VerificationItem> items);

    /** The verifications of one case or one agency, the newest first. */
    List<PlanVerification> verificationsOf(PlanVerification.Basis basis, String subjectId);

    java.util.Optional<PlanVerification> verification(String id);

    /**
     * Of each case and agency, its newest verification when that one set a day to check again (the
     * learning not yet embedded, Document 14), the soonest first; at most {@code limit}.
     */
    List<PlanVerification> rechecksDue(int limit);

    /** Document 14 verifications of the days from {@code first} to {@code last}, by day then subject. */
    List<PlanVerification> verificationsBetween(java.time.LocalDate first, java.time.LocalDate last);

    /** A verification's rows, in order. */
    List<VerificationItem> itemsOf(String verificationId);
}

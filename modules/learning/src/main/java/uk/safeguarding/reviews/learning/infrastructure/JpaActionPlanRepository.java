package uk.safeguarding.reviews.learning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import uk.safeguarding.reviews.learning.domain.ActionPlan;
import uk.safeguarding.reviews.learning.domain.ActionPlanRepository;
import uk.safeguarding.reviews.learning.domain.ActionUpdate;
import uk.safeguarding.reviews.learning.domain.EvidenceFile;
import uk.safeguarding.reviews.learning.domain.PlanAction;
import uk.safeguarding.reviews.learning.domain.RotaMember;
import uk.safeguarding.reviews.learning.domain.RotaTurn;

/** Action plans in the current partnership's schema (the connection is routed to it). */
@ApplicationScoped
public class JpaActionPlanRepository implements ActionPlanRepository {

    @PersistenceContext(unitName = "cases")
    private EntityManager em;

    @Override
    public Optional<ActionPlan> planOf(String reviewId) {
        return Optional.ofNullable(em.find(ActionPlan.class, reviewId == null ? "" : reviewId.strip()));
    }

    @Override
    public void add(ActionPlan plan) {
        em.persist(plan);
    }

    @Override
    public List<PlanAction> actionsOf(String reviewId) {
        return em.createQuery("SELECT a FROM PlanAction a WHERE a.reviewId = :review ORDER BY a.number",
                PlanAction.class).setParameter("review", reviewId).getResultList();
    }

    @Override
    public Optional<PlanAction> action(String id) {
        return Optional.ofNullable(em.find(PlanAction.class, id == null ? "" : id.strip()));
    }

    @Override
    public void add(PlanAction action) {
        em.persist(action);
    }

    @Override
    public List<PlanAction> actionsOfAgencies(Collection<String> agencyIds, int limit) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM PlanAction a, ActionPlan p WHERE p.reviewId = a.reviewId"
                + " AND a.agencyId IN :agencies AND p.state <> :draft ORDER BY p.agreedOn, a.reviewId, a.number",
                PlanAction.class).setParameter("agencies", agencyIds).setParameter("draft", ActionPlan.State.DRAFT)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<PlanAction> actionsToVerify(int limit) {
        return em.createQuery("SELECT a FROM PlanAction a WHERE a.status = :done AND a.scrutineerUsername IS NULL"
                + " ORDER BY a.reviewId, a.number",
                PlanAction.class).setParameter("done", PlanAction.Status.DONE).setMaxResults(limit).getResultList();
    }

    @Override
    public void add(ActionUpdate update) {
        em.persist(update);
    }

    @Override
    public List<ActionUpdate> updatesOf(String reviewId) {
        return em.createQuery("SELECT u FROM ActionUpdate u WHERE u.reviewId = :review ORDER BY u.madeAt, u.id",
                ActionUpdate.class).setParameter("review", reviewId).getResultList();
    }

    @Override
    public Optional<ActionUpdate> update(String id) {
        return Optional.ofNullable(em.find(ActionUpdate.class, id == null ? "" : id.strip()));
    }

    @Override
    public void add(EvidenceFile file) {
        em.persist(file);
    }

    @Override
    public List<RotaMember> rota() {
        return em.createQuery("SELECT m FROM RotaMember m ORDER BY m.position", RotaMember.class).getResultList();
    }

    @Override
    public Optional<RotaMember> rotaMember(String id) {
        return Optional.ofNullable(em.find(RotaMember.class, id == null ? "" : id.strip()));
    }

    @Override
    public void add(RotaMember member) {
        em.persist(member);
    }

    @Override
    public void remove(RotaMember member) {
        em.remove(member);
    }

    @Override
    public int lastTurn() {
        return Optional.ofNullable(em.find(RotaTurn.class, RotaTurn.ID)).map(RotaTurn::lastPosition).orElse(0);
    }

    @Override
    public RotaTurn turnForUpdate() {
        RotaTurn turn = em.find(RotaTurn.class, RotaTurn.ID, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (turn == null) {
            turn = RotaTurn.first();
            em.persist(turn);
        }
        return turn;
    }

    @Override
    public List<PlanAction> actionsToVerifyBy(String username, int limit) {
        return em.createQuery("SELECT a FROM PlanAction a WHERE a.status = :done AND a.scrutineerUsername = :who"
                + " ORDER BY a.reviewId, a.number", PlanAction.class).setParameter("done", PlanAction.Status.DONE)
                .setParameter("who", username).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<EvidenceFile> evidence(String updateId) {
        return Optional.ofNullable(em.find(EvidenceFile.class, updateId == null ? "" : updateId.strip()));
    }

    @Override
    public List<ActionPlan> plansAgreedOrClosedBetween(java.time.LocalDate firstDay, java.time.LocalDate lastDay,
            java.time.OffsetDateTime from, java.time.OffsetDateTime to) {
        return em.createQuery("SELECT p FROM ActionPlan p WHERE (p.agreedOn >= :firstDay AND p.agreedOn <= :lastDay)"
                        + " OR (p.closedAt >= :from AND p.closedAt < :to) ORDER BY p.reviewReference", ActionPlan.class)
                .setParameter("firstDay", firstDay).setParameter("lastDay", lastDay).setParameter("from", from)
                .setParameter("to", to).getResultList();
    }

    @Override
    public List<uk.safeguarding.reviews.learning.domain.ActionCheck> checksBetween(java.time.OffsetDateTime from,
            java.time.OffsetDateTime to) {
        return updatesBetween(List.of(ActionUpdate.Kind.VERIFIED, ActionUpdate.Kind.RETURNED), from, to);
    }

    @Override
    public List<uk.safeguarding.reviews.learning.domain.ActionCheck> doneReportsBetween(java.time.OffsetDateTime from,
            java.time.OffsetDateTime to) {
        return updatesBetween(List.of(ActionUpdate.Kind.DONE), from, to);
    }

    private List<uk.safeguarding.reviews.learning.domain.ActionCheck> updatesBetween(List<ActionUpdate.Kind> kinds,
            java.time.OffsetDateTime from, java.time.OffsetDateTime to) {
        return em.createQuery("SELECT NEW uk.safeguarding.reviews.learning.domain.ActionCheck(p.reviewId,"
                        + " p.reviewReference, a.id, a.number, a.agencyName, u.kind, u.madeAt, a.dueOn) FROM"
                        + " ActionUpdate u, PlanAction a, ActionPlan p WHERE u.actionId = a.id AND p.reviewId = a.reviewId"
                        + " AND u.kind IN :kinds AND u.madeAt >= :from AND u.madeAt < :to ORDER BY u.madeAt, u.id",
                        uk.safeguarding.reviews.learning.domain.ActionCheck.class)
                .setParameter("kinds", kinds).setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public void add(uk.safeguarding.reviews.learning.domain.LearningEvent event) {
        em.persist(event);
    }

    @Override
    public List<uk.safeguarding.reviews.learning.domain.LearningEvent> learningEventsOf(String reviewId) {
        return em.createQuery("SELECT e FROM LearningEvent e WHERE e.reviewId = :review ORDER BY e.heldOn DESC,"
                + " e.recordedAt DESC", uk.safeguarding.reviews.learning.domain.LearningEvent.class)
                .setParameter("review", reviewId).getResultList();
    }

    @Override
    public Optional<uk.safeguarding.reviews.learning.domain.LearningEvent> learningEvent(String id) {
        return Optional.ofNullable(em.find(uk.safeguarding.reviews.learning.domain.LearningEvent.class,
                id == null ? "" : id.strip()));
    }

    @Override
    public List<uk.safeguarding.reviews.learning.domain.LearningEvent> learningEventsHeldBetween(
            java.time.LocalDate from, java.time.LocalDate to) {
        return em.createQuery("SELECT e FROM LearningEvent e WHERE e.heldOn BETWEEN :from AND :to ORDER BY e.heldOn,"
                + " e.recordedAt", uk.safeguarding.reviews.learning.domain.LearningEvent.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public void add(uk.safeguarding.reviews.learning.domain.EventFeedback feedback) {
        em.persist(feedback);
    }

    @Override
    public List<uk.safeguarding.reviews.learning.domain.EventFeedback> feedbackOf(Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT f FROM EventFeedback f WHERE f.eventId IN :events ORDER BY f.recordedAt",
                uk.safeguarding.reviews.learning.domain.EventFeedback.class)
                .setParameter("events", List.copyOf(eventIds)).getResultList();
    }

    @Override
    public List<ActionPlan> plansRunningDuring(java.time.LocalDate lastDay, java.time.OffsetDateTime from) {
        return em.createQuery("SELECT p FROM ActionPlan p WHERE p.agreedOn <= :lastDay AND (p.closedAt IS NULL"
                + " OR p.closedAt >= :from) ORDER BY p.reviewReference", ActionPlan.class)
                .setParameter("lastDay", lastDay).setParameter("from", from).getResultList();
    }

    @Override
    public Optional<uk.safeguarding.reviews.learning.domain.AnnualScrutiny> scrutiny(int startsIn) {
        return Optional.ofNullable(em.find(uk.safeguarding.reviews.learning.domain.AnnualScrutiny.class, startsIn));
    }

    @Override
    public void add(uk.safeguarding.reviews.learning.domain.AnnualScrutiny scrutiny) {
        em.persist(scrutiny);
    }

    @Override
    public void add(uk.safeguarding.reviews.learning.domain.PlanVerification verification,
            List<uk.safeguarding.reviews.learning.domain.VerificationItem> items) {
        em.persist(verification);
        items.forEach(em::persist);
    }

    @Override
    public List<uk.safeguarding.reviews.learning.domain.PlanVerification> verificationsOf(
            uk.safeguarding.reviews.learning.domain.PlanVerification.Basis basis, String subjectId) {
        return em.createQuery("SELECT v FROM PlanVerification v WHERE v.basis = :basis AND v.subjectId = :subject"
                + " ORDER BY v.recordedAt DESC", uk.safeguarding.reviews.learning.domain.PlanVerification.class)
                .setParameter("basis", basis).setParameter("subject", subjectId).getResultList();
    }

    @Override
    public List<uk.safeguarding.reviews.learning.domain.PlanVerification> rechecksDue(int limit) {
        return em.createQuery("SELECT v FROM PlanVerification v WHERE v.recheckOn IS NOT NULL AND NOT EXISTS ("
                + "SELECT w FROM PlanVerification w WHERE w.basis = v.basis AND w.subjectId = v.subjectId"
                + " AND w.recordedAt > v.recordedAt) ORDER BY v.recheckOn, v.subjectName",
                uk.safeguarding.reviews.learning.domain.PlanVerification.class).setMaxResults(limit).getResultList();
    }

    @Override
    public List<uk.safeguarding.reviews.learning.domain.PlanVerification> verificationsBetween(
            java.time.LocalDate first, java.time.LocalDate last) {
        return em.createQuery("SELECT v FROM PlanVerification v WHERE v.verifiedOn BETWEEN :first AND :last"
                + " ORDER BY v.verifiedOn, v.subjectName, v.id", uk.safeguarding.reviews.learning.domain.PlanVerification.class)
                .setParameter("first", first).setParameter("last", last).getResultList();
    }

    @Override
    public Optional<uk.safeguarding.reviews.learning.domain.PlanVerification> verification(String id) {
        return Optional.ofNullable(em.find(uk.safeguarding.reviews.learning.domain.PlanVerification.class,
                id == null ? "" : id.strip()));
    }

    @Override
    public List<uk.safeguarding.reviews.learning.domain.VerificationItem> itemsOf(String verificationId) {
        return em.createQuery("SELECT i FROM VerificationItem i WHERE i.verificationId = :id ORDER BY i.position",
                uk.safeguarding.reviews.learning.domain.VerificationItem.class).setParameter("id", verificationId)
                .getResultList();
    }
}

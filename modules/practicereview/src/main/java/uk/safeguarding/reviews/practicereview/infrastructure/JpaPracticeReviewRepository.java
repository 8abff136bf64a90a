package uk.safeguarding.reviews.practicereview.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.safeguarding.reviews.practicereview.domain.AccuracyComment;
import uk.safeguarding.reviews.practicereview.domain.AccuracyRequest;
import uk.safeguarding.reviews.practicereview.domain.AgencyReview;
import uk.safeguarding.reviews.practicereview.domain.AgencyReviewRound;
import uk.safeguarding.reviews.practicereview.domain.AssuranceCheck;
import uk.safeguarding.reviews.practicereview.domain.Commencement;
import uk.safeguarding.reviews.practicereview.domain.CopyRequest;
import uk.safeguarding.reviews.practicereview.domain.Dissemination;
import uk.safeguarding.reviews.practicereview.domain.FamilyLetterTemplate;
import uk.safeguarding.reviews.practicereview.domain.FamilyMember;
import uk.safeguarding.reviews.practicereview.domain.FollowOnReview;
import uk.safeguarding.reviews.practicereview.domain.GroupMeeting;
import uk.safeguarding.reviews.practicereview.domain.LearningSummary;
import uk.safeguarding.reviews.practicereview.domain.LeadReviewerAppointment;
import uk.safeguarding.reviews.practicereview.domain.LearningReport;
import uk.safeguarding.reviews.practicereview.domain.PracticeReviewRepository;
import uk.safeguarding.reviews.practicereview.domain.Publication;
import uk.safeguarding.reviews.practicereview.domain.ListItem;
import uk.safeguarding.reviews.practicereview.domain.MethodologyChoice;
import uk.safeguarding.reviews.practicereview.domain.PartnershipList;
import uk.safeguarding.reviews.practicereview.domain.ReportSignOff;
import uk.safeguarding.reviews.practicereview.domain.ReportVersion;
import uk.safeguarding.reviews.practicereview.domain.TermsOfReference;

/** Practice reviews in the current tenant's schema. */
@ApplicationScoped
public class JpaPracticeReviewRepository implements PracticeReviewRepository {

    @PersistenceContext(unitName = "cases")
    private EntityManager em;

    @Override
    public void add(Commencement commencement) {
        em.persist(commencement);
    }

    @Override
    public Optional<Commencement> commencementOf(String reviewId) {
        return Optional.ofNullable(em.find(Commencement.class, reviewId == null ? "" : reviewId.strip()));
    }

    @Override
    public Optional<Commencement> commencedAfter(String rapidReviewId) {
        return em.createQuery("SELECT c FROM Commencement c WHERE c.rapidReviewId = :rapid", Commencement.class)
                .setParameter("rapid", rapidReviewId).getResultStream().findFirst();
    }

    @Override
    public void add(LeadReviewerAppointment appointment) {
        em.persist(appointment);
    }

    @Override
    public Optional<LeadReviewerAppointment> leadReviewerOf(String reviewId) {
        return em.createQuery("SELECT a FROM LeadReviewerAppointment a WHERE a.reviewId = :review"
                + " ORDER BY a.appointedAt DESC, a.id", LeadReviewerAppointment.class).setParameter("review", reviewId)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<Commencement> awaitingLeadReviewer(int limit) {
        return em.createQuery("SELECT c FROM Commencement c WHERE NOT EXISTS (SELECT a FROM LeadReviewerAppointment a"
                + " WHERE a.reviewId = c.reviewId) ORDER BY c.decidedOn, c.reviewId", Commencement.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<Commencement> panelNotInformed(int limit) {
        return em.createQuery("SELECT c FROM Commencement c WHERE c.panelInformedOn IS NULL"
                + " ORDER BY c.decidedOn, c.reviewId", Commencement.class).setMaxResults(limit).getResultList();
    }

    @Override
    public void add(TermsOfReference terms) {
        em.persist(terms);
    }

    @Override
    public List<TermsOfReference> termsOf(String reviewId) {
        return em.createQuery("SELECT t FROM TermsOfReference t WHERE t.reviewId = :review ORDER BY t.version DESC",
                TermsOfReference.class).setParameter("review", reviewId).getResultList();
    }

    @Override
    public void add(Publication publication) {
        em.persist(publication);
    }

    @Override
    public Optional<Publication> publicationOf(String reviewId) {
        return Optional.ofNullable(em.find(Publication.class, reviewId == null ? "" : reviewId.strip()));
    }

    @Override
    public List<Publication> panelCopiesDue(int limit) {
        return em.createQuery("SELECT p FROM Publication p WHERE p.stage = :preparing AND p.plannedOn IS NOT NULL"
                + " AND p.panelCopySentOn IS NULL ORDER BY p.plannedOn, p.reviewId", Publication.class)
                .setParameter("preparing", Publication.Stage.PREPARING).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Publication> online() {
        return em.createQuery("SELECT p FROM Publication p WHERE p.stage = :online ORDER BY p.publishedOn DESC,"
                + " p.title", Publication.class).setParameter("online", Publication.Stage.PUBLISHED).getResultList();
    }

    @Override
    public List<Publication> publishedBetween(java.time.LocalDate first, java.time.LocalDate last) {
        return em.createQuery("SELECT p FROM Publication p WHERE p.publishedOn BETWEEN :first AND :last"
                + " ORDER BY p.publishedOn, p.title", Publication.class).setParameter("first", first)
                .setParameter("last", last).getResultList();
    }

    @Override
    public Optional<Publication> onlineByPublicId(String publicId) {
        return em.createQuery("SELECT p FROM Publication p WHERE p.publicId = :id AND p.stage = :online",
                Publication.class).setParameter("id", publicId == null ? "" : publicId.strip())
                .setParameter("online", Publication.Stage.PUBLISHED).getResultStream().findFirst();
    }

    @Override
    public void add(FamilyMember member) {
        em.persist(member);
    }

    @Override
    public List<FamilyMember> familyOf(String reviewId) {
        return em.createQuery("SELECT m FROM FamilyMember m WHERE m.reviewId = :review ORDER BY m.addedAt, m.id",
                FamilyMember.class).setParameter("review", reviewId).getResultList();
    }

    @Override
    public void add(uk.safeguarding.reviews.practicereview.domain.SummaryRating rating) {
        em.persist(rating);
    }

    @Override
    public List<uk.safeguarding.reviews.practicereview.domain.SummaryRating> ratingsOf(String requestId) {
        return em.createQuery("SELECT r FROM SummaryRating r WHERE r.requestId = :request ORDER BY r.ratedAt DESC, r.id",
                uk.safeguarding.reviews.practicereview.domain.SummaryRating.class)
                .setParameter("request", requestId).getResultList();
    }

    @Override
    public List<uk.safeguarding.reviews.practicereview.domain.SummaryRating> standingRatingsBetween(
            java.time.OffsetDateTime from, java.time.OffsetDateTime to) {
        return em.createQuery("SELECT r FROM SummaryRating r WHERE r.ratedAt >= :from AND r.ratedAt < :to"
                        + " AND NOT EXISTS (SELECT n.id FROM SummaryRating n WHERE n.requestId = r.requestId"
                        + " AND n.ratedAt > r.ratedAt) ORDER BY r.ratedAt, r.id",
                        uk.safeguarding.reviews.practicereview.domain.SummaryRating.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public List<FamilyMember> familyFeedbackBetween(java.time.LocalDate firstDay, java.time.LocalDate lastDay) {
        return em.createQuery("SELECT m FROM FamilyMember m WHERE m.feedbackOn >= :first AND m.feedbackOn <= :last"
                        + " ORDER BY m.feedbackOn, m.id", FamilyMember.class)
                .setParameter("first", firstDay).setParameter("last", lastDay).getResultList();
    }

    @Override
    public Optional<FamilyMember> familyMember(String reviewId, String memberId) {
        return em.createQuery("SELECT m FROM FamilyMember m WHERE m.reviewId = :review AND m.id = :id",
                FamilyMember.class).setParameter("review", reviewId).setParameter("id", memberId == null ? ""
                        : memberId.strip()).getResultStream().findFirst();
    }

    @Override
    public void add(MethodologyChoice choice) {
        em.persist(choice);
    }

    @Override
    public List<MethodologyChoice> methodologiesOf(String reviewId) {
        return em.createQuery("SELECT m FROM MethodologyChoice m WHERE m.reviewId = :review ORDER BY m.chosenAt DESC,"
                + " m.id", MethodologyChoice.class).setParameter("review", reviewId).getResultList();
    }

    @Override
    public void add(AssuranceCheck check) {
        em.persist(check);
    }

    @Override
    public List<AssuranceCheck> assuranceChecksOf(String reviewId) {
        return em.createQuery("SELECT c FROM AssuranceCheck c WHERE c.reviewId = :review ORDER BY c.checkedAt DESC,"
                + " c.id", AssuranceCheck.class).setParameter("review", reviewId).getResultList();
    }

    @Override
    public void add(LearningReport report) {
        em.persist(report);
    }

    @Override
    public Optional<LearningReport> reportOf(String reviewId) {
        return Optional.ofNullable(em.find(LearningReport.class, reviewId == null ? "" : reviewId.strip()));
    }

    @Override
    public List<ListItem> items(PartnershipList list) {
        return em.createQuery("SELECT i FROM ListItem i WHERE i.listKey = :list ORDER BY i.position", ListItem.class)
                .setParameter("list", list.key()).getResultList();
    }

    @Override
    public void replaceItems(PartnershipList list, List<ListItem> items) {
        em.createQuery("DELETE FROM ListItem i WHERE i.listKey = :list").setParameter("list", list.key())
                .executeUpdate();
        items.forEach(em::persist);
    }

    @Override
    public void add(ReportVersion version) {
        em.persist(version);
    }

    @Override
    public List<ReportVersion> reportVersionsOf(String reviewId) {
        return em.createQuery("SELECT v FROM ReportVersion v WHERE v.reviewId = :review ORDER BY v.version DESC",
                ReportVersion.class).setParameter("review", reviewId).getResultList();
    }

    @Override
    public void add(AccuracyRequest request) {
        em.persist(request);
    }

    @Override
    public void add(AccuracyComment comment) {
        em.persist(comment);
    }

    @Override
    public List<AccuracyRequest> accuracyRequestsOf(String reviewId) {
        return em.createQuery("SELECT r FROM AccuracyRequest r WHERE r.reviewId = :review ORDER BY r.sentAt, r.agencyName",
                AccuracyRequest.class).setParameter("review", reviewId).getResultList();
    }

    @Override
    public Optional<AccuracyRequest> accuracyRequest(String id) {
        return Optional.ofNullable(em.find(AccuracyRequest.class, id == null ? "" : id.strip()));
    }

    @Override
    public List<AccuracyRequest> accuracyRequestsTo(java.util.Collection<String> agencyIds, int limit) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM AccuracyRequest r WHERE r.agencyId IN :agencies ORDER BY r.sentAt DESC",
                AccuracyRequest.class).setParameter("agencies", agencyIds).setMaxResults(limit).getResultList();
    }

    @Override
    public List<AccuracyComment> accuracyCommentsOf(String reviewId) {
        return em.createQuery("SELECT c FROM AccuracyComment c WHERE c.reviewId = :review ORDER BY c.madeAt, c.id",
                AccuracyComment.class).setParameter("review", reviewId).getResultList();
    }

    @Override
    public Optional<AccuracyComment> accuracyComment(String id) {
        return Optional.ofNullable(em.find(AccuracyComment.class, id == null ? "" : id.strip()));
    }

    @Override
    public void add(ReportSignOff signOff) {
        em.persist(signOff);
    }

    @Override
    public List<ReportSignOff> signOffsOf(String reviewId) {
        return em.createQuery("SELECT s FROM ReportSignOff s WHERE s.reviewId = :review ORDER BY s.answeredAt",
                ReportSignOff.class).setParameter("review", reviewId).getResultList();
    }

    @Override
    public Optional<ReportSignOff> signOff(String id) {
        return Optional.ofNullable(em.find(ReportSignOff.class, id == null ? "" : id.strip()));
    }

    @Override
    public List<String> reviewsWithAgreedReports(int limit) {
        return em.createQuery("SELECT DISTINCT v.reviewId FROM ReportVersion v WHERE v.agreedOn IS NOT NULL",
                String.class).setMaxResults(limit).getResultList();
    }

    @Override
    public List<String> reviewsWithDeclinedSignOffs(int limit) {
        return em.createQuery("SELECT DISTINCT s.reviewId FROM ReportSignOff s WHERE s.answer = :declined",
                String.class).setParameter("declined", ReportSignOff.Answer.DECLINED).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void add(LearningSummary summary) {
        em.persist(summary);
    }

    @Override
    public Optional<LearningSummary> learningSummaryOf(String reviewId) {
        return Optional.ofNullable(em.find(LearningSummary.class, reviewId == null ? "" : reviewId.strip()));
    }

    @Override
    public void add(Dissemination dissemination) {
        em.persist(dissemination);
    }

    @Override
    public List<Dissemination> disseminationsOf(String reviewId) {
        return em.createQuery("SELECT d FROM Dissemination d WHERE d.reviewId = :review ORDER BY d.sharedOn, d.recordedAt",
                Dissemination.class).setParameter("review", reviewId).getResultList();
    }

    @Override
    public void add(FollowOnReview followOn) {
        em.persist(followOn);
    }

    @Override
    public Optional<FollowOnReview> followOnAfter(String rapidReviewId) {
        return em.createQuery("SELECT f FROM FollowOnReview f WHERE f.rapidReviewId = :rapid", FollowOnReview.class)
                .setParameter("rapid", rapidReviewId).getResultList().stream().findFirst();
    }

    @Override
    public void add(GroupMeeting meeting) {
        em.persist(meeting);
    }

    @Override
    public List<GroupMeeting> groupMeetingsOf(String reviewId) {
        return em.createQuery("SELECT m FROM GroupMeeting m WHERE m.reviewId = :review ORDER BY m.meetsOn, m.plannedAt",
                GroupMeeting.class).setParameter("review", reviewId).getResultList();
    }

    @Override
    public List<String> reviewsWithUndisposedComments(int limit) {
        return em.createQuery("SELECT DISTINCT c.reviewId FROM AccuracyComment c WHERE c.disposal IS NULL", String.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public void add(CopyRequest request) {
        em.persist(request);
    }

    @Override
    public List<CopyRequest> copyRequestsOf(String reviewId) {
        return em.createQuery("SELECT r FROM CopyRequest r WHERE r.reviewId = :review ORDER BY r.requestedOn, r.recordedAt",
                CopyRequest.class).setParameter("review", reviewId).getResultList();
    }

    @Override
    public Optional<FamilyLetterTemplate> familyLetterTemplate() {
        return Optional.ofNullable(em.find(FamilyLetterTemplate.class, "family-invitation"));
    }

    @Override
    public void add(FamilyLetterTemplate template) {
        em.persist(template);
    }

    @Override
    public void add(AgencyReview agencyReview) {
        em.persist(agencyReview);
    }

    @Override
    public Optional<AgencyReview> agencyReviewOf(String reviewId) {
        return em.createQuery("SELECT a FROM AgencyReview a WHERE a.reviewId = :review", AgencyReview.class)
                .setParameter("review", reviewId).getResultStream().findFirst();
    }

    @Override
    public Optional<AgencyReview> agencyReview(String id) {
        return Optional.ofNullable(em.find(AgencyReview.class, id == null ? "" : id.strip()));
    }

    @Override
    public List<AgencyReview> agencyReviewsOf(java.util.Collection<String> agencyIds, int limit) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM AgencyReview a WHERE a.agencyId IN :agencies ORDER BY a.commissionedAt DESC",
                AgencyReview.class).setParameter("agencies", agencyIds).setMaxResults(limit).getResultList();
    }

    @Override
    public void add(AgencyReviewRound round) {
        em.persist(round);
    }

    @Override
    public List<AgencyReviewRound> roundsOf(String agencyReviewId) {
        return em.createQuery("SELECT r FROM AgencyReviewRound r WHERE r.agencyReviewId = :review ORDER BY r.roundNumber",
                AgencyReviewRound.class).setParameter("review", agencyReviewId).getResultList();
    }

    @Override
    public List<String> reviewsWithLessonsToScrutinise(int limit) {
        return em.createQuery("SELECT DISTINCT a.reviewId FROM AgencyReview a, AgencyReviewRound r"
                + " WHERE r.agencyReviewId = a.id AND r.sentAt IS NOT NULL AND r.judgement IS NULL", String.class)
                .setMaxResults(limit).getResultList();
    }
}

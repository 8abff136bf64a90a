package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.practicereview.domain.LeadReviewerAppointment;
import uk.safeguarding.reviews.practicereview.domain.PracticeReviewRepository;
import uk.safeguarding.reviews.practicereview.domain.PartnershipList;
import uk.safeguarding.reviews.kernel.ExportedFile;
import uk.safeguarding.reviews.review.application.LeadReviewerAssignment;
import uk.safeguarding.reviews.review.application.ReviewAccess;
import uk.safeguarding.reviews.review.application.ReviewEngine;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.review.domain.ReviewAct;
import uk.safeguarding.reviews.review.domain.kind.Capability;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/**
 * §8.1: the Virtual Panel appoints the lead reviewer of a review whose stage has the
 * {@link Capability#LEAD_REVIEWER} capability, to the partnership's specification (Document 5); the
 * appointment assigns them to that review only, and moves the review on, meeting the 10-working-day
 * clock. The specification is one of the partnership's lists ({@link PartnershipLists}).
 */
@ApplicationScoped
@Transactional
public class LeadReviewerAppointments {

    static final String RECORD_TYPE = "lead-reviewer-appointment";

    /** What the lead reviewer capability reports to the engine once the appointment is made. */
    static final String APPOINTED = "lead-reviewer-appointed";

    @Inject
    private ReviewAccess access;

    @Inject
    private ReviewWork work;

    @Inject
    private ReviewEngine engine;

    @Inject
    private LeadReviewerAssignment assignment;

    @Inject
    private PracticeReviewRepository practiceReviews;

    @Inject
    private PartnershipLists lists;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The partnership's specification, each point a lead reviewer must be confirmed to meet. */
    public List<String> specification() {
        return lists.items(PartnershipList.LEAD_REVIEWER_SPECIFICATION);
    }

    /** Whether the signed-in person may appoint lead reviewers: what the review page offers them. */
    public boolean mayAppoint() {
        return ReviewAct.APPOINT_LEAD_REVIEWER.allowsEverywhere(TenantContext.caller().roles());
    }

    /** The lead reviewer of the review, if one was appointed. */
    public Optional<LeadReviewerView> of(String reviewId) {
        access.requireOn(reviewId, ReviewAct.SEE, AuditAction.VIEW, RECORD_TYPE, reviewId);
        work.review(reviewId, AuditAction.VIEW, RECORD_TYPE);
        return practiceReviews.leadReviewerOf(reviewId).map(LeadReviewerAppointments::view);
    }

    /**
     * §8.1: appoints the lead reviewer. Refused beside the field that lacks what §8.1 and §3.1 ask;
     * refused at a stage without the capability, or while the review has a lead reviewer.
     */
    public LeadReviewerView appoint(String reviewId, AppointmentForm form) {
        Caller caller = access.requireOn(reviewId, ReviewAct.APPOINT_LEAD_REVIEWER, AuditAction.CREATE, RECORD_TYPE,
                reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.CREATE, RECORD_TYPE);
        review.requireOpen();
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.atZoneSameInstant(DeadlineCalculator.UK).toLocalDate();
        LeadReviewerAppointment appointment = LeadReviewerAppointment.appoint(review.id(),
                new LeadReviewerAppointment.Candidate(form.getUsername(), form.getPersonName(), form.getOrganisation(),
                        form.getCriteriaConfirmed(), form.isIndependent(), form.getConflicts(),
                        form.isPolicyConfirmed(), form.getContractSignedOn(), form.getContractFileName(),
                        form.contractContent()),
                lists.stored(PartnershipList.LEAD_REVIEWER_SPECIFICATION), caller.username(), now,
                today);
        assignment.give(review.id(), appointment.username(), appointment.personName(), appointment.conflicts(),
                caller.username(), now);
        practiceReviews.add(appointment);
        engine.worked(review.id(), Capability.LEAD_REVIEWER, APPOINTED, now.atZoneSameInstant(DeadlineCalculator.UK));
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, appointment.id(), appointment.personName() + " ("
                + appointment.organisation() + ") appointed lead reviewer of " + review.reference() + "; "
                + appointment.criteriaMet().size() + " points of the specification confirmed, independence declared,"
                + " policy confirmed, contract signed on " + appointment.contractSignedOn() + " ("
                + appointment.contractFileName() + ")");
        return view(appointment);
    }

    /** The signed contract, for the Virtual Panel and the business manager only. */
    public ExportedFile contract(String reviewId) {
        access.requireOn(reviewId, ReviewAct.APPOINT_LEAD_REVIEWER, AuditAction.VIEW, RECORD_TYPE, reviewId);
        work.review(reviewId, AuditAction.VIEW, RECORD_TYPE);
        LeadReviewerAppointment appointment = practiceReviews.leadReviewerOf(reviewId)
                .orElseThrow(() -> audit.notFound(AuditAction.VIEW, RECORD_TYPE, reviewId));
        audit.allowed(AuditAction.VIEW, RECORD_TYPE, appointment.id(), "contract of " + appointment.personName()
                + " downloaded");
        String name = appointment.contractFileName();
        String type = name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? "application/pdf"
                : "application/octet-stream";
        return new ExportedFile(name, type, appointment.contractContent());
    }


    private static LeadReviewerView view(LeadReviewerAppointment a) {
        return new LeadReviewerView(a.personName(), a.username(), a.organisation(), a.criteriaMet(),
                a.independenceDeclared(), a.conflicts(), a.policyConfirmed(), a.contractSignedOn(),
                a.contractFileName(), a.contractSize(), a.appointedBy(), a.appointedAt());
    }
}

package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.safeguarding.reviews.agencies.application.AgencyLookup;
import uk.safeguarding.reviews.agencies.application.AgencyView;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.practicereview.domain.PracticeReviewRepository;
import uk.safeguarding.reviews.practicereview.domain.ReportSignOff;
import uk.safeguarding.reviews.practicereview.domain.ReportVersion;
import uk.safeguarding.reviews.review.application.ReviewAccess;
import uk.safeguarding.reviews.review.application.ReviewEngine;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.review.domain.ReviewAct;
import uk.safeguarding.reviews.review.domain.kind.Capability;
import uk.safeguarding.reviews.tenancy.api.TenantContext;
import uk.safeguarding.reviews.thresholds.application.ThresholdsService;

/**
 * §8.3: "The Review Group will ... agree the final version for sign off by the three statutory
 * partners." Where the review's stage has the {@code partner-sign-off} capability, the agreed version
 * completes the review only once each of the partnership's statutory partners signed it off, each
 * through its representative (a statutory-partner user who is a contact of an agency standing for
 * it). A partner that declines gives its reason, and the decline goes to the Safeguarding Executive
 * as §7.12's disagreements do (a product choice): it signs off for the partnership, or returns the
 * report to the review group for a new version.
 */
@ApplicationScoped
@Transactional
public class PartnerSignOffs {

    static final String RECORD_TYPE = "report-sign-off";

    @Inject
    private ReviewAccess access;

    @Inject
    private ReviewWork work;

    @Inject
    private ReviewEngine engine;

    @Inject
    private PracticeReviewRepository practiceReviews;

    @Inject
    private ThresholdsService thresholds;

    @Inject
    private AgencyLookup agencies;

    @Inject
    private ReportAgreement agreement;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The partners' answers on the agreed report, for whoever may see the review. */
    public SignOffView of(String reviewId) {
        access.requireOn(reviewId, ReviewAct.SEE, AuditAction.VIEW, RECORD_TYPE, reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.VIEW, RECORD_TYPE);
        return view(review, TenantContext.caller());
    }

    /**
     * A partner's answer on the version in force, by its representative: signed off, or declined with
     * the reason. The last partner's sign-off makes it the review's agreed report, meeting its clock
     * on that day; a decline waits for the Safeguarding Executive.
     */
    public SignOffView answer(String reviewId, SignOffForm form) {
        Caller caller = access.requireOn(reviewId, ReviewAct.SIGN_OFF_REPORT, AuditAction.CREATE, RECORD_TYPE,
                reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.CREATE, RECORD_TYPE);
        review.requireOpen();
        ReportVersion agreed = inForce(review);
        List<String> partners = partnersOf(review);
        List<String> theirs = represented(caller, partners);
        String partner = form.getPartner() == null && theirs.size() == 1 ? theirs.get(0) : form.getPartner();
        if (partner != null && partners.contains(partner) && !theirs.contains(partner)) {
            throw audit.notFound(AuditAction.CREATE, RECORD_TYPE, reviewId);
        }
        List<ReportSignOff> existing = practiceReviews.signOffsOf(review.id());
        OffsetDateTime now = OffsetDateTime.now(clock);
        ReportSignOff signOff = ReportSignOff.answer(agreed, partner, theirs, existing, form.getAnswer(),
                form.getReason(), caller.username(), caller.displayName(), now);
        practiceReviews.add(signOff);
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, review.id(), "version " + agreed.version() + " of the report of "
                + review.reference() + (signOff.signedOff() ? " signed off for " : " declined for ") + partner + " by "
                + caller.displayName() + (signOff.reason() == null ? "" : ": " + signOff.reason()
                        + "; escalated to the Safeguarding Executive (\u00a77.12)"));
        completeIfSignedOff(review, agreed, caller);
        return view(review, caller);
    }

    /**
     * §7.12: the Safeguarding Executive's decision on a declined sign-off: it signs off for the
     * partnership (which may complete the report), or returns the report to the review group, whose
     * next version is agreed and signed off in its place.
     */
    public SignOffView decide(String reviewId, String signOffId, SignOffForm form) {
        Caller caller = access.requireOn(reviewId, ReviewAct.DECIDE_AS_EXECUTIVE, AuditAction.UPDATE, RECORD_TYPE,
                reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.UPDATE, RECORD_TYPE);
        review.requireOpen();
        ReportSignOff declined = practiceReviews.signOff(signOffId).filter(s -> s.reviewId().equals(review.id()))
                .orElseThrow(() -> audit.notFound(AuditAction.UPDATE, RECORD_TYPE, signOffId));
        ReportVersion agreed = inForce(review);
        if (!declined.versionId().equals(agreed.id())) {
            throw RefusedException.because("practicereview.partner-sign-offs.answer-was-version-which-no",
                    declined.version());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        declined.decide(form.getDecision(), form.getExecutiveReason(), caller.username(), now);
        if (declined.executiveDecision() == ReportSignOff.ExecutiveDecision.RETURN_TO_THE_REVIEW_GROUP) {
            agreed.returnToReviewGroup(declined.executiveReason(), caller.username(), work.today());
        }
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), "the Safeguarding Executive decided on "
                + declined.partner() + "'s declined sign-off of version " + agreed.version() + " of the report of "
                + review.reference() + ": " + (declined.signedOff() ? "signed off for the partnership"
                        : "returned to the review group") + ", " + declined.executiveReason());
        completeIfSignedOff(review, agreed, caller);
        return view(review, caller);
    }

    /** Whether the review's stage asks the statutory partners to sign its report off. */
    boolean required(ReviewSummary review) {
        return engine.stageAllows(review.id(), Capability.PARTNER_SIGN_OFF);
    }

    /** The agreed version now waits for the partners: the engine is told nothing until they have all signed. */
    void ask(ReviewSummary review, ReportVersion agreed) {
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, review.id(), "version " + agreed.version() + " of the report of "
                + review.reference() + " waits for sign-off by " + String.join(", ", partnersOf(review)));
    }

    private void completeIfSignedOff(ReviewSummary review, ReportVersion agreed, Caller caller) {
        if (!agreed.isFinal()) {
            return;
        }
        List<ReportSignOff> answers = practiceReviews.signOffsOf(review.id());
        if (!ReportSignOff.stillToSignOff(agreed, partnersOf(review), answers).isEmpty()) {
            return;
        }
        LocalDate lastSignedOff = answers.stream().filter(s -> s.versionId().equals(agreed.id()))
                .map(ReportSignOff::signedOffAt).max(OffsetDateTime::compareTo).orElseThrow()
                .atZoneSameInstant(DeadlineCalculator.UK).toLocalDate();
        agreement.recordWritten(review, agreed, caller, lastSignedOff);
    }

    private ReportVersion inForce(ReviewSummary review) {
        return practiceReviews.reportVersionsOf(review.id()).stream().filter(ReportVersion::isFinal).findFirst()
                .orElseThrow(() ->
                        RefusedException.because("practicereview.partner-sign-offs.no-version-report-agreed-waiting", review.reference()));
    }

    /** The partnership's statutory partners as the review's thresholds name them (§7.12: three). */
    List<String> partnersOf(ReviewSummary review) {
        return thresholds.statutoryPartners(review.thresholdVersion());
    }

    /** The partners among {@code partners} that {@code caller} represents. */
    List<String> represented(Caller caller, List<String> partners) {
        if (!caller.hasRole(Role.STATUTORY_PARTNER)) {
            return List.of();
        }
        return agencies.ofContact(caller.username()).stream().map(AgencyView::statutoryPartner)
                .filter(p -> p != null && partners.contains(p)).distinct().toList();
    }

    private SignOffView view(ReviewSummary review, Caller caller) {
        List<ReportVersion> versions = practiceReviews.reportVersionsOf(review.id());
        Optional<ReportVersion> inForce = versions.stream().filter(ReportVersion::isFinal).findFirst();
        List<ReportSignOff> answers = practiceReviews.signOffsOf(review.id());
        // Asked at the review's stage now, or asked before it moved on: the answers stay on show.
        boolean required = required(review) || !answers.isEmpty();
        List<String> partners = partnersOf(review);
        List<SignOffView.Line> lines = new ArrayList<>();
        List<String> mayAnswerFor = new ArrayList<>();
        List<SignOffView.Line> mayDecide = new ArrayList<>();
        boolean open = review.handedOverTo() == null && practiceReviews.reportOf(review.id()).isEmpty();
        if (inForce.isPresent()) {
            ReportVersion agreed = inForce.get();
            List<String> theirs = open ? represented(caller, partners) : List.of();
            boolean executive = open && caller.hasRole(Role.EXECUTIVE);
            for (String partner : partners) {
                Optional<ReportSignOff> answer = answers.stream().filter(s -> s.versionId().equals(agreed.id())
                        && s.partner().equals(partner)).findFirst();
                SignOffView.Line line = answer.map(PartnerSignOffs::line).orElseGet(() -> new SignOffView.Line(null,
                        partner, agreed.version(), null, null, null, null, null, null));
                lines.add(line);
                if (answer.isEmpty() && theirs.contains(partner)) {
                    mayAnswerFor.add(partner);
                }
                if (executive && answer.filter(ReportSignOff::awaitingExecutive).isPresent()) {
                    mayDecide.add(line);
                }
            }
        }
        List<SignOffView.Line> earlier = answers.stream().filter(s -> inForce.map(v -> !v.id().equals(s.versionId()))
                .orElse(true)).map(PartnerSignOffs::line).toList();
        return new SignOffView(required, inForce.map(ReportVersion::version).orElse(null), lines, mayAnswerFor,
                mayDecide, earlier);
    }

    private static SignOffView.Line line(ReportSignOff s) {
        return new SignOffView.Line(s.id(), s.partner(), s.version(), s.answer().name(), s.answeredByName(),
                s.answeredOn(DeadlineCalculator.UK), s.reason(), s.executiveDecision() == null ? null
                        : s.executiveDecision().name(), s.executiveReason());
    }
}

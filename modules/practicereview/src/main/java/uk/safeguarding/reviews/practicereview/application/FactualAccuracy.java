package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safeguarding.reviews.agencies.application.AgencyLookup;
import uk.safeguarding.reviews.agencies.application.AgencyView;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.clocks.domain.ClockOwner;
import uk.safeguarding.reviews.clocks.domain.ClockSubject;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.PlainDates;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.kernel.mail.OutboxMessage;
import uk.safeguarding.reviews.kernel.mail.Outbox;
import uk.safeguarding.reviews.kernel.mail.OutgoingMail;
import uk.safeguarding.reviews.practicereview.domain.AccuracyComment;
import uk.safeguarding.reviews.practicereview.domain.AccuracyRequest;
import uk.safeguarding.reviews.practicereview.domain.PracticeReviewRepository;
import uk.safeguarding.reviews.practicereview.domain.ReportSection;
import uk.safeguarding.reviews.practicereview.domain.ReportVersion;
import uk.safeguarding.reviews.practicereview.domain.SmartRecommendation;
import uk.safeguarding.reviews.review.application.ReviewAccess;
import uk.safeguarding.reviews.review.application.ReviewEngine;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.review.domain.ReviewAct;
import uk.safeguarding.reviews.review.domain.kind.Capability;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/**
 * §8.3: "The draft report should be sent to contributing agencies inviting comments on the factual
 * accuracy. It is important to note that agencies are not being asked to agree with the report or
 * findings ... Agencies have 10 working days to respond. The Review Group will consider all comments
 * and agree the final version." The business unit sends the latest version to the agencies it
 * chooses; each agency's contacts get the letter and answer from their agency tasks, each within the
 * partnership's factual-accuracy clock (reminders and chasers from the engine); the review group's
 * disposal of each comment is recorded on the report's page.
 */
@ApplicationScoped
@Transactional
public class FactualAccuracy {

    static final String RECORD_TYPE = "accuracy-request";

    /** The clock rule each agency's answer runs against (§8.3: 10 working days, the partnership's setting). */
    static final String ACCURACY_CLOCK = "factual-accuracy";

    /** What the capability reports to the engine when a version goes to the agencies. */
    static final String CIRCULATED = "report-circulated";

    @Inject
    private ReviewAccess access;

    @Inject
    private ReviewWork work;

    @Inject
    private ReviewEngine engine;

    @Inject
    private PracticeReviewRepository practiceReviews;

    @Inject
    private AgencyLookup agencies;

    @Inject
    private ClockService clocks;

    @Inject
    private Outbox outbox;

    @Inject
    private RoleGate roles;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The round as the report's page shows it, for whoever may see the review. */
    public AccuracyView of(String reviewId) {
        access.requireOn(reviewId, ReviewAct.SEE, AuditAction.VIEW, RECORD_TYPE, reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.VIEW, RECORD_TYPE);
        return view(review);
    }

    /**
     * Sends the latest version to each chosen agency: the letter to its contacts, its own clock
     * started. Refused with no agency chosen, an agency with no one to send it to, or one already
     * asked about this version; refused at a stage without the report, or once a version is agreed.
     */
    public AccuracyView circulate(String reviewId, List<String> agencyIds) {
        Caller caller = access.requireOn(reviewId, ReviewAct.RUN, AuditAction.CREATE, RECORD_TYPE, reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.CREATE, RECORD_TYPE);
        review.requireOpen();
        ReportVersion latest = practiceReviews.reportVersionsOf(review.id()).stream().findFirst().orElseThrow(
                () -> RefusedException.because("practicereview.factual-accuracy.save-version-report-before-sending"));
        if (agencyIds == null || agencyIds.isEmpty()) {
            throw InvalidFieldException.refused("agencies",
                    "practicereview.factual-accuracy.choose-agencies-contributed-review-each");
        }
        Set<String> askedAlready = practiceReviews.accuracyRequestsOf(review.id()).stream()
                .filter(r -> r.versionId().equals(latest.id())).map(AccuracyRequest::agencyId)
                .collect(Collectors.toSet());
        List<AgencyView> chosen = new ArrayList<>();
        for (String agencyId : agencyIds) {
            AgencyView agency = agencies.find(agencyId).orElseThrow(() -> InvalidFieldException.refused("agencies",
                    "practicereview.factual-accuracy.one-agencies-chosen-no-longer"));
            if (agency.contacts().isEmpty()) {
                throw InvalidFieldException.refused("agencies",
                        "practicereview.factual-accuracy.has-no-contact-send-report", agency.name());
            }
            if (askedAlready.contains(agency.id())) {
                throw InvalidFieldException.refused("agencies",
                        "practicereview.factual-accuracy.was-sent-version-already", agency.name(), latest.version());
            }
            chosen.add(agency);
        }
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(DeadlineCalculator.UK));
        engine.worked(review.id(), Capability.LEARNING_REPORT, CIRCULATED, now);
        for (AgencyView agency : chosen) {
            AgencyView.Contact first = agency.contacts().get(0);
            LocalDate dueOn = clocks.dueBy(ACCURACY_CLOCK, now).withZoneSameInstant(DeadlineCalculator.UK)
                    .toLocalDate();
            AccuracyRequest request = AccuracyRequest.send(latest, review.reference(), agency.id(), agency.name(),
                    dueOn, caller.username(), now.toOffsetDateTime());
            practiceReviews.add(request);
            clocks.start(subject(request), new ClockOwner(agency.name(), first.email()), ACCURACY_CLOCK, now);
            for (AgencyView.Contact contact : agency.contacts()) {
                outbox.write(new OutgoingMail(contact.email(), "Check the draft report of " + review.reference()
                        + " for factual accuracy", letter(review, agency.name(), latest.version(), request)));
            }
            audit.allowed(AuditAction.CREATE, RECORD_TYPE, review.id(), "version " + latest.version() + " of the"
                    + " report of " + review.reference() + " sent to " + agency.name() + " for factual accuracy,"
                    + " answer due " + request.dueOn());
        }
        return view(review);
    }

    /** The review group dealt with a comment: accepted, or not with the reason, refused beside the field. */
    public AccuracyView dispose(String reviewId, String commentId, AccuracyComment.Disposal how, String reason) {
        Caller caller = access.requireOn(reviewId, ReviewAct.RUN, AuditAction.UPDATE, RECORD_TYPE, reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.UPDATE, RECORD_TYPE);
        review.requireOpen();
        AccuracyComment comment = practiceReviews.accuracyComment(commentId).filter(c -> c.reviewId().equals(review.id()))
                .orElseThrow(() -> audit.notFound(AuditAction.UPDATE, RECORD_TYPE, commentId));
        comment.dispose(how, reason, caller.username(), OffsetDateTime.now(clock));
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), "comment of " + comment.agencyName() + " on "
                + comment.anchorLabel() + " (version " + comment.version() + ") " + (how == AccuracyComment.Disposal
                        .ACCEPTED ? "accepted" : "not accepted: " + comment.disposalReason()));
        return view(review);
    }

    /** The draft reports waiting for the signed-in agency contact's agencies, the latest first. */
    public List<AccuracyTask> forMe(int limit) {
        Caller caller = roles.require(AuditAction.LIST, RECORD_TYPE, null, Role.AGENCY_CONTRIBUTOR);
        List<String> mine = List.copyOf(agencies.idsOfContact(caller.username()));
        return practiceReviews.accuracyRequestsTo(mine, limit).stream().map(r -> task(r, false)).toList();
    }

    /** One request as its agency's contact reads it: the version's text and their comments; not found for anyone else. */
    public AccuracyTask task(String requestId) {
        AccuracyRequest request = mine(requestId, AuditAction.VIEW);
        audit.allowed(AuditAction.VIEW, RECORD_TYPE, request.reviewId(), request.agencyName() + " read version "
                + request.version() + " of the report of " + request.reviewReference());
        return task(request, true);
    }

    /**
     * The agency's answer, once: its comments, each anchored to a part of the report, or none. It
     * meets the agency's clock; the business unit is told.
     */
    public AccuracyTask respond(String requestId, AccuracyResponseForm form) {
        AccuracyRequest request = mine(requestId, AuditAction.UPDATE);
        Caller caller = TenantContext.caller();
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(DeadlineCalculator.UK));
        List<AccuracyComment> comments = request.respond(form.lines(), form.isNoComments(), caller.username(),
                now.toOffsetDateTime());
        comments.forEach(practiceReviews::add);
        clocks.meet(subject(request), ACCURACY_CLOCK, now);
        Optional.ofNullable(clocks.businessUnit().email()).ifPresent(mailbox -> outbox.write(new OutgoingMail(mailbox,
                request.agencyName() + " answered on the accuracy of " + request.reviewReference(),
                request.agencyName() + " answered on the factual accuracy of version " + request.version()
                        + " of the report of " + request.reviewReference() + ": " + (comments.isEmpty() ? "no comments"
                                : comments.size() + " comment" + (comments.size() == 1 ? "" : "s")
                                        + " for the review group to consider (\u00a78.3)") + ".")));
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, request.reviewId(), request.agencyName() + " answered on"
                + " version " + request.version() + " of the report of " + request.reviewReference() + ": "
                + comments.size() + " comments");
        return task(request, true);
    }

    /** What stops the review group agreeing the report, if anything (the round's own rules). */
    Optional<RefusedException> outstanding(ReviewSummary review) {
        return AccuracyRequest.outstanding(practiceReviews.accuracyRequestsOf(review.id()),
                practiceReviews.accuracyCommentsOf(review.id()), work.today());
    }

    /** The caller's agency's request, or not found (audited) for anyone who is not one of its contacts. */
    private AccuracyRequest mine(String requestId, AuditAction action) {
        Caller caller = roles.require(action, RECORD_TYPE, requestId, Role.AGENCY_CONTRIBUTOR);
        Set<String> mine = agencies.idsOfContact(caller.username());
        return practiceReviews.accuracyRequest(requestId).filter(r -> mine.contains(r.agencyId()))
                .orElseThrow(() -> audit.notFound(action, RECORD_TYPE, requestId));
    }

    /** Where an agency's contacts answer a request, with the outbox's placeholder for the product's address. */
    static String taskLink(String requestId) {
        return OutboxMessage.APP + "/app/agency/accuracy.xhtml?id=" + requestId;
    }

    static ClockSubject subject(AccuracyRequest request) {
        return new ClockSubject(AccuracyRequest.CLOCK_SUBJECT_TYPE, request.id(), request.reviewReference()
                + " factual accuracy: " + request.agencyName());
    }

    private static String letter(ReviewSummary review, String agencyName, int version, AccuracyRequest request) {
        return TenantContext.tenant().displayName() + " asks " + agencyName + " to check the draft report of "
                + review.reference() + " (version " + version + ") for factual accuracy.\n\n"
                + "You are not being asked to agree with the report or its findings, but to make sure that it is"
                + " factually accurate, that it can be understood and that its recommendations are clear"
                + " (\u00a78.3 of the practice review policy).\n\n"
                + "Please answer by " + PlainDates.day(request.dueOn()) + ": comment on any part of the report, or"
                + " say you have no comments, at " + taskLink(request.id())
                + "\n\nThe review group will consider every comment and tell you how it dealt with each.";
    }

    private AccuracyView view(ReviewSummary review) {
        LocalDate today = work.today();
        List<AccuracyRequest> requests = practiceReviews.accuracyRequestsOf(review.id());
        List<AccuracyComment> comments = practiceReviews.accuracyCommentsOf(review.id());
        List<ReportVersion> versions = practiceReviews.reportVersionsOf(review.id());
        boolean open = review.handedOverTo() == null && versions.stream().noneMatch(ReportVersion::isFinal);
        boolean mayRun = open && access.mayOn(review.id(), ReviewAct.RUN);
        List<AccuracyView.AgencyOption> options = mayRun ? agencies.all().stream()
                .filter(a -> !a.contacts().isEmpty()).map(a -> new AccuracyView.AgencyOption(a.id(), a.name()))
                .toList() : List.of();
        return new AccuracyView(requests.stream().map(r -> requestLine(r, today)).toList(),
                comments.stream().map(FactualAccuracy::commentLine).toList(), options,
                mayRun && !versions.isEmpty(), mayRun,
                AccuracyRequest.outstanding(requests, comments, today).map(RefusedException::getMessage).orElse(null));
    }

    private static AccuracyView.RequestLine requestLine(AccuracyRequest r, LocalDate today) {
        AccuracyView.Status status = r.responded() ? AccuracyView.Status.RESPONDED
                : r.overdue(today) ? AccuracyView.Status.OVERDUE : AccuracyView.Status.WAITING;
        return new AccuracyView.RequestLine(r.id(), r.agencyName(), r.version(), day(r.sentAt()), r.dueOn(), status,
                r.respondedAt() == null ? null : day(r.respondedAt()), r.commentCount());
    }

    static AccuracyView.CommentLine commentLine(AccuracyComment c) {
        return new AccuracyView.CommentLine(c.id(), c.agencyName(), c.version(), c.anchorLabel(), c.text(),
                day(c.madeAt()), c.disposal() == null ? null : c.disposal().name(), c.disposalReason(),
                c.disposedBy());
    }

    private AccuracyTask task(AccuracyRequest request, boolean withText) {
        List<AccuracyTask.Part> parts = new ArrayList<>();
        if (withText) {
            ReportVersion version = practiceReviews.reportVersionsOf(request.reviewId()).stream()
                    .filter(v -> v.id().equals(request.versionId())).findFirst().orElseThrow();
            Map<ReportSection, String> sections = version.sections();
            parts.add(new AccuracyTask.Part(ReportSection.SUMMARY_ANCHOR, "Executive summary",
                    version.executiveSummary()));
            for (ReportSection section : ReportSection.values()) {
                parts.add(new AccuracyTask.Part(section.key(), section.heading(), sections.getOrDefault(section, "")));
            }
            List<String> recommendations = new ArrayList<>();
            List<SmartRecommendation> smart = version.recommendations();
            for (int i = 0; i < smart.size(); i++) {
                SmartRecommendation r = smart.get(i);
                recommendations.add((i + 1) + ". " + r.action() + " (" + r.agency() + ", by "
                        + PlainDates.day(r.dueBy()) + "). How we will know: " + r.measure());
            }
            parts.add(new AccuracyTask.Part(ReportSection.RECOMMENDATIONS_ANCHOR, "Recommendations",
                    String.join("\n", recommendations)));
        }
        List<AccuracyView.CommentLine> comments = withText ? practiceReviews.accuracyCommentsOf(request.reviewId())
                .stream().filter(c -> c.requestId().equals(request.id())).map(FactualAccuracy::commentLine).toList()
                : List.of();
        return new AccuracyTask(request.id(), request.reviewReference(), request.agencyName(), request.version(),
                request.dueOn(), request.respondedAt() == null ? null : day(request.respondedAt()), parts, comments);
    }

    private static LocalDate day(OffsetDateTime at) {
        return at.atZoneSameInstant(DeadlineCalculator.UK).toLocalDate();
    }
}

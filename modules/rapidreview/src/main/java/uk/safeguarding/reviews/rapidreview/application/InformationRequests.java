package uk.safeguarding.reviews.rapidreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safeguarding.reviews.agencies.application.AgencyLookup;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.clocks.application.ClockLine;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.clocks.domain.ClockOwner;
import uk.safeguarding.reviews.clocks.domain.ClockSubject;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Forms;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.kernel.mail.Outbox;
import uk.safeguarding.reviews.kernel.mail.OutboxMessage;
import uk.safeguarding.reviews.kernel.mail.OutgoingMail;
import uk.safeguarding.reviews.rapidreview.domain.CrossRequestIndex;
import uk.safeguarding.reviews.rapidreview.domain.InformationRequest;
import uk.safeguarding.reviews.rapidreview.domain.InformationRequestRepository;
import uk.safeguarding.reviews.rapidreview.domain.RapidReviewMeeting;
import uk.safeguarding.reviews.rapidreview.domain.RapidReviewMeetingRepository;
import uk.safeguarding.reviews.rapidreview.domain.RequestLetterTemplate;
import uk.safeguarding.reviews.referral.application.ReferralFacts;
import uk.safeguarding.reviews.referral.application.ReferralService;
import uk.safeguarding.reviews.review.application.ReviewService;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.review.domain.kind.Capability;
import uk.safeguarding.reviews.review.domain.ReviewAct;
import uk.safeguarding.reviews.review.application.ReviewAccess;
import uk.safeguarding.reviews.review.application.ReviewEngine;
import uk.safeguarding.reviews.review.domain.Review;
import uk.safeguarding.reviews.tenancy.api.TenantContext;
import uk.safeguarding.reviews.tenancy.api.TenantCrossing;
import uk.safeguarding.reviews.tenancy.domain.Tenant;
import uk.safeguarding.reviews.tenancy.domain.TenantRegistry;

/**
 * The business unit's side of the information requests (§7.7, §7.9, §7.10): sending them with the
 * partnership's letter and the meeting's date, following the returns, and reopening one when it
 * must change. The agencies' side is {@link AgencyReturns}.
 */
@ApplicationScoped
@Transactional
public class InformationRequests {

    static final String RECORD_TYPE = "information-request";
    static final String LETTER_RECORD_TYPE = "request-letter-template";
    static final String AGENCY_RETURN_CLOCK = "agency-responses";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm",
            Locale.UK);
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    @Inject
    private InformationRequestRepository requests;

    @Inject
    private RapidReviewMeetingRepository meetings;

    @Inject
    private AgencyLookup agencies;

    @Inject
    private AgencyDirectory directory;

    @Inject
    private RequestContacts contacts;

    @Inject
    private CrossRequestIndex crossRequests;

    @Inject
    private TenantCrossing crossing;

    @Inject
    private TenantRegistry registry;

    @Inject
    private RapidReviewMeetings meetingInvitations;

    @Inject
    private ReviewService reviews;

    @Inject
    private ReferralService referrals;

    @Inject
    private ClockService clocks;

    @Inject
    private ReviewEngine engine;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditTrail audit;

    @Inject
    private RoleGate roles;

    @Inject
    private ReviewAccess access;

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    /**
     * Sends a request to each chosen agency (its contacts receive the letter with the link to their
     * task), starts each agency's 5-working-day return clock, sets the meeting, and tells the engine
     * the requests were sent (in the Rapid Review, that meets its 2-working-day clock, §7.7). An agency already asked is refused.
     */
    public List<RequestLine> send(String reviewId, SendRequestsForm form) {
        Caller caller = access.require(ReviewAct.RUN, AuditAction.CREATE, RECORD_TYPE, reviewId);
        Forms.requireValid(validator, form);
        ReviewSummary review = reviews.view(reviewId);
        review.requireOpen();
        ReferralFacts facts = referrals.factsForReview(review.referralId());
        ZonedDateTime now = now();
        int invitedSequence = meetings.ofReview(review.id()).map(RapidReviewMeeting::invitationSequence).orElse(-1);
        Optional<OffsetDateTime> startedAt = meetings.ofReview(review.id()).map(RapidReviewMeeting::startsAt);
        RapidReviewMeeting meeting = scheduleMeeting(review, form, caller, now);
        ZonedDateTime meetingStart = meeting.startsAt().atZoneSameInstant(DeadlineCalculator.UK);

        List<Addressee> chosen = chosenAgencies(review, form, caller);
        RequestLetterTemplate template = requests.letterTemplate().orElseGet(RequestLetterTemplate::shipped);
        String here = TenantContext.tenant().slug();
        for (Addressee agency : chosen) {
            String id = InformationRequest.newId();
            ClockSubject subject = InformationRequest.clockSubject(id, review.reference(), agency.name());
            Addressee.Contact first = agency.contacts().get(0);
            ClockLine returnClock = clocks.start(subject, new ClockOwner(agency.name(), first.email()),
                    AGENCY_RETURN_CLOCK, now);
            InformationRequest.Letter letter = template.merge(mergeFields(review, facts, agency, id, returnClock,
                    meetingStart, meeting.place(), form.isSecureRecords()));
            List<String> emails = agency.contacts().stream().map(Addressee.Contact::email).toList();
            InformationRequest request;
            if (agency.isAcrossBoundary()) {
                request = InformationRequest.sendAcross(id, review.id(), review.reference(), agency.homeTenant(),
                        agency.agencyId(), agency.name(), agency.contacts().stream().map(Addressee.Contact::username)
                                .toList(), emails, letter, sharedFacts(facts), facts.earliestDateOfBirth(),
                        meetingStart.toLocalDate(), form.isSecureRecords(), caller.username(), now.toOffsetDateTime());
                crossRequests.add(new CrossRequestIndex.Entry(id, here, agency.homeTenant(), review.reference(),
                        agency.agencyId(), agency.name(), agency.contacts().stream().map(Addressee.Contact::username)
                                .toList(), now.toOffsetDateTime()));
            } else {
                request = InformationRequest.send(id, review.id(), review.reference(), agency.agencyId(), agency.name(),
                        letter, sharedFacts(facts), facts.earliestDateOfBirth(), meetingStart.toLocalDate(),
                        form.isSecureRecords(), caller.username(), now.toOffsetDateTime());
            }
            requests.add(request);
            emails.forEach(email -> outbox.write(new OutgoingMail(email, letter.subject(), letter.body())));
            audit.allowed(AuditAction.CREATE, RECORD_TYPE, id, "request for " + review.reference() + " sent to "
                    + agency.name() + (agency.isAcrossBoundary() ? " of " + agency.homeTenant() + " (across the boundary, \u00a710.2)" : "")
                    + " (" + String.join(", ", emails) + "), return due " + returnClock.dueDay()
                    + (form.isSecureRecords() ? ", records to be secured (\u00a77.9)" : ""));
        }
        engine.worked(review.id(), Capability.REQUESTS, RapidReviewCapabilities.REQUESTS_SENT, now);
        if (!chosen.isEmpty() || meeting.invitationSequence() != invitedSequence) {
            meetingInvitations.invite(review, meeting, startedAt.filter(before -> !before.isEqual(meeting.startsAt())));
        }
        return lines(review.id());
    }

    /** Every agency's request of a review, with its return clock, for the business unit and the panel. */
    public List<RequestLine> ofReview(String reviewId) {
        access.require(ReviewAct.FOLLOW_REQUESTS, AuditAction.LIST, RECORD_TYPE, reviewId);
        ReviewSummary review = reviews.view(reviewId);
        audit.allowed(AuditAction.LIST, RECORD_TYPE, null, "requests of " + review.reference());
        return lines(review.id());
    }

    /**
     * One agency's return as the review's people read it (the composite links each event back to it).
     * While it is with the agency it is shown as it stands, marked as not submitted.
     */
    public AgencyTask returnOf(String requestId) {
        Optional<InformationRequest> found = requests.find(requestId == null ? "" : requestId.strip());
        access.requireOn(found.map(InformationRequest::reviewId).orElse(null), ReviewAct.SEE, AuditAction.VIEW,
                RECORD_TYPE, requestId);
        InformationRequest request = found.orElseThrow(() -> audit.notFound(AuditAction.VIEW, RECORD_TYPE, requestId));
        audit.allowed(AuditAction.VIEW, RECORD_TYPE, request.id(), "return of " + request.agencyName() + " read");
        return AgencyTask.of(request, line(request).returnDueBy());
    }

    /**
     * Moves the meeting, changes its length or its place, without asking anyone new (issue 15): the
     * invitees are sent the updated invitation, saying from when to when if it moved (§7.10). A meeting
     * already held no longer changes; one not yet set is set with the first requests.
     */
    public MeetingLine changeMeeting(String reviewId, MeetingForm form) {
        Caller caller = access.require(ReviewAct.RUN, AuditAction.UPDATE, RapidReviewMeetings.RECORD_TYPE, reviewId);
        Forms.requireValid(validator, form);
        ReviewSummary review = reviews.view(reviewId);
        review.requireOpen();
        RapidReviewMeeting before = meetings.ofReview(review.id()).orElseThrow(() -> InvalidFieldException.refused(
                "meetingDate", "rapidreview.information-requests.meeting-set-first-requests"));
        int invitedSequence = before.invitationSequence();
        OffsetDateTime startedAt = before.startsAt();
        RapidReviewMeeting meeting = scheduleMeeting(review, form, caller, now());
        if (meeting.invitationSequence() != invitedSequence) {
            meetingInvitations.invite(review, meeting, Optional.of(startedAt)
                    .filter(start -> !start.isEqual(meeting.startsAt())));
        }
        return MeetingLine.of(meeting);
    }

    /** The meeting of a review, if it is set. */
    public Optional<MeetingLine> meetingOf(String reviewId) {
        access.require(ReviewAct.FOLLOW_REQUESTS, AuditAction.VIEW, RECORD_TYPE, reviewId);
        ReviewSummary review = reviews.view(reviewId);
        return meetings.ofReview(review.id()).map(MeetingLine::of);
    }

    /** Reopens a submitted return so the agency can change it; the reason is kept and sent to the agency. */
    public RequestLine reopen(String requestId, String reason) {
        Caller caller = access.require(ReviewAct.RUN, AuditAction.UPDATE, RECORD_TYPE, requestId);
        InformationRequest request = requests.find(requestId == null ? "" : requestId.strip())
                .orElseThrow(() -> audit.notFound(AuditAction.UPDATE, RECORD_TYPE, requestId));
        reviews.view(request.reviewId()).requireOpen();
        request.reopen(caller.username(), reason, now().toOffsetDateTime());
        contacts.emailsOf(request).forEach(email -> outbox.write(
                new OutgoingMail(email, "Return reopened: " + request.reviewReference(),
                        "The business unit reopened " + request.agencyName() + "'s return for "
                                + request.reviewReference() + " so that it can be changed. Their reason: "
                                + reason.strip() + "\n\nChange it and submit it again: " + taskLinkOf(request)
                                + "\n")));
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, request.id(), "return of " + request.agencyName()
                + " reopened: " + reason.strip());
        return line(request);
    }

    /** The partnership's request letter (Document 10), its own wording or the shipped one. */
    public LetterTemplateView letterTemplate() {
        roles.read(AuditAction.VIEW, LETTER_RECORD_TYPE, null, "the request letter's wording", Role.BUSINESS_MANAGER);
        return LetterTemplateView.of(requests.letterTemplate().orElseGet(RequestLetterTemplate::shipped));
    }

    public LetterTemplateView saveLetterTemplate(String subject, String body) {
        Caller caller = roles.require(AuditAction.UPDATE, LETTER_RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        Optional<RequestLetterTemplate> existing = requests.letterTemplate();
        RequestLetterTemplate template;
        if (existing.isPresent()) {
            template = existing.get();
            template.rewrite(subject, body, caller.username(), now().toOffsetDateTime());
        } else {
            template = RequestLetterTemplate.write(subject, body, caller.username(), now().toOffsetDateTime());
            requests.saveLetterTemplate(template);
        }
        audit.allowed(AuditAction.UPDATE, LETTER_RECORD_TYPE, null, "request letter wording changed");
        return LetterTemplateView.of(template);
    }

    /** Where an agency's contacts find their task: the outbox fills in the product's address. */
    static String taskLink(String requestId) {
        return OutboxMessage.APP + "/safeguarding/app/agency/request.xhtml?id=" + requestId;
    }

    /** A cross-boundary request is opened from the agency's own partnership, naming the one that asked. */
    static String taskLinkAcross(String requestId) {
        return taskLink(requestId) + "&from=" + TenantContext.tenant().slug();
    }

    static String taskLinkOf(InformationRequest request) {
        return request.isAcrossBoundary() ? taskLinkAcross(request.id()) : taskLink(request.id());
    }

    private RapidReviewMeeting scheduleMeeting(ReviewSummary review, MeetingForm form, Caller caller,
            ZonedDateTime now) {
        ZonedDateTime start = ZonedDateTime.of(form.getMeetingDate(), form.getMeetingTime(), DeadlineCalculator.UK);
        Duration length = Duration.ofMinutes(form.getMeetingMinutes());
        Optional<RapidReviewMeeting> existing = meetings.ofReview(review.id());
        if (existing.isPresent()) {
            int sequence = existing.get().invitationSequence();
            existing.get().reschedule(start, length, form.getMeetingPlace(), caller.username(), now);
            if (existing.get().invitationSequence() != sequence) {
                requests.ofReview(review.id()).forEach(r -> r.meetingDateSet(start.toLocalDate()));
                audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), "meeting of " + review.reference()
                        + " moved to " + DAY_AND_TIME.format(start) + " for " + length.toMinutes() + " minutes, "
                        + existing.get().place());
            }
            return existing.get();
        }
        RapidReviewMeeting meeting = RapidReviewMeeting.schedule(review.id(), start, length, form.getMeetingPlace(),
                caller.username(), now);
        meetings.add(meeting);
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, review.id(), "meeting of " + review.reference() + " set for "
                + DAY_AND_TIME.format(start) + " for " + length.toMinutes() + " minutes, " + meeting.place());
        return meeting;
    }

    private List<Addressee> chosenAgencies(ReviewSummary review, SendRequestsForm form, Caller caller) {
        Map<String, InformationRequest> asked = requests.ofReview(review.id()).stream()
                .collect(Collectors.toMap(r -> (r.isAcrossBoundary() ? r.homeTenant() + "/" : "") + r.agencyId(), r -> r));
        List<Addressee> chosen = new ArrayList<>();
        for (String key : new LinkedHashSet<>(form.getAgencyIds())) {
            Addressee agency = key.contains("/") ? acrossTheBoundary(key, caller) : agencies.find(key).map(Addressee::of)
                    .orElseThrow(() -> InvalidFieldException.refused("agencyIds",
                            "rapidreview.information-requests.one-chosen-agencies-no-longer"));
            if (asked.containsKey(agency.key())) {
                throw InvalidFieldException.refused("agencyIds",
                        "rapidreview.information-requests.was-already-asked-untick", agency.name(),
                        DAY.format(asked.get(agency.key()).sentAt().atZoneSameInstant(DeadlineCalculator.UK)));
            }
            if (agency.contacts().isEmpty()) {
                throw InvalidFieldException.refused("agencyIds",
                        "rapidreview.information-requests.has-no-named-contact-send", agency.name(),
                        (agency.isAcrossBoundary() ? "ask its partnership to add one"
                                : "add one on the Agencies page first"));
            }
            chosen.add(agency);
        }
        return chosen;
    }

    /** "partnership/agency": an agency of another active partnership on the instance, read there (§10.2). */
    private Addressee acrossTheBoundary(String key, Caller caller) {
        String slug = key.substring(0, key.indexOf('/'));
        String agencyId = key.substring(key.indexOf('/') + 1);
        String here = TenantContext.tenant().slug();
        Tenant home = registry.findBySlug(slug).filter(Tenant::isActive).filter(t -> !t.slug().equals(here))
                .orElseThrow(() -> InvalidFieldException.refused("agencyIds",
                        "rapidreview.information-requests.one-chosen-agencies-partnerships-not"));
        return crossing.callIn(home.asActive(), asker(caller), () -> directory.toAsk(agencyId, here))
                .orElseThrow(() -> InvalidFieldException.refused("agencyIds",
                        "rapidreview.information-requests.one-chosen-agencies-no-longer-2", home.displayName()));
    }

    /**
     * The agencies of the other partnerships on the instance, to ask across the boundary (§10.2): names
     * only, read in each partnership and audited there.
     */
    public List<Addressee> askableElsewhere() {
        Caller caller = access.require(ReviewAct.RUN, AuditAction.LIST, RECORD_TYPE, null);
        String here = TenantContext.tenant().slug();
        List<Addressee> all = new ArrayList<>();
        for (Tenant other : registry.findActive()) {
            if (!other.slug().equals(here)) {
                all.addAll(crossing.callIn(other.asActive(), asker(caller), () -> directory.names(here)));
            }
        }
        return all;
    }

    /** Who is asking, as the other partnership's trail names them: nobody there, from this partnership. */
    private static Caller asker(Caller caller) {
        return new Caller(caller.username() + " (" + TenantContext.tenant().slug() + ")", caller.displayName(), Set.of());
    }

    private static Map<String, String> mergeFields(ReviewSummary review, ReferralFacts facts, Addressee agency,
            String requestId, ClockLine returnClock, ZonedDateTime meetingStart, String place, boolean secure) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("partnership", TenantContext.tenant().displayName());
        values.put("agency", agency.name());
        values.put("reviewReference", review.reference());
        values.put("referralReference", review.referralReference());
        values.put("childInitials", String.join(", ", facts.childInitials()));
        values.put("facts", factsForMail(facts));
        values.put("returnDate", "the end of " + DAY.format(returnClock.dueDay()));
        values.put("taskLink", agency.isAcrossBoundary() ? taskLinkAcross(requestId) : taskLink(requestId));
        values.put("secureRecords", secure ? RequestLetterTemplate.SECURE_RECORDS_SENTENCE : "");
        values.put("meetingDate", DAY_AND_TIME.format(meetingStart) + " (" + place + ")");
        return values;
    }

    /**
     * Mail leaves the product's access control, so the letter names the child by initials only; the
     * names and dates of birth the agency needs to find its records are on the task, behind sign-in.
     */
    private static String factsForMail(ReferralFacts facts) {
        return "- the child: " + String.join(", ", facts.childInitials()) + "\n"
                + "- the incident: " + (facts.incidentDate() == null ? "date not known" : UK_DATE.format(facts.incidentDate()))
                + "\n- names, dates of birth and what happened: on your task in the product, after you sign in";
    }

    /** What the agency sees of the case (§7.7: the request "briefly outlines the referral"). */
    static String sharedFacts(ReferralFacts facts) {
        StringBuilder text = new StringBuilder();
        for (ReferralFacts.Person child : facts.children()) {
            text.append(child.role()).append(": ").append(blankAsUnknown(child.name()))
                    .append(child.dateOfBirth() == null ? "" : ", born " + UK_DATE.format(child.dateOfBirth()))
                    .append('\n');
        }
        if (facts.children().isEmpty()) {
            text.append("Child: ").append(String.join(", ", facts.childInitials())).append('\n');
        }
        for (ReferralFacts.Person adult : facts.adults()) {
            text.append(adult.role()).append(": ").append(blankAsUnknown(adult.name())).append('\n');
        }
        text.append("Date of the incident: ")
                .append(facts.incidentDate() == null ? "not known" : UK_DATE.format(facts.incidentDate())).append('\n');
        text.append("What happened: ").append(blankAsUnknown(facts.whatHappened())).append('\n');
        return text.toString();
    }

    private static String blankAsUnknown(String text) {
        return text == null || text.isBlank() ? "not known" : text.strip();
    }

    private List<RequestLine> lines(String reviewId) {
        return requests.ofReview(reviewId).stream().map(this::line).toList();
    }

    /** An agency's 5-working-day return clock (§7.7), started when its request went out. */
    static Optional<ClockLine> returnClock(ClockService clocks, InformationRequest request) {
        return ClockLine.ofRule(clocks.ofSubject(InformationRequest.CLOCK_SUBJECT_TYPE, request.id()),
                AGENCY_RETURN_CLOCK);
    }

    private RequestLine line(InformationRequest request) {
        Optional<ClockLine> returnClock = returnClock(clocks, request);
        return RequestLine.of(request, returnClock.map(ClockLine::dueBy).orElse(null),
                returnClock.map(ClockLine::status).orElse(null));
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock).withZoneSameInstant(DeadlineCalculator.UK);
    }
}

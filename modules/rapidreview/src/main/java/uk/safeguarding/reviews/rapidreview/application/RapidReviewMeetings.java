package uk.safeguarding.reviews.rapidreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import uk.safeguarding.reviews.agencies.application.AgencyView;
import uk.safeguarding.reviews.agencies.application.AgencyLookup;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.kernel.Texts;
import uk.safeguarding.reviews.kernel.mail.Outbox;
import uk.safeguarding.reviews.kernel.mail.OutboxMessage;
import uk.safeguarding.reviews.kernel.mail.OutgoingMail;
import uk.safeguarding.reviews.rapidreview.domain.Attendee;
import uk.safeguarding.reviews.rapidreview.domain.CaseDiscussionNotes;
import uk.safeguarding.reviews.rapidreview.domain.Endorsement;
import uk.safeguarding.reviews.rapidreview.domain.Escalation;
import uk.safeguarding.reviews.rapidreview.domain.InformationRequest;
import uk.safeguarding.reviews.rapidreview.domain.InformationRequestRepository;
import uk.safeguarding.reviews.rapidreview.domain.MeetingInvitation;
import uk.safeguarding.reviews.rapidreview.domain.PendingInformation;
import uk.safeguarding.reviews.rapidreview.domain.RapidReviewMeeting;
import uk.safeguarding.reviews.rapidreview.domain.RapidReviewMeetingRepository;
import uk.safeguarding.reviews.rapidreview.domain.Recommendation;
import uk.safeguarding.reviews.referral.application.ReferralFacts;
import uk.safeguarding.reviews.referral.application.ReferralService;
import uk.safeguarding.reviews.review.application.ReviewLookup;
import uk.safeguarding.reviews.review.application.ReviewService;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.review.domain.kind.Capability;
import uk.safeguarding.reviews.review.domain.ReviewAct;
import uk.safeguarding.reviews.review.domain.ReviewPart;
import uk.safeguarding.reviews.review.application.ReviewAccess;
import uk.safeguarding.reviews.review.application.ReviewEngine;
import uk.safeguarding.reviews.tenancy.api.TenantContext;
import uk.safeguarding.reviews.thresholds.application.ThresholdsService;

/**
 * The Rapid Review meeting and its outcome (§7.10-7.13): invitations with an iCalendar file, the
 * papers at least 24 hours before, attendance and quorum, the Case Discussion Tool notes, safety
 * actions and pending information, the recommendation and its endorsement with escalation, and the
 * report to the National Panel with its response and the outcome letters. Every step is audited.
 */
@ApplicationScoped
@Transactional
public class RapidReviewMeetings {

    static final String RECORD_TYPE = "rapid-review-meeting";
    static final String PAPERS_CLOCK = "meeting-papers";
    static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm",
            Locale.UK);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    @Inject
    private RapidReviewMeetingRepository meetings;

    @Inject
    private uk.safeguarding.reviews.tenancy.api.PartnershipAddresses addresses;

    @Inject
    private ReviewLookup lookup;

    @Inject
    private InformationRequestRepository requests;

    @Inject
    private AgencyLookup agencies;

    @Inject
    private ReviewService reviews;

    @Inject
    private ReferralService referrals;

    @Inject
    private ThresholdsService thresholds;

    @Inject
    private ClockService clocks;

    @Inject
    private ReviewEngine engine;

    @Inject
    private Endorsers endorsers;

    @Inject
    private Outbox outbox;

    @Inject
    private RequestContacts contacts;

    @Inject
    private AuditTrail audit;

    @Inject
    private ReviewAccess access;

    @Inject
    private Clock clock;

    /** Whether the signed-in person completes this review's meeting report (§7.12: its chair, or the business unit). */
    public boolean mayCompleteTheReport(String reviewId) {
        return access.mayOn(reviewId, ReviewAct.COMPLETE_MEETING_REPORT);
    }

    public MeetingView view(String reviewId) {
        Caller caller = access.requireOn(reviewId, ReviewAct.SEE, AuditAction.VIEW, RECORD_TYPE, reviewId);
        ReviewSummary review = reviews.view(reviewId);
        RapidReviewMeeting meeting = meeting(review, AuditAction.VIEW);
        audit.allowed(AuditAction.VIEW, RECORD_TYPE, review.id(), null);
        return view(review, meeting, caller);
    }

    /**
     * §7.10: invitations go to the attendees with an iCalendar file (see {@link #invitees}). Sent again,
     * as an update, when the meeting moves, saying from when to when (issue 15).
     */
    void invite(ReviewSummary review, RapidReviewMeeting meeting, Optional<OffsetDateTime> movedFrom) {
        Set<String> invitees = invitees(review);
        String organiser = clocks.businessUnit().email();
        String partnership = TenantContext.tenant().displayName();
        ZonedDateTime start = meeting.startsAt().atZoneSameInstant(DeadlineCalculator.UK);
        String when = DAY_AND_TIME.format(start) + " until "
                + HOUR.format(meeting.endsAt().atZoneSameInstant(DeadlineCalculator.UK));
        byte[] ics = MeetingInvitation.ics(review.id() + "@" + TenantContext.tenant().slug() + ".rapid-review",
                meeting.invitationSequence(), meeting.startsAt().toInstant(), meeting.length(),
                "Rapid Review meeting " + review.reference(), meeting.place(), partnership
                        + ": Rapid Review meeting for " + review.reference()
                        + ". The papers are published in the product at least 24 hours before.",
                organiser, List.copyOf(invitees), now().toInstant());
        String subject = (movedFrom.isPresent() ? "Moved: " : meeting.invitationSequence() > 0 ? "Changed: "
                : "Invitation: ") + "Rapid Review meeting " + review.reference() + ", " + DAY_AND_TIME.format(start);
        for (String invitee : invitees) {
            outbox.write(new OutgoingMail(invitee, subject, movedFrom.map(before -> "The Rapid Review meeting for "
                    + review.reference() + " has moved from " + DAY_AND_TIME.format(before.atZoneSameInstant(
                            DeadlineCalculator.UK)) + " to " + when + " (" + meeting.place() + ").")
                    .orElse((meeting.invitationSequence() > 0 ? "The Rapid Review meeting for " + review.reference()
                            + " has changed: it is on " : partnership + " invites you to the Rapid Review meeting for "
                                    + review.reference() + " on ") + when + " (" + meeting.place() + ").")
                    + " The decision makers should also keep time after it to sign off the report (\u00a77.10).\n\n"
                    + "The calendar entry is attached. The papers follow at least 24 hours before the meeting.\n",
                    new OutgoingMail.Attachment("rapid-review-" + review.reference() + ".ics",
                            "text/calendar; method=REQUEST; charset=UTF-8", ics)));
        }
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), "invitation " + meeting.invitationSequence()
                + " sent to " + invitees.size() + " attendees for " + DAY_AND_TIME.format(start));
    }

    /**
     * Who is invited to the meeting and sent its papers (§7.10-7.11): the contacts of each agency
     * asked for information, the decision makers §7.10 names who are on the review by name (the
     * statutory partners' representatives and the chair assigned to it, at the address the sign-in
     * service holds for them in this partnership, issue 15), the partnership's Independent Advisers
     * (§7.10's fourth decision maker, who endorses the outcome), and the Virtual Panel's mailbox.
     */
    private Set<String> invitees(ReviewSummary review) {
        Set<String> invitees = new LinkedHashSet<>();
        requests.ofReview(review.id()).forEach(request -> invitees.addAll(contacts.emailsOf(request)));
        lookup.peopleIn(review.id(), DECISION_MAKERS).forEach(person -> addresses.emailOf(person)
                .ifPresent(invitees::add));
        // §7.10 names the Independent Adviser among the decision makers: the partnership's advisers are invited.
        invitees.addAll(addresses.holdersOf(Role.INDEPENDENT_ADVISER.claimName()));
        clocks.panelMailbox().ifPresent(invitees::add);
        return invitees;
    }

    private static final Set<ReviewPart> DECISION_MAKERS = java.util.EnumSet.of(ReviewPart.PARTNER_REPRESENTATIVE,
            ReviewPart.CHAIR);

    /**
     * §7.11: the papers (referral, agency summaries, composite chronology) go to the attendees; late
     * publication is allowed but recorded, and the business unit is warned.
     */
    public MeetingView publishPapers(String reviewId) {
        return change(reviewId, (caller, review, meeting) -> {
            boolean late = meeting.publishPapers(caller.username(), now().toOffsetDateTime(), papersDueBy(meeting));
            Set<String> invitees = invitees(review);
            String link = OutboxMessage.APP + "/safeguarding/app/meeting/papers?review=" + review.id();
            invitees.forEach(invitee -> outbox.write(new OutgoingMail(invitee, "Papers for the Rapid Review meeting "
                    + review.reference(), "The papers for the Rapid Review meeting " + review.reference() + " on "
                            + DAY_AND_TIME.format(meeting.startsAt().atZoneSameInstant(DeadlineCalculator.UK))
                            + " are ready: the referral, the agency summaries and the composite chronology. Read them"
                            + " after signing in: " + link + "\n")));
            if (late) {
                String mailbox = clocks.businessUnit().email();
                if (mailbox != null) {
                    outbox.write(new OutgoingMail(mailbox, "Late papers: Rapid Review meeting " + review.reference(),
                            "The papers for " + review.reference() + " went out after their due time, "
                                    + papersPeriod() + " before the meeting (\u00a77.11). Allow reading"
                                    + " time at the start of the meeting.\n"));
                }
            }
            audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), "papers published to " + invitees.size()
                    + " attendees" + (late ? ", late (after their due time, " + papersPeriod() + " before, \u00a77.11)" : ""));
        });
    }

    /** §7.12: who attended, for which agency; the meeting is held from then, and the review moves on (its report clock starts). */
    public MeetingView recordAttendance(String reviewId, List<AttendeeForm> present) {
        return change(reviewId, (caller, review, meeting) -> {
            List<Attendee> attendees = new ArrayList<>();
            for (AttendeeForm form : present) {
                if (Texts.isBlank(form.getName()) && Texts.isBlank(form.getRole()) && Texts.isBlank(form.getAgencyId())) {
                    continue;
                }
                if (Texts.isBlank(form.getName())) {
                    throw InvalidFieldException.refused("attendeeName",
                            "rapidreview.rapid-review-meetings.enter-name-each-person-who");
                }
                if (Texts.isBlank(form.getRole())) {
                    throw InvalidFieldException.refused("attendeeRole",
                            "rapidreview.rapid-review-meetings.enter-role", form.getName().strip());
                }
                AgencyView agency = Texts.isBlank(form.getAgencyId()) ? null : agencies.find(form.getAgencyId()).orElseThrow(
                        () -> InvalidFieldException.refused("attendeeAgency",
                                "rapidreview.rapid-review-meetings.agency-no-longer-list"));
                attendees.add(new Attendee(form.getName(), form.getRole(), agency == null ? null : agency.name(),
                        agency == null ? null : agency.statutoryPartner(), form.getUsername()));
            }
            boolean firstTime = meeting.heldAt() == null;
            ZonedDateTime now = now();
            meeting.recordAttendance(attendees, now.toOffsetDateTime());
            if (firstTime) {
                // §7.13: the report's 2 working days run from the meeting, not from when the attendance
                // was typed in (issue 14 §4, item 2).
                engine.worked(review.id(), Capability.MEETING, RapidReviewCapabilities.MEETING_HELD,
                        meeting.startsAt().atZoneSameInstant(DeadlineCalculator.UK));
            }
            var quorum = meeting.quorum(partners(review));
            audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), attendees.size() + " attendees recorded; "
                    + (quorum.quorate() ? "quorate" : "not quorate, missing " + quorum.missingPartners()));
        });
    }

    public MeetingView writeNotes(String reviewId, CaseDiscussionNotes notes, String equalityConsideration) {
        return change(reviewId, ReviewAct.COMPLETE_MEETING_REPORT, (caller, review, meeting) -> {
            meeting.writeNotes(notes, equalityConsideration);
            audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), "Case Discussion Tool notes saved");
        });
    }

    public MeetingView addSafetyAction(String reviewId, String description, String owner, LocalDate dueOn) {
        return change(reviewId, ReviewAct.COMPLETE_MEETING_REPORT, (caller, review, meeting) -> {
            var action = meeting.addSafetyAction(description, owner, dueOn, now().toLocalDate());
            audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), "safety action " + action.actionId() + " for "
                    + action.owner() + ", due " + action.dueOn());
        });
    }

    public MeetingView completeSafetyAction(String reviewId, String actionId, String followUp) {
        return change(reviewId, (caller, review, meeting) -> {
            meeting.completeSafetyAction(actionId, caller.username(), followUp, now().toOffsetDateTime());
            audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), "safety action " + actionId + " done");
        });
    }

    public MeetingView addPendingInformation(String reviewId, PendingInformation.Kind kind, String description,
            LocalDate expectedBy) {
        return change(reviewId, ReviewAct.COMPLETE_MEETING_REPORT, (caller, review, meeting) -> {
            meeting.addPendingInformation(kind, description, expectedBy);
            audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), "pending information noted: " + kind);
        });
    }

    /** §7.12: the recommendation; an inquorate meeting cannot record one. */
    public MeetingView recordOutcome(String reviewId, Recommendation recommendation, boolean nationalReview,
            String rationale, String independentAdviser) {
        return change(reviewId, ReviewAct.COMPLETE_MEETING_REPORT, (caller, review, meeting) -> {
            meeting.recordOutcome(recommendation, nationalReview, rationale, independentAdviser,
                    meeting.quorum(partners(review)), thresholds.version(review.thresholdVersion()).thresholds()
                            .equalityConsiderationRequired(), caller.username(), now().toOffsetDateTime());
            audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), "outcome recorded: " + recommendation
                    + (nationalReview ? ", a National Review may be appropriate" : ""));
            askForEndorsement(review, meeting);
        });
    }

    /**
     * Issue 14 §2: an endorsement asked (§7.12) reaches each endorser by e-mail with its link: the
     * meeting's attendees who represented a statutory partner, at their agency-contact address, the
     * Independent Adviser the outcome names, at the address the sign-in service holds for them in this
     * partnership, and the Virtual Panel's mailbox. By reference only.
     */
    private void askForEndorsement(ReviewSummary review, RapidReviewMeeting meeting) {
        Set<String> to = new LinkedHashSet<>();
        for (Attendee attendee : meeting.attendees()) {
            if (attendee.statutoryPartner() != null && attendee.username() != null) {
                agencies.ofContact(attendee.username()).stream()
                        .flatMap(agency -> agency.contacts().stream())
                        .filter(c -> c.username().equalsIgnoreCase(attendee.username()) && c.email() != null)
                        .findFirst().ifPresent(c -> to.add(c.email()));
            }
        }
        Optional.ofNullable(meeting.independentAdviser()).flatMap(addresses::emailOf).ifPresent(to::add);
        clocks.panelMailbox().ifPresent(to::add);
        for (String address : to) {
            outbox.write(new OutgoingMail(address, "Endorse the Rapid Review outcome: " + review.reference(),
                    "The Rapid Review meeting for " + review.reference() + " has recorded its outcome. The Independent"
                            + " Adviser and each statutory partner endorse it or say why they disagree, within the"
                            + " report's 2 working days (\u00a77.12-7.13): " + meetingLink(review) + "\n"));
        }
    }

    /**
     * §7.12: the Independent Adviser (the person the outcome names) and each statutory partner (a
     * statutory partner user who is a named contact of an agency standing for that partner) endorse.
     * Anyone else is refused, and the attempt is audited.
     */
    public MeetingView endorse(String reviewId, String endorsesFor, boolean agrees, String comment) {
        Caller caller = access.require(ReviewAct.ENDORSE, AuditAction.UPDATE, RECORD_TYPE, reviewId);
        ReviewSummary review = reviews.view(reviewId);
        RapidReviewMeeting meeting = meeting(review, AuditAction.UPDATE);
        List<String> partners = partners(review);
        if (!mayEndorseFor(caller, meeting, partners).contains(endorsesFor)) {
            audit.denied(AuditAction.UPDATE, RECORD_TYPE, review.id(), caller.username() + " tried to endorse for "
                    + endorsesFor + " without representing it");
            throw InvalidFieldException.refused("endorsesFor",
                    "rapidreview.rapid-review-meetings.you-are-not-so-you", (Endorsement.INDEPENDENT_ADVISER
                    .equals(endorsesFor) ? "the Independent Adviser named for this review"
                            : "a representative of " + endorsesFor));
        }
        meeting.endorse(endorsesFor, caller.username(), caller.displayName(), agrees, comment, partners,
                now().toOffsetDateTime());
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), endorsesFor + (agrees ? " endorsed" : " disagreed")
                + " (" + caller.username() + ")");
        if (!agrees) {
            String mailbox = clocks.businessUnit().email();
            if (mailbox != null) {
                outbox.write(new OutgoingMail(mailbox, "Disagreement with the Rapid Review outcome " + review.reference(),
                        endorsesFor + " disagrees with the recommendation for " + review.reference() + ". Escalate it"
                                + " (\u00a77.12): " + meetingLink(review) + "\n"));
            }
        }
        return view(review, meeting, caller);
    }

    public MeetingView escalate(String reviewId, Escalation.Level level) {
        return change(reviewId, (caller, review, meeting) -> {
            if (level == null) {
                throw InvalidFieldException.refused("level", "rapidreview.rapid-review-meetings.choose-whom-escalated");
            }
            meeting.escalate(level, caller.username(), now().toOffsetDateTime());
            audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), "outcome escalated to " + level.label());
        });
    }

    public MeetingView decideEscalation(String reviewId, Recommendation decision, String decidedBy, String rationale) {
        return change(reviewId, (caller, review, meeting) -> {
            if (Texts.isBlank(decidedBy)) {
                throw InvalidFieldException.refused("decidedBy",
                        "rapidreview.rapid-review-meetings.name-who-decided-example-safeguarding");
            }
            meeting.decideEscalation(decision, decidedBy.strip() + " (recorded by " + caller.username() + ")", rationale,
                    now().toOffsetDateTime());
            audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), "escalation decided: " + decision + " by "
                    + decidedBy.strip());
        });
    }

    /**
     * §7.12: "escalated ... up to the Safeguarding Executive if necessary for decision": a member of
     * the executive, who sees the review once it is escalated to them, records the decision in their
     * own name. Nobody else decides in the executive's name here; before it reaches them, nothing.
     */
    public MeetingView decideAsExecutive(String reviewId, Recommendation decision, String rationale) {
        Caller caller = access.requireOn(reviewId, ReviewAct.DECIDE_AS_EXECUTIVE, AuditAction.UPDATE, RECORD_TYPE,
                reviewId);
        ReviewSummary review = reviews.view(reviewId);
        RapidReviewMeeting meeting = meeting(review, AuditAction.UPDATE);
        if (!meeting.awaitsTheExecutive()) {
            audit.denied(AuditAction.UPDATE, RECORD_TYPE, review.id(), caller.username()
                    + " tried to decide for the Safeguarding Executive on an outcome not escalated to it");
            throw RefusedException.because("rapidreview.rapid-review-meetings.nothing-about-awaits-safeguarding-executive", review.reference());
        }
        meeting.decideEscalation(decision, caller.displayName() + " for the Safeguarding Executive", rationale,
                now().toOffsetDateTime());
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), "escalation decided by the Safeguarding Executive: "
                + decision + " (" + caller.username() + ")");
        return view(review, meeting, caller);
    }

    /**
     * §7.13: the report went to the National Panel (2 working days from the meeting). The review moves
     * on (which meets the report and Rapid Review clocks), and the referrer and the agencies are told the outcome.
     */
    public MeetingView recordReportSent(String reviewId, RapidReviewMeeting.SentBy how, String note) {
        return change(reviewId, (caller, review, meeting) -> {
            ZonedDateTime now = now();
            meeting.recordReportSent(how, note, partners(review), caller.username(), now.toOffsetDateTime());
            engine.reached(review.id(), RapidReviewCapabilities.REPORT_SENT, now);
            outcomeLetters(review, meeting);
            audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), "report sent to the National Panel: "
                    + how.label());
        });
    }

    public MeetingView recordPanelResponse(String reviewId, LocalDate on, boolean agrees, String reasons) {
        return change(reviewId, (caller, review, meeting) -> {
            meeting.recordPanelResponse(on, agrees, reasons, now().toLocalDate());
            engine.reached(review.id(), RapidReviewCapabilities.PANEL_RESPONDED, now());
            audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), "National Panel "
                    + (agrees ? "agrees" : "disagrees") + " with the recommendation");
        });
    }

    /** One change to the meeting by the business unit: checked, applied, and the meeting shown as it now is. */
    private MeetingView change(String reviewId, MeetingChange change) {
        return change(reviewId, ReviewAct.RUN, change);
    }

    /**
     * One change to the meeting by whoever {@code act} allows on this review (the chair completes the
     * report, §7.12): checked, applied, and the meeting shown as it now is.
     */
    private MeetingView change(String reviewId, ReviewAct act, MeetingChange change) {
        Caller caller = access.requireOn(reviewId, act, AuditAction.UPDATE, RECORD_TYPE, reviewId);
        ReviewSummary review = reviews.view(reviewId);
        RapidReviewMeeting meeting = meeting(review, AuditAction.UPDATE);
        change.apply(caller, review, meeting);
        return view(review, meeting, caller);
    }

    @FunctionalInterface
    private interface MeetingChange {
        void apply(Caller caller, ReviewSummary review, RapidReviewMeeting meeting);
    }

    /** §7.13: the referrer and every agency asked are told the outcome: by reference, never by name. */
    private void outcomeLetters(ReviewSummary review, RapidReviewMeeting meeting) {
        String outcome = meeting.finalRecommendation().label();
        String body = "The Rapid Review " + review.reference() + " (referral " + review.referralReference()
                + ") has concluded. Its outcome: " + outcome + ". The report has been sent to the National Panel."
                + "\n\nPlease notify your own inspectorate bodies as required (\u00a77.13).\n";
        ReferralFacts facts = referrals.factsForReview(review.referralId());
        if (facts.referrerEmail() != null) {
            outbox.write(new OutgoingMail(facts.referrerEmail(), "Outcome of the Rapid Review " + review.reference(), body));
        }
        for (InformationRequest request : requests.ofReview(review.id())) {
            contacts.emailsOf(request).forEach(email -> outbox.write(
                    new OutgoingMail(email, "Outcome of the Rapid Review " + review.reference(), body)));
        }
    }

    private List<String> mayEndorseFor(Caller caller, RapidReviewMeeting meeting, List<String> partners) {
        return endorsers.mayEndorseFor(caller, meeting, partners);
    }

    RapidReviewMeeting meeting(ReviewSummary review, AuditAction action) {
        if (action != AuditAction.VIEW) {
            // A review handed over to another partnership (§10.2) is read-only here.
            review.requireOpen();
        }
        return meetings.ofReview(review.id()).orElseThrow(() -> InvalidFieldException.refused("meetingDate",
                "rapidreview.rapid-review-meetings.meeting-not-set-yet-set", review.reference()));
    }

    private MeetingView view(ReviewSummary review, RapidReviewMeeting meeting, Caller caller) {
        List<String> partners = partners(review);
        return MeetingView.of(review.reference(), meeting, papersDueBy(meeting), papersPeriod(), partners,
                now().toOffsetDateTime(),
                meeting.recommendation() == null ? List.of() : mayEndorseFor(caller, meeting, partners));
    }

    /** §7.11: how long before the meeting the papers are due, in words ("24 working hours"). */
    String papersPeriod() {
        return clocks.period(PAPERS_CLOCK);
    }

    /** §7.11: when the papers are due, from the partnership's {@code meeting-papers} clock rule. */
    OffsetDateTime papersDueBy(RapidReviewMeeting meeting) {
        return clocks.dueBy(PAPERS_CLOCK, meeting.startsAt().atZoneSameInstant(DeadlineCalculator.UK))
                .toOffsetDateTime();
    }

    /** The statutory partners of the thresholds the review was opened under (§7.12). */
    List<String> partners(ReviewSummary review) {
        return thresholds.statutoryPartners(review.thresholdVersion());
    }

    private static String meetingLink(ReviewSummary review) {
        return OutboxMessage.APP + "/safeguarding/app/reviews/meeting.xhtml?id=" + review.id();
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock).withZoneSameInstant(DeadlineCalculator.UK);
    }
}

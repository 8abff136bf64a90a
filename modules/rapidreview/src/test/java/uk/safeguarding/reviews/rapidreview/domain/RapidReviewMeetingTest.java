package uk.safeguarding.reviews.rapidreview.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.InvalidFieldException;

/** The meeting's rules (§7.10-7.13): papers, quorum before an outcome, endorsement and escalation. */
class RapidReviewMeetingTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final List<String> PARTNERS = List.of("Local Authority", "Police", "Health (ICB)");
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 26, 9, 0, 0, 0, UK);
    private static final ZonedDateTime START = NOW.plusDays(5);

    @Test
    void papersAreLateUnlessOutByTheirDueTime() {
        // The due time comes from the clock rule (24 hours before by default, §7.11).
        java.time.OffsetDateTime due = START.minusHours(24).toOffsetDateTime();
        RapidReviewMeeting meeting = scheduled();
        assertFalse(meeting.papersLateOn(START.minusHours(25).toOffsetDateTime(), due));
        assertTrue(meeting.papersLateOn(START.minusHours(23).toOffsetDateTime(), due), "not out, under 24 hours to go");
        assertFalse(meeting.publishPapers("bm", START.minusHours(30).toOffsetDateTime(), due));
        assertFalse(meeting.papersLateOn(START.minusHours(1).toOffsetDateTime(), due), "out in time stays in time");
        assertTrue(scheduled().publishPapers("bm", START.minusHours(2).toOffsetDateTime(), due), "late, but allowed");
    }

    @Test
    void aMeetingInThePastOrAMovedOneIsRefusedOrReinvited() {
        assertThrows(InvalidFieldException.class, () -> RapidReviewMeeting.schedule("r", NOW.minusHours(1),
                RapidReviewMeeting.USUAL_LENGTH, "Room", "bm", NOW));
        RapidReviewMeeting meeting = scheduled();
        assertEquals(0, meeting.invitationSequence());
        meeting.reschedule(START, RapidReviewMeeting.USUAL_LENGTH, "Room 1", "bm", NOW);
        assertEquals(0, meeting.invitationSequence(), "nothing changed: no new invitation");
        meeting.reschedule(START.plusDays(1), RapidReviewMeeting.USUAL_LENGTH, "Room 1", "bm", NOW);
        assertEquals(1, meeting.invitationSequence());
    }

    @Test
    void aMeetingLastsAsLongAsItWasBookedForAndALengthOfItsOwnIsAChange() {
        RapidReviewMeeting meeting = scheduled();
        assertEquals(START.plusHours(2).toOffsetDateTime(), meeting.endsAt(), "booked for the usual two hours");
        meeting.reschedule(START, Duration.ofMinutes(90), "Room 1", "bm", NOW);
        assertEquals(1, meeting.invitationSequence(), "a new length alone sends an updated invitation");
        assertEquals(START.plusMinutes(90).toOffsetDateTime(), meeting.endsAt());

        for (Duration length : new Duration[] {null, Duration.ofMinutes(29), Duration.ofMinutes(481)}) {
            InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                    () -> meeting.reschedule(START.plusDays(1), length, "Room 2", "bm", NOW));
            assertEquals("meetingLength", refused.field());
        }
        assertEquals(START.plusMinutes(90).toOffsetDateTime(), meeting.endsAt(), "a refused change changes nothing");
        assertEquals("Room 1", meeting.place());
    }

    @Test
    void anInquorateMeetingCannotRecordAnOutcome() {
        RapidReviewMeeting meeting = held(List.of(attendee("Police"), attendee("Health (ICB)")));
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> outcome(meeting));
        assertEquals("recommendation", refused.field());
        assertTrue(refused.getMessage().contains("Local Authority"), refused.getMessage());
        assertEquals(null, meeting.recommendation());
    }

    @Test
    void aPartnershipThatDoesNotRequireTheEqualityConsiderationRecordsTheOutcomeWithoutIt() {
        // Issue 14 §4 item 6: the 2019 policy does not require it; a partnership's thresholds decide.
        RapidReviewMeeting meeting = held(quorate());
        meeting.writeNotes(new CaseDiscussionNotes(), " ");
        meeting.recordOutcome(Recommendation.NO_FURTHER_ACTION, false, "Agencies acted as they should", "ia",
                meeting.quorum(PARTNERS), false, "bm", START.plusHours(2).toOffsetDateTime());
        assertEquals(Recommendation.NO_FURTHER_ACTION, meeting.recommendation());
        assertEquals(null, meeting.equalityConsideration());
    }

    @Test
    void theOutcomeNeedsTheEqualityConsiderationFirstWhereThePartnershipRequiresIt() {
        RapidReviewMeeting meeting = held(quorate());
        meeting.writeNotes(new CaseDiscussionNotes(), " ");
        assertThrows(InvalidFieldException.class, () -> outcome(meeting));
        meeting.writeNotes(new CaseDiscussionNotes(), "Considered");
        outcome(meeting);
        assertEquals(Recommendation.OTHER_LOCAL_REVIEW, meeting.recommendation());
    }

    @Test
    void theAdviserAndThreePartnersEndorseOnceEach() {
        RapidReviewMeeting meeting = withOutcome();
        meeting.endorse(Endorsement.INDEPENDENT_ADVISER, "ia", "Adviser", true, null, PARTNERS, NOW.toOffsetDateTime());
        meeting.endorse("Police", "p", "Police lead", true, null, PARTNERS, NOW.toOffsetDateTime());
        meeting.endorse("Local Authority", "la", "LA lead", true, null, PARTNERS, NOW.toOffsetDateTime());
        assertEquals(RapidReviewMeeting.OutcomeStatus.AWAITING_ENDORSEMENT, meeting.outcomeStatus(PARTNERS));
        assertThrows(InvalidFieldException.class, () -> meeting.endorse("Police", "p2", "Other", true, null, PARTNERS,
                NOW.toOffsetDateTime()), "a partner endorses once");
        assertThrows(InvalidFieldException.class, () -> meeting.endorse("Education", "e", "E", true, null, PARTNERS,
                NOW.toOffsetDateTime()), "not an endorser");
        meeting.endorse("Health (ICB)", "h", "Health lead", true, null, PARTNERS, NOW.toOffsetDateTime());
        assertEquals(RapidReviewMeeting.OutcomeStatus.ENDORSED, meeting.outcomeStatus(PARTNERS));
    }

    @Test
    void disagreementEscalatesUpToTheExecutiveWhoseDecisionStands() {
        RapidReviewMeeting meeting = withOutcome();
        assertThrows(InvalidFieldException.class, () -> meeting.escalate(Escalation.Level.PARTNERS_NEXT_LEVEL, "bm",
                NOW.toOffsetDateTime()), "nothing to escalate without a disagreement");
        assertThrows(InvalidFieldException.class, () -> meeting.endorse("Police", "p", "P", false, " ", PARTNERS,
                NOW.toOffsetDateTime()), "a disagreement says why");
        meeting.endorse("Police", "p", "P", false, "A CSPR is needed", PARTNERS, NOW.toOffsetDateTime());
        assertEquals(RapidReviewMeeting.OutcomeStatus.ESCALATED, meeting.outcomeStatus(PARTNERS));

        meeting.escalate(Escalation.Level.PARTNERS_NEXT_LEVEL, "bm", NOW.toOffsetDateTime());
        assertFalse(meeting.awaitsTheExecutive(), "the partners' next level decides first");
        assertThrows(InvalidFieldException.class, () -> meeting.escalate(Escalation.Level.SAFEGUARDING_EXECUTIVE, "bm",
                NOW.toOffsetDateTime()), "one level at a time: the open one is decided first");
        meeting.decideEscalation(Recommendation.OTHER_LOCAL_REVIEW, "Directors", "Still disagreed", NOW.toOffsetDateTime());
        meeting.escalate(Escalation.Level.SAFEGUARDING_EXECUTIVE, "bm", NOW.toOffsetDateTime());
        assertTrue(meeting.awaitsTheExecutive(), "now it is the executive's to decide");
        assertThrows(InvalidFieldException.class, () -> meeting.decideEscalation(Recommendation.NO_FURTHER_ACTION,
                "Executive", " ", NOW.toOffsetDateTime()), "a decision gives its reason");
        meeting.decideEscalation(Recommendation.CHILD_SAFEGUARDING_PRACTICE_REVIEW, "Executive", "Learning is"
                + " significant", NOW.toOffsetDateTime());

        assertFalse(meeting.awaitsTheExecutive(), "decided");
        assertEquals(RapidReviewMeeting.OutcomeStatus.DECIDED_ON_ESCALATION, meeting.outcomeStatus(PARTNERS));
        assertEquals(Recommendation.CHILD_SAFEGUARDING_PRACTICE_REVIEW, meeting.finalRecommendation());
        assertEquals(Recommendation.OTHER_LOCAL_REVIEW, meeting.recommendation(), "the meeting's own stays recorded");
    }

    @Test
    void theReportGoesOnceTheOutcomeIsSettledAndThePanelsDisagreementNeedsReasons() {
        RapidReviewMeeting meeting = withOutcome();
        assertThrows(InvalidFieldException.class, () -> meeting.recordReportSent(
                RapidReviewMeeting.SentBy.EMAIL_TO_NATIONAL_PANEL_MAILBOX, null, PARTNERS, "bm", NOW.toOffsetDateTime()));
        List.of(Endorsement.INDEPENDENT_ADVISER, "Local Authority", "Police", "Health (ICB)").forEach(e ->
                meeting.endorse(e, e, e, true, null, PARTNERS, NOW.toOffsetDateTime()));
        meeting.recordReportSent(RapidReviewMeeting.SentBy.EMAIL_TO_NATIONAL_PANEL_MAILBOX, null, PARTNERS, "bm",
                START.plusDays(1).toOffsetDateTime());
        LocalDate sentOn = START.plusDays(1).toLocalDate();
        assertThrows(InvalidFieldException.class, () -> meeting.recordPanelResponse(sentOn.minusDays(1), true, null,
                sentOn.plusDays(5)), "not before the report was sent");
        assertThrows(InvalidFieldException.class, () -> meeting.recordPanelResponse(sentOn, false, null,
                sentOn.plusDays(5)));
        meeting.recordPanelResponse(sentOn.plusDays(3), false, "A local review is proportionate", sentOn.plusDays(5));
        assertEquals(Boolean.FALSE, meeting.panelAgrees());
    }

    private static RapidReviewMeeting scheduled() {
        return RapidReviewMeeting.schedule("review-1", START, RapidReviewMeeting.USUAL_LENGTH, "Room 1", "bm", NOW);
    }

    private static RapidReviewMeeting held(List<Attendee> attendees) {
        RapidReviewMeeting meeting = scheduled();
        meeting.recordAttendance(attendees, START.toOffsetDateTime());
        return meeting;
    }

    private static RapidReviewMeeting withOutcome() {
        RapidReviewMeeting meeting = held(quorate());
        meeting.writeNotes(new CaseDiscussionNotes(), "Considered racism, inequality and disability");
        outcome(meeting);
        return meeting;
    }

    private static void outcome(RapidReviewMeeting meeting) {
        meeting.recordOutcome(Recommendation.OTHER_LOCAL_REVIEW, false, "Learning is local", "ia",
                meeting.quorum(PARTNERS), true, "bm", START.plusHours(2).toOffsetDateTime());
    }

    private static List<Attendee> quorate() {
        return List.of(attendee("Local Authority"), attendee("Police"), attendee("Health (ICB)"));
    }

    private static Attendee attendee(String partner) {
        return new Attendee(partner + " rep", "Manager", partner + " agency", partner, null);
    }
}

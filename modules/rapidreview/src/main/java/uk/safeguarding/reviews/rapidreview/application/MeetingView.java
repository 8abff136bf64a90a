package uk.safeguarding.reviews.rapidreview.application;

import java.time.OffsetDateTime;
import java.util.List;
import uk.safeguarding.reviews.rapidreview.domain.Attendee;
import uk.safeguarding.reviews.rapidreview.domain.CaseDiscussionNotes;
import uk.safeguarding.reviews.rapidreview.domain.Endorsement;
import uk.safeguarding.reviews.rapidreview.domain.Escalation;
import uk.safeguarding.reviews.rapidreview.domain.PendingInformation;
import uk.safeguarding.reviews.rapidreview.domain.Quorum;
import uk.safeguarding.reviews.rapidreview.domain.RapidReviewMeeting;
import uk.safeguarding.reviews.rapidreview.domain.Recommendation;
import uk.safeguarding.reviews.rapidreview.domain.SafetyAction;

/**
 * A Rapid Review meeting and its outcome as pages show them, with what the caller may do.
 * {@code papersPeriod} is how long before the meeting the papers are due, in the partnership's words
 * ("24 working hours"), so the page says how the due time was counted (issue 15).
 */
public record MeetingView(String reviewId, String reviewReference, OffsetDateTime startsAt, OffsetDateTime endsAt,
        String place,
        OffsetDateTime papersDueBy, String papersPeriod, OffsetDateTime papersPublishedAt, boolean papersLate, OffsetDateTime heldAt,
        List<Attendee> attendees, Quorum.Result quorum, List<String> statutoryPartners, CaseDiscussionNotes notes,
        String equalityConsideration, List<SafetyAction> safetyActions, List<PendingInformation> pending,
        Recommendation recommendation, Recommendation finalRecommendation, boolean nationalReviewSuggested,
        String rationale, String independentAdviser, List<Endorsement> endorsements, List<Escalation> escalations,
        RapidReviewMeeting.OutcomeStatus outcomeStatus, OffsetDateTime reportSentAt,
        RapidReviewMeeting.SentBy reportSentHow, String reportSentNote, java.time.LocalDate panelRespondedOn,
        Boolean panelAgrees, String panelReasons, List<String> mayEndorseFor, java.time.LocalDate today,
        boolean awaitsTheExecutive) {

    static MeetingView of(String reference, RapidReviewMeeting meeting, OffsetDateTime papersDueBy,
            String papersPeriod, List<String> partners, OffsetDateTime now, List<String> mayEndorseFor) {
        return new MeetingView(meeting.reviewId(), reference, meeting.startsAt(), meeting.endsAt(), meeting.place(),
                papersDueBy, papersPeriod, meeting.papersPublishedAt(), meeting.papersLateOn(now, papersDueBy), meeting.heldAt(),
                meeting.attendees(), meeting.quorum(partners), partners, meeting.notes(),
                meeting.equalityConsideration(), meeting.safetyActions(), meeting.pending(), meeting.recommendation(),
                meeting.finalRecommendation(), meeting.nationalReviewSuggested(), meeting.rationale(),
                meeting.independentAdviser(), meeting.endorsements(), meeting.escalations(),
                meeting.outcomeStatus(partners), meeting.reportSentAt(), meeting.reportSentHow(),
                meeting.reportSentNote(), meeting.panelRespondedOn(), meeting.panelAgrees(), meeting.panelReasons(),
                mayEndorseFor, now.atZoneSameInstant(java.time.ZoneId.of("Europe/London")).toLocalDate(),
                meeting.awaitsTheExecutive());
    }

    /** An open safety action past its due date: followed up on the page until it is done (§7.12). */
    public boolean isOverdue(SafetyAction action) {
        return action.isOverdueOn(today);
    }

    public boolean isHeld() {
        return heldAt != null;
    }

    public boolean isSettled() {
        return outcomeStatus == RapidReviewMeeting.OutcomeStatus.ENDORSED
                || outcomeStatus == RapidReviewMeeting.OutcomeStatus.DECIDED_ON_ESCALATION;
    }

    /** The endorsers still to endorse: the Independent Adviser and each statutory partner. */
    public List<String> awaitedEndorsers() {
        List<String> all = new java.util.ArrayList<>();
        all.add(Endorsement.INDEPENDENT_ADVISER);
        all.addAll(statutoryPartners);
        all.removeIf(e -> endorsements.stream().anyMatch(done -> done.endorsesFor().equals(e)));
        return all;
    }
}

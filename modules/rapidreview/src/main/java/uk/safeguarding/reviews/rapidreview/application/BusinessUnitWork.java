package uk.safeguarding.reviews.rapidreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.safeguarding.reviews.clocks.application.ClockLine;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.clocks.domain.DeadlineStatus;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.work.WorkItem;
import uk.safeguarding.reviews.kernel.work.WorkSource;
import uk.safeguarding.reviews.rapidreview.domain.RapidReviewMeeting;
import uk.safeguarding.reviews.rapidreview.domain.RapidReviewMeetingRepository;
import uk.safeguarding.reviews.review.application.ReviewLookup;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.review.domain.ReviewAct;

/**
 * The business unit's own steps on a review whose stage waits for this module's work (issue 14 §2:
 * what each person must do next), in the business manager's work list with the clock that counts for
 * it: send the information requests (§7.7, 2 working days), publish the meeting's papers (§7.11, before
 * the meeting by the partnership's rule), record who attended once the meeting has begun (§7.12) and,
 * once the outcome is final, send the report to the National Panel (§7.13). Found by the work a stage
 * leads on by, so any kind whose definition uses these capabilities gets the same tasks.
 */
@ApplicationScoped
@Transactional
public class BusinessUnitWork implements WorkSource {

    @Inject
    private ReviewLookup reviews;

    @Inject
    private RapidReviewMeetingRepository meetings;

    @Inject
    private RapidReviewMeetings meetingRules;

    @Inject
    private RapidReviewCapabilities.OutcomeFinal outcomeFinal;

    @Inject
    private ClockService clocks;

    @Inject
    private Clock clock;

    @Override
    public List<WorkItem> waitingFor(Caller caller, int limit) {
        if (!ReviewAct.RUN.allows(caller.roles())) {
            return List.of();
        }
        List<WorkItem> tasks = new ArrayList<>();
        reviews.awaiting(RapidReviewCapabilities.REQUESTS_SENT, limit).forEach(review -> tasks.add(onClock(review,
                "Send the information requests (\u00a77.7)", "requests.xhtml", "information-requests")));
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(DeadlineCalculator.UK));
        reviews.awaiting(RapidReviewCapabilities.MEETING_HELD, limit).forEach(review -> meetings.ofReview(review.id())
                .flatMap(meeting -> beforeTheMeeting(review, meeting, now)).ifPresent(tasks::add));
        reviews.awaiting(RapidReviewCapabilities.REPORT_SENT, limit).stream()
                .filter(review -> outcomeFinal.refusal(review).isEmpty())
                .forEach(review -> tasks.add(onClock(review, "Send the Rapid Review Meeting Report to the National"
                        + " Panel (\u00a77.13)", "meeting.xhtml", "rapid-review-report")));
        return tasks;
    }

    /**
     * The papers until they are published, due by the partnership's rule before the meeting (§7.11);
     * then, once the meeting has begun, its attendance (§7.12), due with the Rapid Review's own clock.
     */
    private Optional<WorkItem> beforeTheMeeting(ReviewSummary review, RapidReviewMeeting meeting, ZonedDateTime now) {
        if (meeting.papersPublishedAt() == null) {
            ZonedDateTime due = meetingRules.papersDueBy(meeting).atZoneSameInstant(DeadlineCalculator.UK);
            return Optional.of(new WorkItem("Publish the meeting's papers (\u00a77.11)", review.reference(),
                    link(review, "meeting.xhtml"), due, true, papersStatus(due, now).name()));
        }
        if (meeting.heldAt() == null && !meeting.startsAt().toInstant().isAfter(now.toInstant())) {
            return Optional.of(onClock(review, "Record who attended the meeting (\u00a77.12)", "meeting.xhtml",
                    "rapid-review"));
        }
        return Optional.empty();
    }

    /**
     * How the papers' deadline stands: it is counted back from the meeting, so it has no running clock
     * of its own; due soon from the day before.
     */
    static DeadlineStatus papersStatus(ZonedDateTime due, ZonedDateTime now) {
        if (now.isAfter(due)) {
            return DeadlineStatus.OVERDUE;
        }
        if (now.toLocalDate().equals(due.withZoneSameInstant(now.getZone()).toLocalDate())) {
            return DeadlineStatus.DUE_TODAY;
        }
        return now.plusDays(1).isBefore(due) ? DeadlineStatus.ON_TRACK : DeadlineStatus.DUE_SOON;
    }

    private WorkItem onClock(ReviewSummary review, String action, String page, String clockRule) {
        return ClockLine.task(action, review.reference(), link(review, page), ClockLine.openOfRule(
                clocks.ofSubject(ReviewSummary.CLOCK_SUBJECT_TYPE, review.id()), clockRule));
    }

    private static String link(ReviewSummary review, String page) {
        return "/app/reviews/" + page + "?id=" + review.id();
    }
}

package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.PlainDates;
import uk.safeguarding.reviews.practicereview.domain.GroupMeeting;
import uk.safeguarding.reviews.practicereview.domain.PracticeReviewRepository;
import uk.safeguarding.reviews.review.application.AssignmentView;
import uk.safeguarding.reviews.review.application.ReviewAccess;
import uk.safeguarding.reviews.review.application.ReviewAssignments;
import uk.safeguarding.reviews.review.application.ReviewEngine;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.review.domain.ReviewAct;
import uk.safeguarding.reviews.review.domain.ReviewPart;
import uk.safeguarding.reviews.review.domain.kind.Capability;

/**
 * §8.2: "A Review Group and Chair will be established for each Child Safeguarding Practice Review
 * ... The Chairperson will set meeting dates and agendas", and "a case group will consist of
 * frontline practitioners and managers who were involved with the case". Where the review's stage has
 * the {@code review-groups} capability, the business unit (or the review's lead reviewer or chair)
 * plans each group's meetings and records them once held. The groups' members are the review's
 * assignments (the chair and lead reviewer sit on the review group).
 */
@ApplicationScoped
@Transactional
public class GroupMeetings {

    static final String RECORD_TYPE = "group-meeting";

    /** What the capability reports to the engine: a meeting planned, a meeting held. */
    static final String PLANNED = "group-meeting-planned";
    static final String HELD = "group-meeting-held";

    /** Who sits on each group, by their part in the review. */
    private static final Map<GroupMeeting.Group, List<ReviewPart>> MEMBERS = Map.of(
            GroupMeeting.Group.REVIEW_GROUP, List.of(ReviewPart.CHAIR, ReviewPart.LEAD_REVIEWER,
                    ReviewPart.REVIEW_GROUP_MEMBER, ReviewPart.PARTNER_REPRESENTATIVE),
            GroupMeeting.Group.CASE_GROUP, List.of(ReviewPart.CASE_GROUP_MEMBER));

    @Inject
    private ReviewAccess access;

    @Inject
    private ReviewWork work;

    @Inject
    private ReviewEngine engine;

    @Inject
    private ReviewAssignments assignments;

    @Inject
    private PracticeReviewRepository practiceReviews;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Both groups, their members and meetings, for whoever may see the review. */
    public GroupsView of(String reviewId) {
        access.requireOn(reviewId, ReviewAct.SEE, AuditAction.VIEW, RECORD_TYPE, reviewId);
        return view(work.review(reviewId, AuditAction.VIEW, RECORD_TYPE));
    }

    /** A meeting planned: its group, day, place and agenda, each refused beside its box; at a stage with the capability. */
    public GroupsView plan(String reviewId, GroupMeetingForm form) {
        Caller caller = access.requireOn(reviewId, ReviewAct.HOLD_GROUP_MEETINGS, AuditAction.CREATE, RECORD_TYPE,
                reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.CREATE, RECORD_TYPE);
        review.requireOpen();
        GroupMeeting meeting = GroupMeeting.plan(review.id(), form.groupKind(), form.getMeetsOn(), form.getPlace(),
                form.getAgenda(), review.openedAt().atZoneSameInstant(DeadlineCalculator.UK).toLocalDate(),
                caller.username(), OffsetDateTime.now(clock));
        // The engine refuses it at a stage without the capability, as it does every capability's work.
        engine.worked(review.id(), Capability.REVIEW_GROUPS, PLANNED, work.dayOf(work.today()));
        practiceReviews.add(meeting);
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, review.id(), label(meeting.group()) + " meeting of "
                + review.reference() + " planned for " + meeting.meetsOn() + " at " + meeting.place());
        return view(review);
    }

    /** The meeting as held: attendance, notes and actions, each refused beside its box; once. */
    public GroupsView held(String reviewId, GroupMeetingForm form) {
        Caller caller = access.requireOn(reviewId, ReviewAct.HOLD_GROUP_MEETINGS, AuditAction.UPDATE, RECORD_TYPE,
                reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.UPDATE, RECORD_TYPE);
        review.requireOpen();
        GroupMeeting meeting = practiceReviews.groupMeetingsOf(review.id()).stream()
                .filter(m -> m.id().equals(form.getMeetingId())).findFirst()
                .orElseThrow(() -> uk.safeguarding.reviews.kernel.InvalidFieldException.refused("meetingId",
                        "practicereview.group-meetings.choose-meeting-was-held"));
        meeting.held(form.attendees(), form.getNotes(), form.actionLines(), caller.username(),
                OffsetDateTime.now(clock), work.today());
        engine.worked(review.id(), Capability.REVIEW_GROUPS, HELD, work.dayOf(meeting.meetsOn()));
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), label(meeting.group()) + " meeting of "
                + review.reference() + " on " + meeting.meetsOn() + " held: " + meeting.attendees().size()
                + " present, " + meeting.actions().size() + " actions");
        return view(review);
    }

    private static String label(GroupMeeting.Group group) {
        return group == GroupMeeting.Group.REVIEW_GROUP ? "review group" : "case group";
    }

    private GroupsView view(ReviewSummary review) {
        List<AssignmentView> given = assignments.ofReview(review.id()).stream().filter(a -> a.endedAt() == null)
                .toList();
        List<GroupMeeting> meetings = practiceReviews.groupMeetingsOf(review.id());
        List<GroupsView.GroupLine> groups = Arrays.stream(GroupMeeting.Group.values()).map(group -> new GroupsView
                .GroupLine(group.name(), given.stream().filter(a -> MEMBERS.get(group).contains(a.part()))
                        .map(a -> a.personName() + " (" + a.part().label().toLowerCase(java.util.Locale.UK) + ")")
                        .distinct().toList(),
                meetings.stream().filter(m -> m.group() == group).map(GroupMeetings::line).toList())).toList();
        boolean mayHold = review.handedOverTo() == null && engine.stageAllows(review.id(), Capability.REVIEW_GROUPS)
                && access.mayOn(review.id(), ReviewAct.HOLD_GROUP_MEETINGS);
        return new GroupsView(review.id(), review.reference(), groups, mayHold);
    }

    private static GroupsView.MeetingLine line(GroupMeeting m) {
        return new GroupsView.MeetingLine(m.id(), m.meetsOn(), m.place(), m.agenda(), m.isHeld(), m.attendees(),
                m.notes(), m.actions().stream().map(a -> a.action() + " (" + a.owner() + ", by "
                        + PlainDates.day(a.dueBy()) + ")").toList());
    }
}

package uk.safeguarding.reviews.practicereview.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RefusedException;

/** §8.2: a review group's or case group's meeting, planned and then recorded as held. */
class GroupMeetingTest {

    private static final LocalDate OPENED = LocalDate.of(2026, 11, 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void aMeetingIsPlannedForAGroupWithItsDayPlaceAndAgenda() {
        assertEquals("group", refused(null, TODAY, "Room 2", "Agenda"));
        assertEquals("meetsOn", refused(GroupMeeting.Group.REVIEW_GROUP, null, "Room 2", "Agenda"));
        assertEquals("meetsOn", refused(GroupMeeting.Group.REVIEW_GROUP, OPENED.minusDays(1), "Room 2", "Agenda"));
        assertEquals("place", refused(GroupMeeting.Group.REVIEW_GROUP, TODAY, " ", "Agenda"));
        assertEquals("agenda", refused(GroupMeeting.Group.REVIEW_GROUP, TODAY, "Room 2", null));
        GroupMeeting meeting = plan(TODAY.plusDays(7));
        assertFalse(meeting.isHeld());
        assertEquals(GroupMeeting.Group.CASE_GROUP, meeting.group());
    }

    @Test
    void aMeetingIsRecordedOnceHeldWithWhoCameItsNotesAndFinishedActions() {
        GroupMeeting future = plan(TODAY.plusDays(7));
        assertThrows(RefusedException.class, () -> future.held(List.of("Sam"), "Notes", List.of(), "bm", NOW, TODAY),
                "not before it is held");
        GroupMeeting meeting = plan(TODAY);
        assertEquals("attendees", assertThrows(InvalidFieldException.class, () -> meeting.held(List.of(" ", ""),
                "Notes", List.of(), "bm", NOW, TODAY)).field());
        assertEquals("notes", assertThrows(InvalidFieldException.class, () -> meeting.held(List.of("Sam"), " ",
                List.of(), "bm", NOW, TODAY)).field());
        assertEquals("action-2-dueBy", assertThrows(InvalidFieldException.class, () -> meeting.held(List.of("Sam"),
                "Notes", List.of(new GroupMeeting.ActionLines(null, " ", null),
                        new GroupMeeting.ActionLines("Timeline", "Lead reviewer", TODAY.minusDays(1))), "bm", NOW,
                TODAY)).field(), "a blank row is no action; one due before the meeting is refused beside its date");
        meeting.held(List.of(" Sam Nurse ", "Sam Nurse", "Pat Police"), "Notes", List.of(
                new GroupMeeting.ActionLines("Timeline", "Lead reviewer", TODAY.plusDays(14))), "bm", NOW, TODAY);
        assertTrue(meeting.isHeld());
        assertEquals(List.of("Sam Nurse", "Pat Police"), meeting.attendees(), "each once");
        assertEquals("Lead reviewer", meeting.actions().get(0).owner());
        assertThrows(RefusedException.class, () -> meeting.held(List.of("Sam"), "Again", List.of(), "bm", NOW, TODAY));
    }

    private static GroupMeeting plan(LocalDate on) {
        return GroupMeeting.plan("r", GroupMeeting.Group.CASE_GROUP, on, "Room 2", "1. Timeline", OPENED, "bm", NOW);
    }

    private static String refused(GroupMeeting.Group group, LocalDate on, String place, String agenda) {
        return assertThrows(InvalidFieldException.class, () -> GroupMeeting.plan("r", group, on, place, agenda, OPENED,
                "bm", NOW)).field();
    }
}

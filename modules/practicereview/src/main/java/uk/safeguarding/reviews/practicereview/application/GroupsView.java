package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A review's review group and case group as their page shows them (§8.2): each group's members (from
 * the review's assignments) and meetings, and what the signed-in person may record.
 */
public record GroupsView(String reviewId, String reviewReference, List<GroupLine> groups, boolean mayHold)
        implements Serializable {

    public GroupsView {
        groups = List.copyOf(groups);
    }

    /** Every meeting of either group planned and not yet recorded, by day: those whose record can be made. */
    public List<MeetingChoice> plannedMeetings() {
        return groups.stream().flatMap(g -> g.planned().stream().map(m -> new MeetingChoice(m.id(), g.key(),
                m.meetsOn()))).sorted(java.util.Comparator.comparing(MeetingChoice::meetsOn)).toList();
    }

    /** A planned meeting as the record form offers it. */
    public record MeetingChoice(String id, String group, LocalDate meetsOn) implements Serializable {
    }

    /** One group: its key, its members' names and its meetings. */
    public record GroupLine(String key, List<String> members, List<MeetingLine> meetings) implements Serializable {

        public GroupLine {
            members = List.copyOf(members);
            meetings = List.copyOf(meetings);
        }

        /** The meetings not yet recorded as held, whose record can be made. */
        public List<MeetingLine> planned() {
            return meetings.stream().filter(m -> !m.held()).toList();
        }
    }

    /** A meeting: planned, and once held its attendance, notes and actions. */
    public record MeetingLine(String id, LocalDate meetsOn, String place, String agenda, boolean held,
            List<String> attendees, String notes, List<String> actions) implements Serializable {

        public MeetingLine {
            attendees = List.copyOf(attendees);
            actions = List.copyOf(actions);
        }

        /** Who attended, as one line. */
        public String attendance() {
            return String.join(", ", attendees);
        }
    }
}

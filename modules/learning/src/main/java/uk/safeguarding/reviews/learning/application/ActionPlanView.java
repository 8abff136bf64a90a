package uk.safeguarding.reviews.learning.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A review's action plan as its page shows it (§9, Document 13): where the plan is, each action with
 * its owner, timescale, due day and history, where actions can start from, and what the signed-in
 * person may do now. An agency's owner reads the same lines for their own actions only.
 */
public record ActionPlanView(String reviewId, String reviewReference, String state, String agreedBy,
        LocalDate agreedOn, String handedOverTo, LocalDate handedOverOn, String closingNote, List<Line> actions,
        List<Option> sources, List<Option> owners, String defaultTimescale, boolean mayDraw, boolean mayAgree,
        boolean mayHandOver, boolean mayVerify, boolean mayClose, List<Option> recommendations)
        implements Serializable {

    public ActionPlanView {
        actions = List.copyOf(actions);
        recommendations = List.copyOf(recommendations);
        sources = List.copyOf(sources);
        owners = List.copyOf(owners);
    }

    /** One action and its history. */
    public record Line(String id, int number, String source, String answers, String what, String agencyName,
            String ownerName, String timescale, LocalDate dueOn, boolean overdue, String intendedOutcome,
            String status, String scrutineerName, List<Entry> history) implements Serializable {
    }

    /** One entry of an action's history. */
    public record Entry(String id, String kind, String note, String by, LocalDate on, String fileName)
            implements Serializable {
    }

    /** A choice: where an action can start from (a recommendation or an immediate action), or who owns it. */
    public record Option(String key, String label) implements Serializable {
    }
}

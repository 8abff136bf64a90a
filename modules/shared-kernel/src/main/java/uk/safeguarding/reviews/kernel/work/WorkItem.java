package uk.safeguarding.reviews.kernel.work;

import java.io.Serializable;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Objects;

/**
 * One thing waiting for a person: what to do ({@code action}, e.g. "Vote on the referral"), on what
 * ({@code reference}), where to do it ({@code link}, a path within the application), and, when a clock
 * runs for it, when it is due and how that stands ({@code status}: a {@code DeadlineStatus} name).
 */
public record WorkItem(String action, String reference, String link, ZonedDateTime dueBy, boolean dueAtATime,
        String status) implements Serializable {

    /** Most urgent first: the soonest due, then those with no due time, each by reference. */
    public static final Comparator<WorkItem> MOST_URGENT_FIRST = Comparator
            .comparing(WorkItem::dueBy, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WorkItem::reference, Comparator.nullsLast(Comparator.naturalOrder()));

    public WorkItem {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(link, "link");
    }
}

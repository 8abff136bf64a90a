package uk.safeguarding.reviews.chronology.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What makes a chronology entry complete enough to share (§7.8): a date no later than the chronology's
 * {@link ChronologyLimits} allow, what happened, and at least one of the six reasons that make an event
 * significant. The same rules serve the form and the import, so both say the same thing.
 */
public final class ChronologyRules {

    /** The most characters any one text field can hold. */
    public static final int MAX_TEXT_LENGTH = 4000;

    private ChronologyRules() {
    }

    /** Every problem with the entry, in field order; empty when the entry can be kept. */
    public static List<EntryProblem> check(ChronologyEntry entry, ChronologyLimits limits) {
        List<EntryProblem> problems = new ArrayList<>();
        checkDate(entry.date(), limits).ifPresent(problems::add);
        for (EntryField field : EntryField.textFields()) {
            String text = field.textOf(entry);
            if (field == EntryField.WHAT_HAPPENED && text.isBlank()) {
                problems.add(EntryProblem.of(field, "chronology.chronology-rules.say-what-happened"));
            }
            int length = text.codePointCount(0, text.length());
            if (length > MAX_TEXT_LENGTH) {
                problems.add(EntryProblem.of(field, "chronology.chronology-rules.text-too-long", field.heading(), length,
                        MAX_TEXT_LENGTH));
            }
        }
        if (entry.significance().isEmpty()) {
            // §7.8: an event belongs in the chronology only if one of its six questions is answered yes.
            problems.add(EntryProblem.of(EntryField.WHY_SIGNIFICANT, "chronology.chronology-rules.say-why-significant"));
        }
        return List.copyOf(problems);
    }

    private static Optional<EntryProblem> checkDate(LocalDate date, ChronologyLimits limits) {
        if (date == null) {
            return Optional.of(EntryProblem.of(EntryField.DATE, "chronology.chronology-rules.enter-date"));
        }
        // No lower limit: an event before the child's birth is kept and marked (ChronologyLimits.beforeBirth).
        if (date.isAfter(limits.latest())) {
            return Optional.of(EntryProblem.of(EntryField.DATE, "chronology.chronology-rules.dated-after-latest",
                    UkDates.format(date), limits.latestMeaning(), UkDates.format(limits.latest())));
        }
        return Optional.empty();
    }
}

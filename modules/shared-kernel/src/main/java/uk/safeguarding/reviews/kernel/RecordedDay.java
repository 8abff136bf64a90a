package uk.safeguarding.reviews.kernel;

import java.time.LocalDate;

/**
 * A day something already happened, as a review records it: given, not in the future, not before what
 * it follows. Each refusal is beside the field, in the words its key names (issue 13 §3).
 */
public final class RecordedDay {

    private RecordedDay() {
    }

    /** A day given and not in the future; {@code theDate} names it in a refusal. */
    public static void require(String field, LocalDate day, String theDate, String whenMissingKey, LocalDate today) {
        require(field, day, theDate, whenMissingKey, LocalDate.MIN, today, null);
    }

    /**
     * {@code theDate} names it in a refusal: "The date of the decision" must be today or in the past,
     * and not before {@code earliest} (refused in the words of {@code whenEarlierKey} with its args).
     */
    public static void require(String field, LocalDate day, String theDate, String whenMissingKey, LocalDate earliest,
            LocalDate today, String whenEarlierKey, Object... whenEarlierArgs) {
        if (day == null) {
            throw InvalidFieldException.refused(field, whenMissingKey);
        }
        if (day.isAfter(today)) {
            throw InvalidFieldException.refused(field, "kernel.recorded-day.must-today-past", theDate);
        }
        if (day.isBefore(earliest)) {
            throw InvalidFieldException.refused(field, whenEarlierKey, whenEarlierArgs);
        }
    }
}

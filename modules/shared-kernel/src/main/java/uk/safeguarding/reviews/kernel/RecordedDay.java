package uk.safeguarding.reviews.kernel;

import java.time.LocalDate;

/** A day something already happened, as a review records it: given, not in the future, not before what it follows. */
public final class RecordedDay {

    private RecordedDay() {
    }

    /** A day given and not in the future; {@code theDate} names it in a refusal. */
    public static void require(String field, LocalDate day, String theDate, String whenMissing, LocalDate today) {
        require(field, day, theDate, whenMissing, LocalDate.MIN, "", today);
    }

    /** {@code theDate} names it in a refusal: "The date of the decision" must be today or in the past. */
    public static void require(String field, LocalDate day, String theDate, String whenMissing, LocalDate earliest,
            String whenEarlier, LocalDate today) {
        if (day == null) {
            throw new InvalidFieldException(field, whenMissing);
        }
        if (day.isAfter(today)) {
            throw new InvalidFieldException(field, theDate + " must be today or in the past");
        }
        if (day.isBefore(earliest)) {
            throw new InvalidFieldException(field, whenEarlier);
        }
    }
}

package uk.safeguarding.reviews.clocks.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A weekday that is not worked: a bank holiday or one of the partnership's own closure days. */
public record NonWorkingDay(LocalDate date, String reason) {

    public NonWorkingDay {
        Objects.requireNonNull(date, "date");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A non-working day needs a reason, for example its holiday's name");
        }
    }
}

package uk.safeguarding.reviews.clocks.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A day the partnership's business unit is closed, as a business manager types it. */
public class ClosureDayForm implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotNull(message = "{clocks.closure.day.required}")
    private LocalDate day;

    @NotBlank(message = "{clocks.closure.reason.required}")
    @Size(max = 200, message = "{clocks.closure.reason.tooLong}")
    private String reason;

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

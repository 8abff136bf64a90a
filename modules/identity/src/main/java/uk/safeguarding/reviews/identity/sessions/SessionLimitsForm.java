package uk.safeguarding.reviews.identity.sessions;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/** The partnership's session limits as the business manager typed them; {@link SessionLimits} checks the ranges. */
public class SessionLimitsForm implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotNull(message = "Enter the minutes without activity after which people are signed out")
    private Integer idleMinutes;

    @NotNull(message = "Enter the hours after which people are signed out however active they are")
    private Integer absoluteHours;

    public static SessionLimitsForm of(SessionLimits limits) {
        SessionLimitsForm form = new SessionLimitsForm();
        form.idleMinutes = limits.idleMinutes();
        form.absoluteHours = limits.absoluteHours();
        return form;
    }

    public Integer getIdleMinutes() {
        return idleMinutes;
    }

    public void setIdleMinutes(Integer idleMinutes) {
        this.idleMinutes = idleMinutes;
    }

    public Integer getAbsoluteHours() {
        return absoluteHours;
    }

    public void setAbsoluteHours(Integer absoluteHours) {
        this.absoluteHours = absoluteHours;
    }
}

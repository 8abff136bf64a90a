package uk.safeguarding.reviews.rapidreview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;

/** The business unit reopened a submitted return so the agency can change it, and why. */
@Embeddable
public class Reopening {

    @Column(name = "reopened_at", nullable = false)
    private OffsetDateTime at;

    @Column(name = "reopened_by", nullable = false)
    private String by;

    @Column(name = "reason", nullable = false)
    private String reason;

    protected Reopening() {
        // for JPA
    }

    Reopening(OffsetDateTime at, String by, String reason) {
        this.at = at;
        this.by = by;
        this.reason = reason;
    }

    public OffsetDateTime at() {
        return at;
    }

    public String by() {
        return by;
    }

    public String reason() {
        return reason;
    }
}

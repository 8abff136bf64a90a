package uk.safeguarding.reviews.identity.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A partnership's session limits as it last set them; one row per partnership, absent until first changed. */
@Entity
@Table(name = "session_policy")
public class SessionPolicy {

    @Id
    private int id = 1;

    @Column(name = "idle_minutes", nullable = false)
    private int idleMinutes;

    @Column(name = "absolute_hours", nullable = false)
    private int absoluteHours;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    protected SessionPolicy() {
        // for JPA
    }

    SessionPolicy(SessionLimits limits, String changedBy, Instant changedAt) {
        change(limits, changedBy, changedAt);
    }

    final void change(SessionLimits limits, String by, Instant at) {
        this.idleMinutes = limits.idleMinutes();
        this.absoluteHours = limits.absoluteHours();
        this.changedBy = by;
        this.changedAt = at.atOffset(ZoneOffset.UTC);
    }

    SessionLimits limits() {
        return new SessionLimits(idleMinutes, absoluteHours);
    }

    String changedBy() {
        return changedBy;
    }

    OffsetDateTime changedAt() {
        return changedAt;
    }
}

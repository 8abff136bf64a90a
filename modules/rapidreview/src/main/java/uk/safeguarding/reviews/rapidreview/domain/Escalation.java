package uk.safeguarding.reviews.rapidreview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;

/**
 * §7.12: "Where there is disagreement about the outcome, the decision will be escalated to the next
 * level within the three partners up to the Safeguarding Executive." Each step is recorded: to whom,
 * and, once decided, what and why.
 */
@Embeddable
public class Escalation {

    /** The levels of §7.12, in order. */
    public enum Level {
        PARTNERS_NEXT_LEVEL("The next level within the three partners"),
        SAFEGUARDING_EXECUTIVE("The Safeguarding Executive");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false)
    private Level level;

    @Column(name = "escalated_at", nullable = false)
    private OffsetDateTime escalatedAt;

    @Column(name = "escalated_by", nullable = false)
    private String escalatedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision")
    private Recommendation decision;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "rationale")
    private String rationale;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    protected Escalation() {
        // for JPA
    }

    Escalation(Level level, String escalatedBy, OffsetDateTime at) {
        this.level = level;
        this.escalatedBy = escalatedBy;
        this.escalatedAt = at;
    }

    void decide(Recommendation chosen, String by, String why, OffsetDateTime at) {
        decision = chosen;
        decidedBy = by;
        rationale = why;
        decidedAt = at;
    }

    public boolean isDecided() {
        return decision != null;
    }

    public Level level() {
        return level;
    }

    public OffsetDateTime escalatedAt() {
        return escalatedAt;
    }

    public String escalatedBy() {
        return escalatedBy;
    }

    public Recommendation decision() {
        return decision;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String rationale() {
        return rationale;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }
}

package uk.safeguarding.reviews.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;

/** A panel vote as stored. A superseded vote stays, with when and why it was superseded. */
@Embeddable
public class RecordedVote {
    @Column(name = "member", nullable = false)
    private String member;
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false)
    private PanelOutcome outcome;
    @Column(name = "reason", nullable = false)
    private String reason;
    @Column(name = "conflict_of_interest")
    private String conflictOfInterest;
    @Column(name = "voted_at", nullable = false)
    private OffsetDateTime votedAt;
    @Column(name = "superseded_at")
    private OffsetDateTime supersededAt;
    @Column(name = "superseded_because")
    private String supersededBecause;

    protected RecordedVote() {
        // for JPA
    }

    RecordedVote(PanelVote vote) {
        this.member = vote.member();
        this.outcome = vote.outcome();
        this.reason = vote.reason();
        this.conflictOfInterest = vote.conflictOfInterest();
        this.votedAt = vote.at();
    }

    void supersede(OffsetDateTime at, String because) {
        this.supersededAt = at;
        this.supersededBecause = because;
    }

    public PanelVote vote() {
        return new PanelVote(member, outcome, reason, conflictOfInterest, votedAt);
    }

    public boolean isCurrent() {
        return supersededAt == null;
    }

    public String member() {
        return member;
    }

    public OffsetDateTime supersededAt() {
        return supersededAt;
    }

    public String supersededBecause() {
        return supersededBecause;
    }
}

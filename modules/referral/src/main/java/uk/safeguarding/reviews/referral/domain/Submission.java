package uk.safeguarding.reviews.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What the referral said when it was submitted. A re-submission after a return adds the next one,
 * so the earlier version stays visible (§7.5).
 */
@Embeddable
public class Submission {
    @Column(name = "submitted_at", nullable = false)
    private OffsetDateTime submittedAt;
    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;
    @Column(name = "child_initials", nullable = false)
    private String childInitials;
    @Column(name = "incident_date", nullable = false)
    private LocalDate incidentDate;
    @Column(name = "summary", nullable = false)
    private String summary;
    @Column(name = "returned_because")
    private String returnedBecause;

    protected Submission() {
        // for JPA
    }

    Submission(OffsetDateTime at, String by, String childInitials, LocalDate incidentDate, String summary) {
        this.submittedAt = at;
        this.submittedBy = by;
        this.childInitials = childInitials;
        this.incidentDate = incidentDate;
        this.summary = summary;
    }

    void returned(String because) {
        this.returnedBecause = because;
    }

    public OffsetDateTime submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public String childInitials() {
        return childInitials;
    }

    public LocalDate incidentDate() {
        return incidentDate;
    }

    public String summary() {
        return summary;
    }

    public String returnedBecause() {
        return returnedBecause;
    }
}

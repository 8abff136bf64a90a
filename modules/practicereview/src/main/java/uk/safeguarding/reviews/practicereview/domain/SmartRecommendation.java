package uk.safeguarding.reviews.practicereview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * One of the report's recommendations, SMART as Document 4 asks (§8.3): specific (what must be
 * done), relevant (the finding it answers), achievable by someone (the agency responsible),
 * measurable (how the partnership will know it worked) and time-bound (by when). Each becomes an
 * action of the review's plan (§9).
 */
@Embeddable
public class SmartRecommendation {

    @Column(name = "action", nullable = false)
    private String action;

    @Column(name = "finding", nullable = false)
    private String finding;

    @Column(name = "agency", nullable = false)
    private String agency;

    @Column(name = "measure", nullable = false)
    private String measure;

    @Column(name = "due_by", nullable = false)
    private LocalDate dueBy;

    protected SmartRecommendation() {
        // for JPA
    }

    SmartRecommendation(String action, String finding, String agency, String measure, LocalDate dueBy) {
        this.action = action;
        this.finding = finding;
        this.agency = agency;
        this.measure = measure;
        this.dueBy = dueBy;
    }

    public String action() {
        return action;
    }

    public String finding() {
        return finding;
    }

    public String agency() {
        return agency;
    }

    public String measure() {
        return measure;
    }

    public LocalDate dueBy() {
        return dueBy;
    }
}

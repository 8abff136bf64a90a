package uk.safeguarding.reviews.rapidreview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** Significant information still to come (§7.12): toxicology, criminal charges, a long-term prognosis. */
@Embeddable
public class PendingInformation {

    /** The kinds §7.12 names, and any other. */
    public enum Kind {
        TOXICOLOGY("Toxicology results"),
        CRIMINAL_CHARGES("Criminal charges"),
        PROGNOSIS("Long-term prognosis"),
        OTHER("Other");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private Kind kind;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "expected_by")
    private LocalDate expectedBy;

    protected PendingInformation() {
        // for JPA
    }

    PendingInformation(Kind kind, String description, LocalDate expectedBy) {
        this.kind = kind;
        this.description = description;
        this.expectedBy = expectedBy;
    }

    public Kind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public LocalDate expectedBy() {
        return expectedBy;
    }
}

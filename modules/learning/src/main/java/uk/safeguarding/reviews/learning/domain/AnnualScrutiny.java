package uk.safeguarding.reviews.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.Texts;

/**
 * §9: "the Independent Adviser will undertake an annual scrutiny of action plans to review, challenge
 * and support and test impact and learning": for one reporting year, the adviser's conclusion on the
 * partnership's action plans and what they found. Revised if the adviser
 * records it again; every version is in the audit trail.
 */
@Entity
@Table(name = "annual_scrutiny")
public class AnnualScrutiny {

    /** How assured the adviser is that the plans are delivered and their learning embedded. */
    public enum Conclusion {
        ASSURED, PARTLY_ASSURED, NOT_ASSURED
    }

    static final int MAX_FINDINGS = 4000;

    @Id
    @Column(name = "starts_in")
    private int startsIn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Conclusion conclusion;

    @Column(nullable = false)
    private String findings;

    @Column(name = "scrutinised_by", nullable = false)
    private String scrutinisedBy;

    @Column(name = "scrutinised_at", nullable = false)
    private OffsetDateTime scrutinisedAt;

    protected AnnualScrutiny() {
        // for JPA
    }

    public AnnualScrutiny(int startsIn) {
        this.startsIn = startsIn;
    }

    /** The adviser's conclusion and findings, each refused beside its field when missing; findings at most 4,000 characters. */
    public void record(Conclusion conclusion, String findings, String by, OffsetDateTime at) {
        if (conclusion == null) {
            throw InvalidFieldException.refused("conclusion", "learning.annual-scrutiny.say-how-assured-you-are");
        }
        String found = Texts.required("findings", findings, "learning.annual-scrutiny.say-what-you-found");
        Texts.requireAtMost("findings", found, MAX_FINDINGS);
        this.conclusion = conclusion;
        this.findings = found;
        this.scrutinisedBy = Objects.requireNonNull(by);
        this.scrutinisedAt = Objects.requireNonNull(at);
    }

    public int startsIn() {
        return startsIn;
    }

    public Conclusion conclusion() {
        return conclusion;
    }

    public String findings() {
        return findings;
    }

    public String scrutinisedBy() {
        return scrutinisedBy;
    }

    public OffsetDateTime scrutinisedAt() {
        return scrutinisedAt;
    }
}

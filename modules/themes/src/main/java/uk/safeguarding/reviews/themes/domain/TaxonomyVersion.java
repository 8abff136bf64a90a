package uk.safeguarding.reviews.themes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One version of the taxonomy: who changed it, when, why, and what changed (added, retired). */
@Entity
@Table(name = "theme_taxonomy_version")
public class TaxonomyVersion {

    @Id
    private int version;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Column(nullable = false)
    private String reason;

    @Column(nullable = false)
    private String summary;

    protected TaxonomyVersion() {
        // for JPA
    }

    public TaxonomyVersion(int version, String changedBy, OffsetDateTime changedAt, String reason, String summary) {
        this.version = version;
        this.changedBy = Objects.requireNonNull(changedBy);
        this.changedAt = Objects.requireNonNull(changedAt);
        this.reason = Objects.requireNonNull(reason);
        this.summary = Objects.requireNonNull(summary);
    }

    public int version() {
        return version;
    }

    public String changedBy() {
        return changedBy;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }

    public String reason() {
        return reason;
    }

    public String summary() {
        return summary;
    }
}

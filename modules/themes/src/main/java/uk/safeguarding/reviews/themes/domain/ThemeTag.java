package uk.safeguarding.reviews.themes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** One theme on one record (a referral, a review, an action), with who tagged it and when. */
@Entity
@Table(name = "theme_tag")
public class ThemeTag {

    @Id
    private String id;

    @Column(name = "record_type", nullable = false, updatable = false)
    private String recordType;

    @Column(name = "record_id", nullable = false, updatable = false)
    private String recordId;

    @Column(name = "theme_code", nullable = false, updatable = false)
    private String themeCode;

    @Column(name = "tagged_by", nullable = false, updatable = false)
    private String taggedBy;

    @Column(name = "tagged_at", nullable = false, updatable = false)
    private OffsetDateTime taggedAt;

    protected ThemeTag() {
        // for JPA
    }

    public ThemeTag(String recordType, String recordId, String themeCode, String taggedBy, OffsetDateTime taggedAt) {
        this.id = UUID.randomUUID().toString();
        this.recordType = Objects.requireNonNull(recordType);
        this.recordId = Objects.requireNonNull(recordId);
        this.themeCode = Objects.requireNonNull(themeCode);
        this.taggedBy = Objects.requireNonNull(taggedBy);
        this.taggedAt = Objects.requireNonNull(taggedAt);
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }

    public String themeCode() {
        return themeCode;
    }

    public String taggedBy() {
        return taggedBy;
    }

    public OffsetDateTime taggedAt() {
        return taggedAt;
    }
}

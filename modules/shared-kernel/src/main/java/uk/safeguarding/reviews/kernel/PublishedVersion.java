package uk.safeguarding.reviews.kernel;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A numbered, immutable version of a partnership setting, with who published it, when and why.
 * Settings change only by publishing the next version.
 */
@MappedSuperclass
public abstract class PublishedVersion {

    @Id
    private int version;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected PublishedVersion() {
        // for JPA
    }

    protected PublishedVersion(int version, String reason, String createdBy, OffsetDateTime createdAt) {
        if (version < 1) {
            throw new IllegalArgumentException("Versions start at 1");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidFieldException.refused("reason", "kernel.published-version.say-why-change");
        }
        this.version = version;
        this.reason = reason.strip();
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public int version() {
        return version;
    }

    public String reason() {
        return reason;
    }

    public String createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}

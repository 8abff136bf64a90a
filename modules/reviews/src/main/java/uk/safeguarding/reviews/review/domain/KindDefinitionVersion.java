package uk.safeguarding.reviews.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One version of a partnership's definition of a kind of review, as saved: a change makes a new
 * version and older ones stay, so a review keeps the version it opened under (issue 13 §1).
 */
@Entity
@IdClass(KindDefinitionVersion.Key.class)
@Table(name = "review_kind_definition")
public class KindDefinitionVersion {

    @Id
    @Column(name = "kind_key")
    private String kindKey;

    @Id
    @Column(name = "version")
    private int version;

    @Column(nullable = false, updatable = false)
    private String definition;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected KindDefinitionVersion() {
        // for JPA
    }

    public KindDefinitionVersion(String kindKey, int version, String definition, String reason, String by,
            OffsetDateTime at) {
        this.kindKey = Objects.requireNonNull(kindKey);
        this.version = version;
        this.definition = Objects.requireNonNull(definition);
        this.reason = Objects.requireNonNull(reason);
        this.createdBy = Objects.requireNonNull(by);
        this.createdAt = Objects.requireNonNull(at);
    }

    public String kindKey() {
        return kindKey;
    }

    public int version() {
        return version;
    }

    public String definition() {
        return definition;
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

    /** The composite key: kind and version. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String kindKey;
        private int version;

        public Key() {
        }

        public Key(String kindKey, int version) {
            this.kindKey = kindKey;
            this.version = version;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.version == version && Objects.equals(key.kindKey, kindKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kindKey, version);
        }
    }
}

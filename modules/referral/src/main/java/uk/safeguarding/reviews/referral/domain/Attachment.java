package uk.safeguarding.reviews.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A file attached to a referral (Document 7), kept in the partnership's own schema. */
@Entity
@Table(name = "referral_attachment")
public class Attachment {

    @Id
    private String id;

    @Column(name = "referral_id", nullable = false, updatable = false)
    private String referralId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private OffsetDateTime uploadedAt;

    protected Attachment() {
        // for JPA
    }

    public Attachment(String referralId, String fileName, String contentType, byte[] content, String by,
            OffsetDateTime at) {
        this.id = UUID.randomUUID().toString();
        this.referralId = Objects.requireNonNull(referralId);
        this.fileName = Objects.requireNonNull(fileName);
        this.contentType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.uploadedBy = Objects.requireNonNull(by);
        this.uploadedAt = Objects.requireNonNull(at);
    }

    public String id() {
        return id;
    }

    public String referralId() {
        return referralId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public byte[] content() {
        return content.clone();
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public OffsetDateTime uploadedAt() {
        return uploadedAt;
    }
}

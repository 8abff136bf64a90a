package uk.safeguarding.reviews.rapidreview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import uk.safeguarding.reviews.kernel.InvalidFieldException;

/** The partnership's logo, on the cover of the documents it sends (Document 12, chronology exports). */
@Entity
@Table(name = "document_branding")
public class DocumentBranding {

    static final String ONLY = "branding";
    /** A logo is small; a cover shows it at about 5 cm. */
    public static final int MAX_LOGO_BYTES = 512 * 1024;

    @Id
    private String id;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @Column(nullable = false)
    private byte[] logo;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected DocumentBranding() {
        // for JPA
    }

    public static DocumentBranding withLogo(byte[] image, String by, OffsetDateTime at) {
        DocumentBranding branding = new DocumentBranding();
        branding.id = ONLY;
        branding.replaceLogo(image, by, at);
        return branding;
    }

    /** PNG or JPEG only, checked by their first bytes rather than the name the browser sent. */
    public final void replaceLogo(byte[] image, String by, OffsetDateTime at) {
        if (image == null || image.length == 0) {
            throw InvalidFieldException.refused("logo", "rapidreview.document-branding.choose-png-jpeg-image");
        }
        if (image.length > MAX_LOGO_BYTES) {
            throw InvalidFieldException.refused("logo", "rapidreview.document-branding.logo-kb-most-kb-accepted",
                    image.length / 1024, MAX_LOGO_BYTES / 1024);
        }
        String type = isPng(image) ? "image/png" : isJpeg(image) ? "image/jpeg" : null;
        if (type == null) {
            throw InvalidFieldException.refused("logo", "rapidreview.document-branding.file-not-png-jpeg-image");
        }
        logo = image.clone();
        contentType = type;
        updatedBy = Objects.requireNonNull(by);
        updatedAt = Objects.requireNonNull(at);
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF;
    }

    public byte[] logo() {
        return logo.clone();
    }

    public String contentType() {
        return contentType;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}

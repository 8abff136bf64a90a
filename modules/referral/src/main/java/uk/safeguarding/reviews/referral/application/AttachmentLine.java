package uk.safeguarding.reviews.referral.application;

import java.time.OffsetDateTime;
import uk.safeguarding.reviews.referral.domain.Attachment;

/** An attachment as lists show it (never its content). */
public record AttachmentLine(String id, String fileName, long sizeBytes, String uploadedBy, OffsetDateTime uploadedAt) {

    static AttachmentLine of(Attachment a) {
        return new AttachmentLine(a.id(), a.fileName(), a.sizeBytes(), a.uploadedBy(), a.uploadedAt());
    }

    public String sizeText() {
        return sizeBytes < 1024 * 1024 ? Math.max(1, sizeBytes / 1024) + " KB"
                : String.format(java.util.Locale.UK, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }
}

package uk.safeguarding.reviews.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.safeguarding.reviews.kernel.InvalidFieldException;

/** Which files a partnership accepts on a referral, and how large; one row per partnership. */
@Entity
@Table(name = "attachment_policy")
public class AttachmentPolicy {

    /** The most any partnership may allow: the server refuses larger uploads before reading them. */
    public static final long CEILING_BYTES = 25L * 1024 * 1024;
    static final String DEFAULT_EXTENSIONS = "pdf,doc,docx,odt,rtf,txt,xls,xlsx,jpg,jpeg,png";
    static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    @Id
    private int id = 1;

    @Column(name = "allowed_extensions", nullable = false)
    private String allowedExtensions;

    @Column(name = "max_bytes", nullable = false)
    private long maxBytes;

    protected AttachmentPolicy() {
        // for JPA
    }

    public AttachmentPolicy(String allowedExtensions, long maxBytes) {
        change(allowedExtensions, maxBytes);
    }

    public static AttachmentPolicy defaults() {
        return new AttachmentPolicy(DEFAULT_EXTENSIONS, DEFAULT_MAX_BYTES);
    }

    public final void change(String extensions, long newMaxBytes) {
        List<String> list = parse(extensions);
        if (list.isEmpty()) {
            throw InvalidFieldException.refused("extensions", "referral.attachment-policy.name-a-kind");
        }
        if (list.stream().anyMatch(e -> !e.matches("[a-z0-9]{1,10}"))) {
            throw InvalidFieldException.refused("extensions", "referral.attachment-policy.write-extensions");
        }
        if (newMaxBytes < 1 || newMaxBytes > CEILING_BYTES) {
            throw InvalidFieldException.refused("maxMegabytes", "referral.attachment-policy.size-limit-range");
        }
        this.allowedExtensions = String.join(",", list);
        this.maxBytes = newMaxBytes;
    }

    /** Why the file is refused, beside {@code field}, or empty if it is accepted. */
    public Optional<InvalidFieldException> refusal(String field, String fileName, long size) {
        String name = fileName == null ? "" : fileName;
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.UK);
        if (size == 0) {
            return Optional.of(InvalidFieldException.refused(field, "referral.attachment-policy.file-empty", name));
        }
        if (!extensions().contains(extension)) {
            return Optional.of(InvalidFieldException.refused(field, "referral.attachment-policy.kind-not-accepted", name,
                    String.join(", ", extensions())));
        }
        if (size > maxBytes) {
            return Optional.of(InvalidFieldException.refused(field, "referral.attachment-policy.file-too-large", name,
                    megabytes(size), megabytes(maxBytes)));
        }
        return Optional.empty();
    }

    public List<String> extensions() {
        return parse(allowedExtensions);
    }

    public long maxBytes() {
        return maxBytes;
    }

    static String megabytes(long bytes) {
        return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static List<String> parse(String extensions) {
        return extensions == null ? List.of() : Arrays.stream(extensions.split("[,\\s]+"))
                .map(e -> e.strip().toLowerCase(Locale.UK).replaceFirst("^\\.", "")).filter(e -> !e.isEmpty())
                .distinct().toList();
    }
}

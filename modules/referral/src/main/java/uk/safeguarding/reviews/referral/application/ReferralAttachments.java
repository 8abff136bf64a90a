package uk.safeguarding.reviews.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import uk.safeguarding.reviews.kernel.FileContent;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.referral.domain.Attachment;
import uk.safeguarding.reviews.referral.domain.AttachmentPolicy;
import uk.safeguarding.reviews.referral.domain.Referral;
import uk.safeguarding.reviews.referral.domain.ReferralRepository;
import uk.safeguarding.reviews.referral.domain.ReferralStatus;

/**
 * Files attached to a referral: the referrer adds them while writing it, within the partnership's
 * kinds of file and size limit; whoever may see the referral may download them. Every upload,
 * refusal and download is audited.
 */
@ApplicationScoped
@Transactional
public class ReferralAttachments {

    static final String RECORD_TYPE = "referral-attachment";

    @Inject
    private ReferralRepository referrals;

    @Inject
    private ReferralAccess access;

    @Inject
    private AuditTrail audit;

    @Inject
    private RoleGate roles;

    @Inject
    private Clock clock;

    /** Adds a file; one the partnership does not accept is refused with why, beside the file field. */
    public AttachmentLine upload(String referralId, String fileName, String contentType, long declaredSize,
            InputStream content) {
        Caller caller = roles.require(AuditAction.UPDATE, RECORD_TYPE, referralId, ReferralService.WRITERS);
        Referral referral = access.findOwn(referralId, caller, AuditAction.UPDATE);
        if (referral.status() != ReferralStatus.DRAFT && referral.status() != ReferralStatus.RETURNED) {
            throw InvalidFieldException.refused("attachment",
                    "referral.referral-attachments.files-can-added-while-referral");
        }
        String name = FileContent.safeBaseName(fileName);
        AttachmentPolicy policy = referrals.attachmentPolicy();
        refuseIf(policy, name, declaredSize, referral);
        byte[] bytes = readAtMost(content, policy.maxBytes() + 1);
        refuseIf(policy, name, bytes.length, referral);
        Optional<InvalidFieldException> notWhatItSays = FileContent.mismatch("attachment", name, bytes);
        if (notWhatItSays.isPresent()) {
            audit.denied(AuditAction.UPDATE, RECORD_TYPE, referral.id(), "refused " + name + ": its content is not its kind");
            throw notWhatItSays.get();
        }
        Attachment attachment = new Attachment(referral.id(), name, contentType, bytes, caller.username(),
                OffsetDateTime.now(clock));
        referrals.add(attachment);
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, attachment.id(), name + " (" + bytes.length + " bytes) on referral "
                + referral.id());
        return AttachmentLine.of(attachment);
    }

    public List<AttachmentLine> list(String referralId) {
        Caller caller = roles.require(AuditAction.LIST, RECORD_TYPE, referralId, ReferralAccess.READERS);
        Referral referral = access.findVisible(referralId, caller, AuditAction.LIST);
        return referrals.attachmentsOf(referral.id()).stream().map(AttachmentLine::of).toList();
    }

    public AttachmentFile download(String attachmentId) {
        Caller caller = roles.require(AuditAction.VIEW, RECORD_TYPE, attachmentId, ReferralAccess.READERS);
        Attachment attachment = referrals.attachment(attachmentId == null ? "" : attachmentId.strip())
                .orElseThrow(() -> notFound(attachmentId));
        access.findVisible(attachment.referralId(), caller, AuditAction.VIEW);
        audit.allowed(AuditAction.VIEW, RECORD_TYPE, attachment.id(), "downloaded " + attachment.fileName());
        return new AttachmentFile(attachment.fileName(), attachment.contentType(), attachment.content());
    }

    public void remove(String attachmentId) {
        Caller caller = roles.require(AuditAction.DELETE, RECORD_TYPE, attachmentId, ReferralService.WRITERS);
        Attachment attachment = referrals.attachment(attachmentId == null ? "" : attachmentId.strip())
                .orElseThrow(() -> notFound(attachmentId));
        Referral referral = access.findOwn(attachment.referralId(), caller, AuditAction.DELETE);
        if (referral.status() != ReferralStatus.DRAFT && referral.status() != ReferralStatus.RETURNED) {
            throw uk.safeguarding.reviews.kernel.RefusedException.because("referral.referral-attachments.submitted-referral-files-stay-they");
        }
        referrals.remove(attachment);
        audit.allowed(AuditAction.DELETE, RECORD_TYPE, attachment.id(), "removed " + attachment.fileName());
    }

    /** The partnership's accepted kinds of file and size limit. */
    public AttachmentRules policy() {
        roles.require(AuditAction.VIEW, RECORD_TYPE, null, Role.REFERRER, Role.BUSINESS_MANAGER);
        AttachmentPolicy policy = referrals.attachmentPolicy();
        return new AttachmentRules(policy.extensions(), policy.maxBytes());
    }

    public void changePolicy(String extensions, int maxMegabytes) {
        roles.require(AuditAction.UPDATE, RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        AttachmentPolicy policy = referrals.attachmentPolicy();
        String before = policy.extensions() + " up to " + policy.maxBytes();
        policy.change(extensions, maxMegabytes * 1024L * 1024L);
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, "policy", before + " -> " + policy.extensions() + " up to "
                + policy.maxBytes());
    }

    private void refuseIf(AttachmentPolicy policy, String name, long size, Referral referral) {
        policy.refusal("attachment", name, size).ifPresent(refused -> {
            audit.denied(AuditAction.CREATE, RECORD_TYPE, referral.id(), "file refused: " + refused.getMessage());
            throw refused;
        });
    }

    private RecordNotFoundException notFound(String id) {
        return audit.notFound(AuditAction.VIEW, RECORD_TYPE, id);
    }

    private static byte[] readAtMost(InputStream in, long limit) {
        try (InputStream source = in) {
            return source.readNBytes((int) Math.min(limit, Integer.MAX_VALUE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

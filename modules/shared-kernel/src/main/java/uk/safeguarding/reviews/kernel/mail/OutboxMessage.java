package uk.safeguarding.reviews.kernel.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A letter written in the same transaction as the act it reports (a decision, a return), so it is
 * sent if and only if the act is saved. The sweep sends it later; a relative link in the body
 * ({@value #APP}) becomes the product's address then.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    /** Stands for the product's base address in a body, e.g. {@code {app}/app/referrals/view.xhtml?id=...}. */
    public static final String APP = "{app}";

    @Id
    private String id;
    @Column(nullable = false, updatable = false)
    private String recipient;
    @Column(nullable = false, updatable = false)
    private String subject;
    @Column(nullable = false, updatable = false)
    private String body;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "sent_at")
    private OffsetDateTime sentAt;
    @Column(name = "attachment_name", updatable = false)
    private String attachmentName;
    @Column(name = "attachment_type", updatable = false)
    private String attachmentType;
    @Column(name = "attachment_content", updatable = false)
    private byte[] attachmentContent;

    protected OutboxMessage() {
        // for JPA
    }

    OutboxMessage(OutgoingMail mail, OffsetDateTime at) {
        this.id = UUID.randomUUID().toString();
        this.recipient = mail.to();
        this.subject = mail.subject();
        this.body = mail.body();
        this.createdAt = at;
        if (mail.attachment() != null) {
            this.attachmentName = mail.attachment().fileName();
            this.attachmentType = mail.attachment().contentType();
            this.attachmentContent = mail.attachment().content();
        }
    }

    public String id() {
        return id;
    }

    OutgoingMail toMail(String appBaseUrl) {
        return new OutgoingMail(recipient, subject, body.replace(APP, appBaseUrl), attachmentName == null ? null
                : new OutgoingMail.Attachment(attachmentName, attachmentType, attachmentContent));
    }
}

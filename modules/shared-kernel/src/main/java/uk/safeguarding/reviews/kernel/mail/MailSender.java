package uk.safeguarding.reviews.kernel.mail;

import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Date;

/**
 * Sends mail through the server's SMTP session {@code mail/safeguarding} (liberty/server.xml: host,
 * port and sender are server variables). Delivery is synchronous so that a caller knows whether the
 * SMTP server took the message.
 */
@ApplicationScoped
public class MailSender {

    @Resource(lookup = "mail/safeguarding")
    private Session session;

    @Inject
    private Clock clock;

    public void send(OutgoingMail mail) {
        send(mail, null);
    }

    /** Sends under the partnership's letterhead, if given: its name, and its own address to reply to. */
    public void send(OutgoingMail mail, Letterhead letterhead) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(); // the session's mail.from
            if (letterhead != null) {
                String address = letterhead.address() != null ? letterhead.address()
                        : ((InternetAddress) message.getFrom()[0]).getAddress();
                message.setFrom(new InternetAddress(address, letterhead.name(), "UTF-8"));
                if (letterhead.address() != null) {
                    message.setReplyTo(new InternetAddress[] {new InternetAddress(letterhead.address(), true)});
                }
            }
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
            message.setSubject(mail.subject(), "UTF-8");
            if (mail.attachment() == null) {
                message.setText(mail.body(), "UTF-8");
            } else {
                MimeBodyPart text = new MimeBodyPart();
                text.setText(mail.body(), "UTF-8");
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new DataHandler(new ByteArrayDataSource(mail.attachment().content(),
                        mail.attachment().contentType())));
                file.setFileName(mail.attachment().fileName());
                message.setContent(new MimeMultipart(text, file));
            }
            message.setSentDate(Date.from(clock.instant()));
            Transport.send(message);
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            throw new MailDeliveryException("Mail to " + mail.to() + " was not accepted: " + e.getMessage(), e);
        }
    }
}

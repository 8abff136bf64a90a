package uk.safeguarding.reviews.web.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) where the tests' Keycloak sends its own e-mails, such as the
 * invitation to set a password (bin/test starts Keycloak with it.keycloak.smtp.port as its mail
 * server), or, in the browser test's JVM, where the application's letters arrive (it.smtp.port, the
 * test server's mail session). Used inside the test server and in the browser test's JVM alike; each
 * test starts one and stops it.
 */
final class SmtpInbox implements AutoCloseable {

    private static final Pattern SET_PASSWORD_LINK = Pattern.compile(
            "https?://\\S+/login-actions/action-token\\?key=[A-Za-z0-9._\\-]+");

    private final GreenMail server;

    private SmtpInbox(int port) {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    static SmtpInbox start(int port) {
        return new SmtpInbox(port);
    }

    /** The messages received for one address, in the order they arrived. */
    List<MimeMessage> to(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().contains(address))) {
                found.add(message);
            }
        }
        return found;
    }

    /** The link to set a password in the first invitation to this address, waiting up to 15 seconds for it. */
    String invitationLinkFor(String address) throws Exception {
        return linkIn(address, "", SET_PASSWORD_LINK, Duration.ofSeconds(15));
    }

    /**
     * The first link matching {@code link} in the first e-mail to {@code address} whose subject starts
     * with {@code subjectStart}, waiting up to {@code patience} for it.
     */
    String linkIn(String address, String subjectStart, Pattern link, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage received : to(address)) {
                if (received.getSubject() != null && received.getSubject().startsWith(subjectStart)) {
                    Matcher found = link.matcher(textOf(received));
                    if (!found.find()) {
                        throw new AssertionError("the e-mail to " + address + " has no link: " + textOf(received));
                    }
                    return found.group();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no e-mail \"" + subjectStart + "...\" was sent to " + address);
    }

    /** The decoded text of every text part (Keycloak sends plain text and HTML). */
    static String textOf(Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text;
        }
        StringBuilder all = new StringBuilder();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(textOf(multipart.getBodyPart(i))).append('\n');
            }
        }
        return all.toString();
    }

    @Override
    public void close() {
        server.stop();
    }
}

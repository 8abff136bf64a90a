package uk.safeguarding.reviews.web.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A real SMTP server (GreenMail) inside the test server's JVM, on the port the application's mail
 * session sends to (server variable smtp.port). Started once and shared by the tests; each test
 * reads only the mail for its own partnership's addresses.
 */
final class MailCatcher {

    private static GreenMail server;

    /**
     * Stops the SMTP server when the test deployment goes, so the next test class's deployment can
     * listen on the same port (its classes, and so its server, are new).
     */
    @jakarta.servlet.annotation.WebListener
    public static class StopWithDeployment implements jakarta.servlet.ServletContextListener {
        @Override
        public void contextDestroyed(jakarta.servlet.ServletContextEvent event) {
            stop();
        }
    }

    static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    private MailCatcher() {
    }

    static synchronized GreenMail running() {
        if (server == null) {
            int port = ConfigProvider.getConfig().getValue("smtp.port", Integer.class);
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server;
    }

    /** The messages received for one recipient, in the order they arrived. */
    static List<MimeMessage> to(String recipient) {
        return Arrays.stream(running().getReceivedMessages()).filter(m -> addressedTo(m, recipient)).toList();
    }

    /**
     * The messages for one recipient once at least {@code count} have arrived (or after 15 seconds):
     * the server's own sweep may be the one sending them.
     */
    static List<MimeMessage> awaitTo(String recipient, int count) {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
        List<MimeMessage> received = to(recipient);
        while (received.size() < count && System.nanoTime() < until) {
            running().waitForIncomingEmail(500, count);
            received = to(recipient);
        }
        return received;
    }

    /** The first message for a recipient whose subject starts so, waiting up to 15 seconds for it. */
    static java.util.Optional<MimeMessage> awaitSubject(String recipient, String subjectStart) {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
        while (true) {
            java.util.Optional<MimeMessage> found = to(recipient).stream()
                    .filter(m -> subjectOf(m).startsWith(subjectStart)).findFirst();
            if (found.isPresent() || System.nanoTime() > until) {
                return found;
            }
            running().waitForIncomingEmail(500, 1);
        }
    }

    /** A message's subject, for a stream's filter. */
    static String subjectOf(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean addressedTo(MimeMessage message, String recipient) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

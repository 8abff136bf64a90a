package uk.safeguarding.reviews.clocks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.clocks.domain.NoticeKind;
import uk.safeguarding.reviews.kernel.mail.MailDeliveryException;
import uk.safeguarding.reviews.kernel.mail.MailSender;
import uk.safeguarding.reviews.kernel.mail.OutgoingMail;

/**
 * Sends the current partnership's due reminders and escalations (issue 3, item 6). Each notice is
 * claimed in the database before it is sent, so however many instances sweep, and however often one
 * restarts, each goes once. A failed send gives its claim back and is tried on the next sweep.
 */
@ApplicationScoped
public class ClockNotices {

    private static final Logger LOG = Logger.getLogger(ClockNotices.class.getName());
    /** A claim this old that never became "sent" belonged to an instance that died mid-send. */
    static final Duration STALE_CLAIM = Duration.ofMinutes(10);
    private static final DateTimeFormatter AT_TIME = DateTimeFormatter.ofPattern("HH:mm 'on' EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter BY_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    @Inject
    private NoticeSteps steps;

    @Inject
    private MailSender mail;

    @Inject
    private Clock clock;

    /**
     * @param sender names this instance in the ledger
     * @param dashboardUrl where the mail sends its reader
     * @return how many notices this call sent
     */
    public int sendDue(String sender, String dashboardUrl) {
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(DeadlineCalculator.UK);
        int sent = 0;
        for (DueNotice notice : steps.due(now)) {
            if (!steps.claim(notice, sender, now, now.minus(STALE_CLAIM))) {
                continue;
            }
            try {
                mail.send(compose(notice, dashboardUrl));
                steps.sent(notice, ZonedDateTime.now(clock));
                sent++;
            } catch (MailDeliveryException e) {
                steps.failed(notice);
                LOG.log(Level.WARNING, "Notice {0} for clock {1} not sent; it will be tried again: {2}",
                        new Object[] {notice.kind(), notice.clockId(), e.getMessage()});
            }
        }
        return sent;
    }

    static OutgoingMail compose(DueNotice notice, String dashboardUrl) {
        ZonedDateTime due = notice.dueBy().withZoneSameInstant(DeadlineCalculator.UK);
        String when = notice.dueAtATime() ? AT_TIME.format(due) : "the end of " + BY_DAY.format(due);
        if (notice.kind() == NoticeKind.REMINDER) {
            return new OutgoingMail(notice.recipient(), "Due soon: " + notice.ruleKey() + " for " + notice.subjectLabel(),
                    "The " + notice.ruleKey() + " clock for " + notice.subjectLabel() + " is due by " + when + ".\n\n"
                            + notice.policyReference() + "\n\nSee it and what counts towards it: " + dashboardUrl
                            + "\n\nYou receive this because you own the clock. Reply to your business unit, not to"
                            + " this address.\n");
        }
        return new OutgoingMail(notice.recipient(), "Overdue: " + notice.ruleKey() + " for " + notice.subjectLabel(),
                "The " + notice.ruleKey() + " clock for " + notice.subjectLabel() + " was due by " + when
                        + " and has not been met. It is owned by " + notice.ownerName() + ".\n\n"
                        + notice.policyReference() + "\n\nSee it on the deadline dashboard: " + dashboardUrl + "\n");
    }
}

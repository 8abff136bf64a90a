package uk.safeguarding.reviews.clocks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.clocks.domain.NoticeLedger;
import uk.safeguarding.reviews.clocks.domain.NoticeSettings;
import uk.safeguarding.reviews.clocks.domain.NoticeKind;
import uk.safeguarding.reviews.kernel.mail.Letterhead;
import uk.safeguarding.reviews.kernel.mail.Outbox;
import uk.safeguarding.reviews.kernel.mail.OutboxMessage;
import uk.safeguarding.reviews.kernel.mail.OutgoingMail;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/**
 * Sends the current partnership's due reminders and escalations (issue 3, item 6). Each notice is
 * claimed in the database with its letter written to the outbox in one transaction, so however many
 * instances sweep, and however often one restarts, each goes once; the outbox delivers it, and tries
 * again later if the SMTP server refuses it.
 */
@ApplicationScoped
public class ClockNotices {

    /** Where a notice sends its reader: the deadline dashboard, in the product the outbox names. */
    static final String DASHBOARD = OutboxMessage.APP + "/safeguarding/app/clocks/dashboard.xhtml";
    private static final DateTimeFormatter AT_TIME = DateTimeFormatter.ofPattern("HH:mm 'on' EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter BY_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    @Inject
    private NoticeSteps steps;

    @Inject
    private Outbox outbox;

    @Inject
    private NoticeLedger settings;

    @Inject
    private Clock clock;

    @Inject
    private Instance<ClockSubjectLinks> links;

    /**
     * Queues what is due and delivers the partnership's waiting letters.
     *
     * @param sender names this instance in the ledger
     * @param appBaseUrl the product's address, for the links in the letters
     * @return how many notices this call queued
     */
    public int sendDue(String sender, String appBaseUrl) {
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(DeadlineCalculator.UK);
        int queued = 0;
        for (DueNotice notice : steps.due(now)) {
            if (steps.queue(notice, compose(notice, linkFor(notice)), sender, now)) {
                queued++;
            }
        }
        // Letters come from the partnership: its name, and its business unit's mailbox where set.
        outbox.sendPending(sender, appBaseUrl, new Letterhead(TenantContext.tenant().displayName(),
                settings.settings().map(NoticeSettings::businessUnitEmail).orElse(null)));
        return queued;
    }

    /** The owner's notices lead to their task where its module names one; escalations to the dashboard. */
    private String linkFor(DueNotice notice) {
        if (notice.kind() == NoticeKind.ESCALATION) {
            return DASHBOARD;
        }
        return links.stream().map(l -> l.ownerLink(notice.subject())).flatMap(Optional::stream).findFirst()
                .orElse(DASHBOARD);
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
        if (notice.kind() == NoticeKind.OVERDUE) {
            return new OutgoingMail(notice.recipient(), "Please complete now: " + notice.ruleKey() + " for " + notice.subjectLabel(),
                    "The " + notice.ruleKey() + " clock for " + notice.subjectLabel() + " was due by " + when
                            + " and has not been met. Please complete it now: " + dashboardUrl + "\n\n"
                            + notice.policyReference() + "\n\nYou receive this because you own the clock; the"
                            + " business unit has been told it is overdue.\n");
        }
        return new OutgoingMail(notice.recipient(), "Overdue: " + notice.ruleKey() + " for " + notice.subjectLabel(),
                "The " + notice.ruleKey() + " clock for " + notice.subjectLabel() + " was due by " + when
                        + " and has not been met. It is owned by " + notice.ownerName() + ".\n\n"
                        + notice.policyReference() + "\n\nSee it on the deadline dashboard: " + dashboardUrl + "\n");
    }
}

package uk.safeguarding.reviews.clocks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.clocks.domain.NoticeKind;
import uk.safeguarding.reviews.clocks.domain.NoticeLedger;
import uk.safeguarding.reviews.clocks.domain.NoticeSettings;
import uk.safeguarding.reviews.clocks.domain.RunningClock;
import uk.safeguarding.reviews.clocks.domain.RunningClockRepository;
import uk.safeguarding.reviews.clocks.domain.WorkingDayCalendar;
import uk.safeguarding.reviews.kernel.mail.Outbox;
import uk.safeguarding.reviews.kernel.mail.OutgoingMail;

/** The steps of a notice sweep, each its own transaction, so one notice's trouble never undoes another's. */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class NoticeSteps {

    @Inject
    private RunningClockRepository clocks;

    @Inject
    private PartnershipTimescales timescales;

    @Inject
    private NoticeLedger ledger;

    @Inject
    private AuditTrail audit;

    @Inject
    private Outbox outbox;

    /**
     * Open clocks whose reminder, due or escalation time has come. Once a clock is overdue its owner
     * gets a chaser instead of the reminder; an escalation needs the business unit's mailbox.
     */
    public List<DueNotice> due(ZonedDateTime now) {
        WorkingDayCalendar calendar = timescales.workingDays();
        Optional<String> businessUnit = ledger.settings().map(NoticeSettings::businessUnitEmail);
        List<DueNotice> due = new ArrayList<>();
        for (RunningClock clock : clocks.needingNotice(now)) {
            ZonedDateTime dueBy = clock.deadline().dueBy();
            boolean overdue = now.isAfter(dueBy);
            clock.reminderAt(calendar).filter(at -> !at.isAfter(now) && !overdue && clock.owner().email() != null)
                    .ifPresent(at -> due.add(notice(clock, NoticeKind.REMINDER, clock.owner().email())));
            if (overdue && clock.owner().email() != null) {
                due.add(notice(clock, NoticeKind.OVERDUE, clock.owner().email()));
            }
            if (businessUnit.isPresent()) {
                clock.escalationAt(calendar).filter(at -> !at.isAfter(now))
                        .ifPresent(at -> due.add(notice(clock, NoticeKind.ESCALATION, businessUnit.get())));
            }
        }
        return due;
    }

    /**
     * Claims the notice and, if this sender won it, writes its letter to the outbox in the same
     * transaction: either both happen or neither, so the notice goes once.
     */
    public boolean queue(DueNotice notice, OutgoingMail letter, String sender, ZonedDateTime now) {
        if (!ledger.claim(notice.clockId(), notice.kind(), notice.dueBy(), notice.recipient(), sender, now)) {
            return false;
        }
        outbox.write(letter);
        audit.allowed(AuditAction.CREATE, ClockService.RECORD_TYPE, notice.clockId().toString(), notice.kind()
                + " for " + notice.ruleKey() + " of " + notice.subjectLabel() + " (due " + notice.dueBy() + ") sent to "
                + notice.recipient());
        return true;
    }

    public boolean hasBusinessUnitMailbox() {
        return ledger.settings().isPresent();
    }

    private static DueNotice notice(RunningClock clock, NoticeKind kind, String recipient) {
        return new DueNotice(clock.id(), kind, clock.deadline().dueBy(), recipient, clock.subject(),
                clock.rule().key(), clock.rule().policyReference(), clock.owner().name(), clock.rule().leadInHours());
    }
}

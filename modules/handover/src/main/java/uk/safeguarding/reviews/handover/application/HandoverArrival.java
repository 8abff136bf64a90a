package uk.safeguarding.reviews.handover.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.clocks.application.ClockLine;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.clocks.application.ClockSubjectLinks;
import uk.safeguarding.reviews.clocks.domain.ClockSubject;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.mail.Outbox;
import uk.safeguarding.reviews.kernel.mail.OutboxMessage;
import uk.safeguarding.reviews.kernel.mail.OutgoingMail;
import uk.safeguarding.reviews.tenancy.api.TenantCrossing;
import uk.safeguarding.reviews.tenancy.domain.TenantRegistry;

/**
 * A proposal's arrival in the receiving partnership (§10.2: cross-boundary matters are answered as a
 * priority): once the proposal has committed, the receiving side's own {@code handover-answer} clock
 * starts under its rules, with reminders and chasers to its business unit, and the business unit's
 * mailbox is told, by reference only. Should this fail, the proposal stands and still shows in the
 * receiving inbox with its answer-by date.
 */
@ApplicationScoped
public class HandoverArrival implements ClockSubjectLinks {

    static final String CLOCK_SUBJECT_TYPE = "handover";
    private static final Logger LOG = Logger.getLogger(HandoverArrival.class.getName());

    @Inject
    private TenantCrossing crossing;

    @Inject
    private TenantRegistry registry;

    @Inject
    private HandoverArrival self;

    @Inject
    private ClockService clocks;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditTrail audit;

    void onProposed(@Observes(during = TransactionPhase.AFTER_SUCCESS) HandoverProposed proposed) {
        try {
            registry.findBySlug(proposed.toTenant()).ifPresent(receiving -> crossing.callIn(receiving.asActive(),
                    new Caller(proposed.proposedBy() + " (" + proposed.fromTenant() + ")", proposed.fromName(), Set.of()),
                    () -> self.arrive(proposed)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Handover " + proposed.handoverId() + " is proposed, but its clock in "
                    + proposed.toTenant() + " could not start", e);
        }
    }

    /** Inside the receiving partnership: its clock, its business unit told, its trail. */
    @Transactional
    public ClockLine arrive(HandoverProposed proposed) {
        ClockSubject subject = subject(proposed.handoverId(), proposed.sourceReference(), proposed.fromName());
        ClockLine answer = clocks.start(subject, clocks.businessUnit(), Handovers.ANSWER_CLOCK,
                proposed.proposedAt().atZoneSameInstant(DeadlineCalculator.UK));
        String mailbox = clocks.businessUnit().email();
        if (mailbox != null) {
            outbox.write(new OutgoingMail(mailbox, "Handover proposed: " + proposed.sourceReference() + " from "
                    + proposed.fromName(), proposed.fromName() + " proposes to hand over " + proposed.sourceReference()
                    + " to this partnership, where the incident happened (\u00a710.2). Answer by the end of "
                    + answer.dueDay() + ": " + ownerLink(subject).orElseThrow() + "\n"));
        }
        audit.allowed(AuditAction.CREATE, Handovers.RECORD_TYPE, proposed.handoverId(), "proposal received from "
                + proposed.fromName() + "; answer due " + answer.dueDay());
        return answer;
    }

    static ClockSubject subject(String handoverId, String sourceReference, String fromName) {
        return new ClockSubject(CLOCK_SUBJECT_TYPE, handoverId, sourceReference + " from " + fromName);
    }

    @Override
    public Optional<String> ownerLink(ClockSubject subject) {
        return CLOCK_SUBJECT_TYPE.equals(subject.type())
                ? Optional.of(OutboxMessage.APP + "/safeguarding/app/referrals/handovers.xhtml") : Optional.empty();
    }
}

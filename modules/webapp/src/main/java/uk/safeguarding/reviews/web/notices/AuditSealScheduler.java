package uk.safeguarding.reviews.web.notices;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.safeguarding.reviews.audit.AuditChainService;

/**
 * Seals each partnership's newly committed audit rows into its hash chain, and verifies each chain
 * once a day (issue 18). Several servers may sweep at once: a partnership's advisory lock lets one
 * seal at a time, and the one that waited finds nothing left to seal.
 */
@ApplicationScoped
public class AuditSealScheduler {

    private static final Logger LOG = Logger.getLogger(AuditSealScheduler.class.getName());

    @Resource
    private ManagedScheduledExecutorService executor;

    @Inject
    private EveryPartnership partnerships;

    @Inject
    private AuditChainService chains;

    @Inject
    @ConfigProperty(name = "audit.seal.seconds", defaultValue = "60")
    private long everySeconds;

    private ScheduledFuture<?> sweeps;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        sweeps = executor.scheduleWithFixedDelay(this::sweepQuietly, everySeconds, everySeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (sweeps != null) {
            sweeps.cancel(false);
        }
    }

    /** Seals what is waiting in every partnership, then runs each daily verification that is due; returns rows sealed. */
    public int sweep() {
        int sealed = partnerships.sum("Sealing the audit trail", tenant -> chains::sealPending);
        partnerships.sum("The daily audit trail verification", tenant -> () -> chains.verifyIfDue().isPresent() ? 1 : 0);
        return sealed;
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Audit seal sweep failed", e);
        }
    }
}

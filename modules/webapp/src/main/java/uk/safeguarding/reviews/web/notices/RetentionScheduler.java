package uk.safeguarding.reviews.web.notices;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.safeguarding.reviews.tenancy.api.PartnershipDataElsewhere;
import uk.safeguarding.reviews.tenancy.api.PartnershipDirectory;
import uk.safeguarding.reviews.tenancy.application.TenantAdministration;
import uk.safeguarding.reviews.web.startup.PlatformStartup;

/**
 * Deletes the data of archived partnerships whose retention date has passed (issue 18), a few
 * minutes after start-up and then daily. Several servers may sweep at once: dropping a schema
 * already dropped and marking a partnership already marked change nothing.
 */
@ApplicationScoped
public class RetentionScheduler {

    private static final Logger LOG = Logger.getLogger(RetentionScheduler.class.getName());
    static final String ACTOR = "retention sweep";

    @Resource
    private ManagedScheduledExecutorService executor;

    @Inject
    private TenantAdministration administration;

    @Inject
    private PartnershipDirectory directory;

    @Inject
    private Instance<PartnershipDataElsewhere> elsewhere;

    @Inject
    private PlatformStartup startup;

    @Inject
    private Clock clock;

    private ScheduledFuture<?> sweeps;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        sweeps = executor.scheduleWithFixedDelay(this::sweepQuietly, 5, 24 * 60, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (sweeps != null) {
            sweeps.cancel(false);
        }
    }

    /** Deletes what is past its retention date as of {@code today}; returns the short names deleted. */
    public List<String> sweep(LocalDate today) {
        return administration.deleteExpired(today, directory, elsewhere.stream().toList(), ACTOR);
    }

    private void sweepQuietly() {
        if (!startup.isReady()) {
            return;
        }
        try {
            List<String> deleted = sweep(LocalDate.now(clock));
            if (!deleted.isEmpty()) {
                LOG.info(() -> "Deleted the data of " + deleted + " after their retention dates");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The retention sweep failed", e);
        }
    }
}

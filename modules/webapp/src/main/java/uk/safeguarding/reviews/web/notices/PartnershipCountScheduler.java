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
import uk.safeguarding.reviews.tenancy.application.PartnershipActivity;
import uk.safeguarding.reviews.web.startup.PlatformStartup;

/**
 * Counts each partnership's people and open reviews for the platform's list (issue 18), a minute
 * after start-up and then every {@code platform.counts.minutes}. Several servers may count at once:
 * each writes the same numbers.
 */
@ApplicationScoped
public class PartnershipCountScheduler {

    private static final Logger LOG = Logger.getLogger(PartnershipCountScheduler.class.getName());

    @Resource
    private ManagedScheduledExecutorService executor;

    @Inject
    private PartnershipActivity activity;

    @Inject
    private PlatformStartup startup;

    @Inject
    @ConfigProperty(name = "platform.counts.minutes", defaultValue = "15")
    private long everyMinutes;

    private ScheduledFuture<?> counts;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        counts = executor.scheduleWithFixedDelay(this::countQuietly, 60, everyMinutes * 60, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (counts != null) {
            counts.cancel(false);
        }
    }

    private void countQuietly() {
        if (!startup.isReady()) {
            return;
        }
        try {
            activity.countAll();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Counting the partnerships' people and reviews failed", e);
        }
    }
}

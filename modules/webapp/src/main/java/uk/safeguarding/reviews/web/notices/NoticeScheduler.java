package uk.safeguarding.reviews.web.notices;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.safeguarding.reviews.clocks.application.CalendarCoverage;
import uk.safeguarding.reviews.clocks.application.ClockNotices;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.tenancy.api.TenantContext;
import uk.safeguarding.reviews.tenancy.domain.Tenant;

/**
 * Every instance sweeps every active partnership for due reminders and escalations and for letters
 * waiting in the outbox. Instances do not coordinate: the notice ledger and the outbox's claims let
 * only one of them send each message.
 */
@ApplicationScoped
public class NoticeScheduler {

    private static final Logger LOG = Logger.getLogger(NoticeScheduler.class.getName());

    /** Names this instance in the ledger: host and process, and a random part for restarts. */
    private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    @Resource
    private ManagedScheduledExecutorService executor;

    @Inject
    private EveryPartnership partnerships;

    @Inject
    private ClockNotices notices;

    @Inject
    private CalendarCoverage coverage;

    @Inject
    private Clock clock;

    /** The day each partnership's running-out calendar was last reported, so the log says it once a day. */
    private final Map<String, LocalDate> calendarWarnedOn = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "notices.sweep.seconds", defaultValue = "60")
    private long everySeconds;

    @Inject
    @ConfigProperty(name = "app.base.url")
    private String baseUrl;

    private ScheduledFuture<?> sweeps;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        sweeps = executor.scheduleWithFixedDelay(this::sweepAllQuietly, everySeconds, everySeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (sweeps != null) {
            sweeps.cancel(false);
        }
    }

    /** One sweep over every active partnership; returns how many notices this instance sent. */
    public int sweepAll() {
        return partnerships.sum("Notice sweep", tenant -> () -> {
            int sent = notices.sendDue(instance, baseUrl);
            warnIfTheCalendarRunsOut(tenant);
            return sent;
        });
    }

    /**
     * The platform's operators are told, once a day, of each partnership whose working-day calendar
     * runs out within twelve months (issue 12): until newer GOV.UK bank holidays are loaded there (or a
     * release ships them), a clock that would run past its last day is refused. Its business managers
     * see the same warning on their deadlines and clock rules pages.
     */
    private void warnIfTheCalendarRunsOut(Tenant tenant) throws Exception {
        LocalDate today = LocalDate.now(clock);
        if (today.equals(calendarWarnedOn.get(tenant.slug()))) {
            return;
        }
        Optional<LocalDate> lastDay = TenantContext.call(tenant.asActive(), Caller.system(), coverage::runsOutSoon);
        calendarWarnedOn.put(tenant.slug(), today);
        lastDay.ifPresent(day -> LOG.warning(() -> "The working-day calendar of " + tenant.slug() + " ("
                + tenant.displayName() + ") counts working days only up to " + day + ": load GOV.UK's newer"
                + " bank-holidays file there (Clock rules, Working days) or install a release that ships it"));
    }

    private void sweepAllQuietly() {
        try {
            sweepAll();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Notice sweep failed", e);
        }
    }

    public String instance() {
        return instance;
    }
}

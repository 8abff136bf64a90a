package uk.safeguarding.reviews.tenancy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.tenancy.api.OpenReviewCount;
import uk.safeguarding.reviews.tenancy.api.PartnershipDirectory;
import uk.safeguarding.reviews.tenancy.api.TenantContext;
import uk.safeguarding.reviews.tenancy.domain.Tenant;
import uk.safeguarding.reviews.tenancy.domain.TenantRegistry;

/**
 * The platform's view of how each partnership is used (issue 18): when anyone last used it (noted
 * by the tenant gate, at most once every few minutes per partnership and server), and how many
 * people hold its roles and how many of its reviews are open, counted by a sweep and kept in the
 * platform schema, so the platform's pages read numbers there and never a partnership's tables.
 */
@ApplicationScoped
public class PartnershipActivity {

    private static final Logger LOG = Logger.getLogger(PartnershipActivity.class.getName());
    /** How often one server writes that a partnership is in use: "last active" is to the few minutes. */
    static final Duration NOTED_EVERY = Duration.ofMinutes(5);

    /** Keyed by the partnership's short name: when this server last wrote that it was used. */
    private final Map<String, Instant> noted = new ConcurrentHashMap<>();

    @Inject
    private TenantRegistry registry;

    @Inject
    private PartnershipDirectory directory;

    @Inject
    private OpenReviewCount openReviews;

    @Inject
    private Clock clock;

    /** The partnership is being used now: kept unless this server kept it within the last few minutes. */
    public void used(String slug) {
        Instant now = clock.instant();
        Instant last = noted.get(slug);
        if (last != null && now.isBefore(last.plus(NOTED_EVERY))) {
            return;
        }
        noted.put(slug, now);
        try {
            registry.markActive(slug, now.atOffset(ZoneOffset.UTC));
        } catch (RuntimeException e) {
            noted.remove(slug);
            LOG.log(Level.WARNING, "Could not note that " + slug + " is in use", e);
        }
    }

    /**
     * Counts each active partnership's people (at the sign-in service) and open reviews (in its own
     * schema, as the system) and keeps the numbers; one partnership's failure leaves its last numbers
     * and never stops the others'. Returns how many partnerships were counted.
     */
    public int countAll() {
        int counted = 0;
        for (Tenant tenant : registry.findActive()) {
            try {
                count(tenant);
                counted++;
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Could not count the reviews of " + tenant.slug(), e);
            }
        }
        return counted;
    }

    private void count(Tenant tenant) throws Exception {
        Integer people;
        try {
            people = directory.headcount(tenant.slug());
        } catch (PartnershipDirectory.DirectoryException e) {
            LOG.log(Level.WARNING, "Could not count the people of " + tenant.slug() + "; their last count is kept", e);
            people = null;
        }
        long open = TenantContext.call(tenant.asActive(), Caller.system(), openReviews::openReviews);
        registry.recordCounts(tenant.slug(), people, Math.toIntExact(open), OffsetDateTime.now(clock));
    }
}

package uk.safeguarding.reviews.identity.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Forms;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/**
 * Each partnership's session limits (issue 18): read by the tenant gate on every request, set by the
 * business manager, and every session the limits end recorded in the partnership's trail.
 */
@ApplicationScoped
@Transactional
public class PartnershipSessions {

    static final String RECORD_TYPE = "session-limits";
    static final String SESSION_RECORD = "session";
    /** How long a server trusts the limits it read: a change reaches every server within this. */
    static final Duration REMEMBERED_FOR = Duration.ofSeconds(30);

    /** Keyed by the partnership's short name: one partnership's limits never serve another's request. */
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "cases")
    private EntityManager em;

    @Inject
    private RoleGate roles;

    @Inject
    private AuditTrail audit;

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    /** The limits of the partnership the request runs in; anyone signed in to it may ask (the gate does, for everyone). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SessionLimits limits() {
        String slug = TenantContext.tenant().slug();
        Instant now = clock.instant();
        Remembered known = remembered.get(slug);
        if (known != null && now.isBefore(known.readAt().plus(REMEMBERED_FOR))) {
            return known.limits();
        }
        SessionLimits limits = stored().map(SessionPolicy::limits).orElse(SessionLimits.DEFAULT);
        remembered.put(slug, new Remembered(limits, now));
        return limits;
    }

    /** The settings page: the limits in force, who last changed them and when (audited read). */
    public Settings settings() {
        roles.read(AuditAction.VIEW, RECORD_TYPE, "1", "the partnership's session limits", Role.BUSINESS_MANAGER);
        return stored().map(p -> new Settings(p.limits(), Optional.of(p.changedBy()), Optional.of(p.changedAt())))
                .orElse(new Settings(SessionLimits.DEFAULT, Optional.empty(), Optional.empty()));
    }

    public SessionLimits change(SessionLimitsForm form) {
        Caller caller = roles.require(AuditAction.UPDATE, RECORD_TYPE, "1", Role.BUSINESS_MANAGER);
        Forms.requireValid(validator, form);
        SessionLimits limits = new SessionLimits(form.getIdleMinutes(), form.getAbsoluteHours());
        Optional<SessionPolicy> stored = stored();
        SessionLimits before = stored.map(SessionPolicy::limits).orElse(SessionLimits.DEFAULT);
        if (stored.isPresent()) {
            stored.get().change(limits, caller.username(), clock.instant());
        } else {
            em.persist(new SessionPolicy(limits, caller.username(), clock.instant()));
        }
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, "1", "Session limits " + describe(before) + " -> "
                + describe(limits));
        remembered.remove(TenantContext.tenant().slug());
        return limits;
    }

    /** Records in the partnership's trail that a person's session was ended by its limits. */
    public void recordEnded(SessionLimits.Verdict reason, SessionLimits limits) {
        String why = reason == SessionLimits.Verdict.IDLE
                ? "Signed out after " + limits.idleMinutes() + " minutes without activity"
                : "Signed out " + limits.absoluteHours() + " hours after signing in";
        audit.allowed(AuditAction.DELETE, SESSION_RECORD, TenantContext.caller().username(), why);
    }

    private Optional<SessionPolicy> stored() {
        return Optional.ofNullable(em.find(SessionPolicy.class, 1));
    }

    private static String describe(SessionLimits limits) {
        return limits.idleMinutes() + " minutes idle, " + limits.absoluteHours() + " hours at most";
    }

    /** The limits in force and, once a partnership has set its own, who set them and when. */
    public record Settings(SessionLimits limits, Optional<String> changedBy, Optional<OffsetDateTime> changedAt) {
    }

    private record Remembered(SessionLimits limits, Instant readAt) {
    }
}

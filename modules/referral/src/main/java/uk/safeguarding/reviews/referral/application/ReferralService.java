package uk.safeguarding.reviews.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Forms;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.referral.domain.Referral;
import uk.safeguarding.reviews.referral.domain.ReferralRepository;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/**
 * Referral use cases. Each method is one transaction in the current tenant, checks the caller's
 * role in that tenant, and leaves an audit row whether it is allowed or refused.
 */
@ApplicationScoped
@Transactional
public class ReferralService {

    static final String RECORD_TYPE = "referral";
    private static final int LIST_LIMIT = 500;

    @Inject
    private ReferralRepository referrals;

    @Inject
    private AuditTrail audit;

    @Inject
    private RoleGate roles;

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    /** Starts a draft referral (policy §7.4: any partner agency's professional may refer). */
    public String startDraft(DraftReferralForm form) {
        Caller caller = roles.require(AuditAction.CREATE, RECORD_TYPE, null, Role.REFERRER);
        Forms.requireValid(validator, form);
        Referral draft = Referral.startDraft(Referral.newId(), List.of(form.getChildInitials()),
                form.getIncidentDate(), form.getSummary(), caller.username(), OffsetDateTime.now(clock));
        referrals.add(draft);
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, draft.id(), "draft started");
        return draft.id();
    }

    /** Whether the caller may start a referral here; asking changes nothing and is not audited. */
    public boolean mayStartDraft() {
        return TenantContext.caller().hasRole(Role.REFERRER);
    }

    public List<ReferralSummary> listDrafts() {
        roles.require(AuditAction.LIST, RECORD_TYPE, null, Role.REFERRER, Role.BUSINESS_MANAGER);
        List<ReferralSummary> drafts = referrals.findDrafts(LIST_LIMIT).stream().map(ReferralSummary::of).toList();
        audit.allowed(AuditAction.LIST, RECORD_TYPE, null, drafts.size() + " drafts listed");
        return drafts;
    }

    /**
     * One referral of this tenant. An id from any other tenant is simply not found here, and the
     * attempt is audited, so probing ids reveals nothing and leaves a trace.
     */
    public ReferralSummary view(String id) {
        roles.require(AuditAction.VIEW, RECORD_TYPE, id, Role.REFERRER, Role.BUSINESS_MANAGER);
        Referral referral = referrals.find(normaliseId(id)).orElseThrow(() -> {
            audit.denied(AuditAction.VIEW, RECORD_TYPE, id, "not found in this partnership");
            return new RecordNotFoundException(RECORD_TYPE, id);
        });
        audit.allowed(AuditAction.VIEW, RECORD_TYPE, referral.id(), null);
        return ReferralSummary.of(referral);
    }

    /** Ids are UUIDs; anything else cannot exist, but is still audited as a lookup. */
    private static String normaliseId(String id) {
        return id == null ? "" : id.strip().toLowerCase(java.util.Locale.ROOT);
    }
}

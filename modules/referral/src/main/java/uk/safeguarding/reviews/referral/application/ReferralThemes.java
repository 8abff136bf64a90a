package uk.safeguarding.reviews.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.kernel.search.SearchHit;
import uk.safeguarding.reviews.kernel.themes.TaggableRecords;
import uk.safeguarding.reviews.referral.domain.Referral;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/**
 * Referrals carry themes (§10.3 a "referrals by ... theme"): seen by whoever may open the referral
 * ({@link ReferralAccess#findVisible}), tagged by those who decide on it once the partnership has
 * received it: the business unit and the Virtual Panel (§7.2, §10.1), at decision or after.
 */
@ApplicationScoped
@Transactional
public class ReferralThemes implements TaggableRecords {

    /** §10.1: the Virtual Panel and the business manager decide on referrals. */
    private static final Role[] DECIDERS = {Role.BUSINESS_MANAGER, Role.PANEL_MEMBER, Role.INDEPENDENT_ADVISER};

    @Inject
    private ReferralAccess access;

    @Inject
    private AuditTrail audit;

    @Override
    public String type() {
        return ReferralService.RECORD_TYPE;
    }

    @Override
    public boolean mayTag(String id) {
        Caller caller = TenantContext.caller();
        return access.lookUp(id).filter(referral -> taggable(referral, caller)).isPresent();
    }

    @Override
    public SearchHit requireTaggable(String id) {
        Caller caller = TenantContext.caller();
        Referral referral = access.findVisible(id, caller, AuditAction.UPDATE);
        if (!taggable(referral, caller)) {
            throw audit.notFound(AuditAction.UPDATE, type(), id);
        }
        return hit(referral);
    }

    @Override
    public Map<String, SearchHit> visible(Collection<String> ids) {
        Caller caller = TenantContext.caller();
        Map<String, SearchHit> seen = new LinkedHashMap<>();
        for (String id : ids) {
            access.lookUp(id).filter(referral -> access.mayOpen(referral, caller))
                    .ifPresent(referral -> seen.put(id, hit(referral)));
        }
        return seen;
    }

    /** A decider's, on a referral the partnership received and still holds. */
    private boolean taggable(Referral referral, Caller caller) {
        return caller.hasAnyRole(DECIDERS) && referral.reference() != null && referral.handedOverTo() == null
                && access.mayOpen(referral, caller);
    }

    private static SearchHit hit(Referral referral) {
        return new SearchHit("Referral", referral.reference() == null ? referral.label() : referral.reference(),
                referral.summary(), "/app/referrals/view.xhtml?id=" + referral.id());
    }
}

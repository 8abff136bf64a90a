package uk.safeguarding.reviews.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.clocks.domain.ClockSubject;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.referral.domain.Referral;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.referral.domain.ReferralRepository;
import uk.safeguarding.reviews.referral.domain.ReferralStatus;

/**
 * Finding a referral on behalf of a caller. An id of another partnership, or another referrer's
 * referral asked for by a referrer, is "not found", exactly like a made-up id, and the attempt is
 * audited.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class ReferralAccess {

    static final String CLOCK_SUBJECT_TYPE = "referral";

    @Inject
    private ReferralRepository referrals;

    @Inject
    private AuditTrail audit;

    public Referral find(String id, AuditAction action) {
        return referrals.find(normaliseId(id)).orElseThrow(() -> notFound(id, action));
    }

    /** A referral the caller writes (see {@link #writes}); anyone else's is not found. */
    public Referral findOwn(String id, Caller caller, AuditAction action) {
        Referral referral = find(id, action);
        if (!writes(referral, caller)) {
            throw notFound(id, action);
        }
        return referral;
    }

    /**
     * Whether the caller writes the referral: the referrer who started it, or, for a referral keyed in
     * from outside (§7.3-7.4), any business manager: the business unit completes it as a team.
     */
    public boolean writes(Referral referral, Caller caller) {
        return referral.createdBy().equals(caller.username())
                || referral.outsideReceipt().isPresent() && caller.hasRole(Role.BUSINESS_MANAGER);
    }

    /** The roles that read some referrals; {@link #findVisible} decides which (the service's first, coarse check). */
    static final Role[] READERS = {Role.REFERRER, Role.BUSINESS_MANAGER, Role.PANEL_MEMBER, Role.INDEPENDENT_ADVISER,
        Role.AGENCY_VERIFIER};

    /**
     * A referral the caller may see: its referrer's own, the one an agency's verifier was asked to
     * verify (§7.3), every referral for the business unit, and those the partnership received for the
     * Virtual Panel. Anything else is not found.
     */
    public Referral findVisible(String id, Caller caller, AuditAction action) {
        Referral referral = find(id, action);
        if (!mayOpen(referral, caller)) {
            throw notFound(id, action);
        }
        return referral;
    }

    /** {@link #findVisible}'s rule, asked quietly of a referral already in hand (a list leaves out what it refuses). */
    public boolean mayOpen(Referral referral, Caller caller) {
        boolean own = referral.createdBy().equals(caller.username());
        boolean verifier = caller.hasRole(Role.AGENCY_VERIFIER) && referral.verifier() != null
                && referral.verifier().equalsIgnoreCase(caller.username());
        boolean received = referral.status() != ReferralStatus.DRAFT
                && referral.status() != ReferralStatus.AWAITING_VERIFICATION || referral.reference() != null;
        boolean office = caller.hasRole(Role.BUSINESS_MANAGER) || received && (caller.hasRole(Role.PANEL_MEMBER)
                || caller.hasRole(Role.INDEPENDENT_ADVISER));
        return own || verifier || office;
    }

    /** The referral, looked up quietly: a list or an offer on a page, not a request for the record. */
    public java.util.Optional<Referral> lookUp(String id) {
        return referrals.find(normaliseId(id));
    }

    public ClockSubject subject(Referral referral) {
        return new ClockSubject(CLOCK_SUBJECT_TYPE, referral.id(), referral.label());
    }

    private RecordNotFoundException notFound(String id, AuditAction action) {
        return audit.notFound(action, ReferralService.RECORD_TYPE, id);
    }

    /** Ids are UUIDs; anything else cannot exist, but is still audited as a lookup. */
    static String normaliseId(String id) {
        return id == null ? "" : id.strip().toLowerCase(java.util.Locale.ROOT);
    }
}

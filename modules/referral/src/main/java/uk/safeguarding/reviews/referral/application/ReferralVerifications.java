package uk.safeguarding.reviews.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.referral.domain.Referral;

/**
 * §7.3: "each organisation needs to decide how a referral will be verified internally before the
 * referral is made". A referrer may name their agency's verifier on this service (the
 * agency-verifier role): the verifier reads the whole referral and verifies it, and only then does
 * the partnership receive it, with its reference and clocks; or they return it to the referrer with
 * what to change. Nobody else may act for them, and a referral that does not name them is not found.
 */
@ApplicationScoped
@Transactional
public class ReferralVerifications {

    @Inject
    private RoleGate roles;

    @Inject
    private ReferralAccess access;

    @Inject
    private ReferralService referrals;

    @Inject
    private ReferralLetters letters;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The verifier verifies it; the partnership receives it now, and its 24 hours start (§7.5). */
    public ReferralDetail verify(String id, String note) {
        Caller caller = roles.require(AuditAction.UPDATE, ReferralService.RECORD_TYPE, id, Role.AGENCY_VERIFIER);
        Referral referral = namingCaller(id, caller);
        OffsetDateTime now = OffsetDateTime.now(clock);
        referral.verify(caller.username(), caller.displayName(), note, now);
        audit.allowed(AuditAction.UPDATE, ReferralService.RECORD_TYPE, referral.id(), "verified for the agency by "
                + caller.displayName() + " (" + caller.username() + ", \u00a77.3)"
                + (referral.verificationNote() == null ? "" : ": " + referral.verificationNote()));
        referrals.received(referral, referral.createdBy(), referral.referrerEmail(), now);
        return referrals.detail(referral, caller);
    }

    /** The verifier returns it to the referrer with what to change; the partnership receives nothing. */
    public ReferralDetail returnToReferrer(String id, String because) {
        Caller caller = roles.require(AuditAction.UPDATE, ReferralService.RECORD_TYPE, id, Role.AGENCY_VERIFIER);
        Referral referral = namingCaller(id, caller);
        referral.returnFromVerification(caller.username(), because, OffsetDateTime.now(clock));
        letters.returnedByVerifier(referral);
        audit.allowed(AuditAction.UPDATE, ReferralService.RECORD_TYPE, referral.id(), "returned to the referrer by the"
                + " agency's verifier " + caller.username() + ": " + referral.verificationReturnedBecause());
        return referrals.detail(referral, caller);
    }

    private Referral namingCaller(String id, Caller caller) {
        Referral referral = access.find(id, AuditAction.UPDATE);
        if (referral.verifier() == null || !referral.verifier().equalsIgnoreCase(caller.username())) {
            throw audit.notFound(AuditAction.UPDATE, ReferralService.RECORD_TYPE, id);
        }
        return referral;
    }
}

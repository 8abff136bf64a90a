package uk.safeguarding.reviews.handover.domain;

import java.util.List;
import java.util.Optional;
import uk.safeguarding.reviews.tenancy.domain.Tenant;

/**
 * Handovers, in the platform schema: the only table both sides of a handover read. Every query
 * names the partnership it is asked for, so each side sees only its own handovers.
 */
public interface HandoverRegistry {

    void add(Handover handover);

    /** The handover, locked until the transaction ends, if the partnership is one of its two sides. */
    Optional<Handover> lockForParty(String id, String tenantSlug);

    Optional<Handover> findForParty(String id, String tenantSlug);

    /** A page of the handovers proposed to a partnership, newest first. */
    List<Handover> proposedTo(String tenantSlug, int offset, int size);

    long countProposedTo(String tenantSlug);

    /** Proposals to a partnership still waiting for its answer (§10.2), the oldest first. */
    List<Handover> awaitingAnswerOf(String tenantSlug, int limit);

    /** A partnership's own referral's handovers, newest first. */
    List<Handover> ofReferral(String fromTenant, String referralId);

    void update(Handover handover);

    /**
     * A partnership of the instance, read on the handover's own connection (so a handover touches
     * one resource in its transaction).
     */
    Optional<Tenant> partnership(String slug);

    List<Tenant> partnerships();
}

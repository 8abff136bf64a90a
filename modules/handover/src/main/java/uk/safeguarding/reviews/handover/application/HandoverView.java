package uk.safeguarding.reviews.handover.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import uk.safeguarding.reviews.handover.domain.Handover;
import uk.safeguarding.reviews.handover.domain.HandoverStatus;

/** A handover as either side sees it: references and the record of the handover, no case content. */
public record HandoverView(String id, String fromPartnership, String toPartnership, String sourceReference,
        String childInitials, String reason, String legalBasis, String sharedItems, String sourceClocks,
        HandoverStatus status, String proposedBy, OffsetDateTime proposedAt, LocalDate answerBy, String answeredBy,
        OffsetDateTime answeredAt, String answerReason, String copyReferralId, String copyReference,
        String escalationReason, String executiveDecision, boolean incoming) {

    static HandoverView of(Handover h, String fromName, String toName, LocalDate answerBy, boolean incoming) {
        return new HandoverView(h.id(), fromName, toName, h.sourceReference(), h.childInitials(), h.reason(),
                h.legalBasis(), h.sharedItems(), h.sourceClocks(), h.status(), h.proposedBy(), h.proposedAt(),
                answerBy, h.answeredBy(), h.answeredAt(), h.answerReason(), incoming ? h.copyReferralId() : null,
                h.copyReference(), h.escalationReason(), h.executiveDecision(), incoming);
    }

    public boolean isLive() {
        return status == HandoverStatus.PROPOSED || status == HandoverStatus.ESCALATED;
    }
}

package uk.safeguarding.reviews.handover.domain;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.Texts;

/**
 * A proposal that another partnership on the instance takes over a referral, because the incident
 * happened in its area (§10.2: "the review should be carried out by the local safeguarding
 * arrangements that is responsible for the location where the serious incident took place"). It
 * records references, the reason, the legal basis and what is shared, never the case itself.
 */
public final class Handover {

    private final String id;
    private final String fromTenant;
    private final String toTenant;
    private final String sourceReferralId;
    private final String sourceReference;
    private final String childInitials;
    private final String reason;
    private final String legalBasis;
    private final String sharedItems;
    private final String sourceClocks;
    private final String proposedBy;
    private final OffsetDateTime proposedAt;
    private HandoverStatus status;
    private String answeredBy;
    private OffsetDateTime answeredAt;
    private String answerReason;
    private String copyReferralId;
    private String copyReference;
    private String escalatedBy;
    private OffsetDateTime escalatedAt;
    private String escalationReason;
    private String executiveDecision;

    /** Restores a stored handover; {@link #propose} makes a new one. */
    public Handover(String id, String fromTenant, String toTenant, String sourceReferralId, String sourceReference,
            String childInitials, String reason, String legalBasis, String sharedItems, String sourceClocks,
            HandoverStatus status, String proposedBy, OffsetDateTime proposedAt, String answeredBy,
            OffsetDateTime answeredAt, String answerReason, String copyReferralId, String copyReference,
            String escalatedBy, OffsetDateTime escalatedAt, String escalationReason, String executiveDecision) {
        this.id = id;
        this.fromTenant = fromTenant;
        this.toTenant = toTenant;
        this.sourceReferralId = sourceReferralId;
        this.sourceReference = sourceReference;
        this.childInitials = childInitials;
        this.reason = reason;
        this.legalBasis = legalBasis;
        this.sharedItems = sharedItems;
        this.sourceClocks = sourceClocks;
        this.status = status;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.answeredBy = answeredBy;
        this.answeredAt = answeredAt;
        this.answerReason = answerReason;
        this.copyReferralId = copyReferralId;
        this.copyReference = copyReference;
        this.escalatedBy = escalatedBy;
        this.escalatedAt = escalatedAt;
        this.escalationReason = escalationReason;
        this.executiveDecision = executiveDecision;
    }

    public static Handover propose(String fromTenant, String toTenant, String sourceReferralId, String sourceReference,
            String childInitials, String reason, String legalBasis, String sharedItems, String sourceClocks,
            String by, OffsetDateTime at) {
        if (toTenant == null || toTenant.isBlank()) {
            throw InvalidFieldException.refused("toPartnership",
                    "handover.handover.choose-partnership-where-incident-happened");
        }
        if (toTenant.equals(fromTenant)) {
            throw InvalidFieldException.refused("toPartnership",
                    "handover.handover.referral-cannot-handed-over-partnership");
        }
        Texts.required("reason", reason, "handover.handover.say-why-where-incident-happened");
        Texts.required("legalBasis", legalBasis, "handover.handover.give-legal-basis-sharing-referral");
        Texts.required("sharedItems", sharedItems, "handover.handover.say-what-will-shared");
        return new Handover(UUID.randomUUID().toString(), fromTenant, toTenant, sourceReferralId, sourceReference,
                childInitials, reason.strip(), legalBasis.strip(), sharedItems.strip(),
                sourceClocks == null ? "" : sourceClocks, HandoverStatus.PROPOSED, Objects.requireNonNull(by),
                Objects.requireNonNull(at), null, null, null, null, null, null, null, null, null);
    }

    /** The receiving partnership took it; its copy is the referral from now on. */
    public void accepted(String by, OffsetDateTime at, String copyId, String copyRef, String executiveDecisionText) {
        if (status != HandoverStatus.PROPOSED && status != HandoverStatus.ESCALATED) {
            throw alreadyAnswered();
        }
        if (status == HandoverStatus.ESCALATED) {
            Texts.required("executiveDecision", executiveDecisionText,
                    "handover.handover.record-executive-group-decision-reason");
            executiveDecision = executiveDecisionText.strip();
        }
        status = HandoverStatus.ACCEPTED;
        answeredBy = by;
        answeredAt = at;
        copyReferralId = copyId;
        copyReference = copyRef;
    }

    public void decline(String by, String why, OffsetDateTime at) {
        requireStatus(HandoverStatus.PROPOSED);
        Texts.required("answerReason", why, "handover.handover.say-why-your-partnership-declines");
        status = HandoverStatus.DECLINED;
        answeredBy = by;
        answeredAt = at;
        answerReason = why.strip();
    }

    public void withdraw(String by, OffsetDateTime at) {
        requireStatus(HandoverStatus.PROPOSED);
        status = HandoverStatus.WITHDRAWN;
        answeredBy = by;
        answeredAt = at;
    }

    /** §10.2: "If agreement cannot be reached ... the ultimate decision making will be delegated to the Executive Group." */
    public void escalate(String by, String why, OffsetDateTime at) {
        requireStatus(HandoverStatus.DECLINED);
        Texts.required("escalationReason", why, "handover.handover.say-why-decline-should-reconsidered");
        status = HandoverStatus.ESCALATED;
        escalatedBy = by;
        escalatedAt = at;
        escalationReason = why.strip();
    }

    /** The Executive Group upholds the decline; the referral stays where it is. */
    public void executiveUpholdsDecline(String decision, String by, OffsetDateTime at) {
        requireStatus(HandoverStatus.ESCALATED);
        Texts.required("executiveDecision", decision, "handover.handover.record-executive-group-decision-reason");
        executiveDecision = decision.strip();
        status = HandoverStatus.DECLINED;
        answeredBy = by;
        answeredAt = at;
    }

    public boolean isLive() {
        return status == HandoverStatus.PROPOSED || status == HandoverStatus.ESCALATED;
    }

    /** Refuses, saying what became of it, a handover that is no longer awaiting an answer. */
    public void requireLive() {
        if (!isLive()) {
            throw alreadyAnswered();
        }
    }

    private void requireStatus(HandoverStatus wanted) {
        if (status != wanted) {
            throw alreadyAnswered();
        }
    }

    private InvalidFieldException alreadyAnswered() {
        return switch (status) {
            case ACCEPTED -> InvalidFieldException.refused("handover", "handover.handover.already-accepted",
                    sourceReference,
                    copyReference);
            case DECLINED -> answerReason == null ? InvalidFieldException.refused("handover",
                    "handover.handover.declined")
                    : InvalidFieldException.refused("handover", "handover.handover.declined-because", answerReason);
            case WITHDRAWN -> InvalidFieldException.refused("handover", "handover.handover.withdrawn");
            case ESCALATED -> InvalidFieldException.refused("handover", "handover.handover.with-executive-group");
            case PROPOSED -> InvalidFieldException.refused("handover", "handover.handover.awaiting-answer");
        };
    }


    public String id() {
        return id;
    }

    public String fromTenant() {
        return fromTenant;
    }

    public String toTenant() {
        return toTenant;
    }

    public String sourceReferralId() {
        return sourceReferralId;
    }

    public String sourceReference() {
        return sourceReference;
    }

    public String childInitials() {
        return childInitials;
    }

    public String reason() {
        return reason;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String sharedItems() {
        return sharedItems;
    }

    public String sourceClocks() {
        return sourceClocks;
    }

    public HandoverStatus status() {
        return status;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public OffsetDateTime proposedAt() {
        return proposedAt;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public OffsetDateTime answeredAt() {
        return answeredAt;
    }

    public String answerReason() {
        return answerReason;
    }

    public String copyReferralId() {
        return copyReferralId;
    }

    public String copyReference() {
        return copyReference;
    }

    public String escalatedBy() {
        return escalatedBy;
    }

    public OffsetDateTime escalatedAt() {
        return escalatedAt;
    }

    public String escalationReason() {
        return escalationReason;
    }

    public String executiveDecision() {
        return executiveDecision;
    }
}

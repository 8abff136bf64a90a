package uk.safeguarding.reviews.handover.application;

/** Fired when a handover proposal is stored; observed once the proposal has committed. */
record HandoverProposed(String handoverId, String fromTenant, String fromName, String toTenant, String sourceReference,
        String proposedBy, java.time.OffsetDateTime proposedAt) {
}

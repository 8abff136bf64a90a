package uk.safeguarding.reviews.rapidreview.application;

import java.time.OffsetDateTime;

/** A request another partnership sent to one of this partnership's agencies, as its contact finds it. */
public record CrossBoundaryTask(String requestId, String fromTenant, String fromPartnership, String reviewReference,
        String agencyName, OffsetDateTime sentAt) {
}

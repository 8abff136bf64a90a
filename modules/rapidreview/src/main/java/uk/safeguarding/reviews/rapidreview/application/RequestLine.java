package uk.safeguarding.reviews.rapidreview.application;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import uk.safeguarding.reviews.clocks.domain.DeadlineStatus;
import uk.safeguarding.reviews.rapidreview.domain.InformationRequest;
import uk.safeguarding.reviews.rapidreview.domain.Reopening;
import uk.safeguarding.reviews.rapidreview.domain.RequestStatus;

/** One agency's request as the business unit follows it. */
public record RequestLine(String id, String agencyId, String agencyName, RequestStatus status, OffsetDateTime sentAt,
        String sentBy, ZonedDateTime returnDueBy, DeadlineStatus returnStatus, boolean secureRecordsRequested,
        OffsetDateTime recordsSecuredAt, OffsetDateTime submittedAt, String submittedBy, int events,
        List<Reopening> reopenings) {

    static RequestLine of(InformationRequest request, ZonedDateTime dueBy, DeadlineStatus returnStatus) {
        return new RequestLine(request.id(), request.agencyId(), request.agencyName(), request.status(),
                request.sentAt(), request.sentBy(), dueBy, returnStatus, request.secureRecordsRequested(),
                request.recordsSecuredAt(), request.submittedAt(), request.submittedBy(), request.chronology().size(),
                request.reopenings());
    }

    public boolean isSubmitted() {
        return status == RequestStatus.SUBMITTED;
    }
}

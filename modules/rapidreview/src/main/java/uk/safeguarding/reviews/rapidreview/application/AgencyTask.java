package uk.safeguarding.reviews.rapidreview.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import uk.safeguarding.reviews.chronology.domain.ChronologyEntry;
import uk.safeguarding.reviews.chronology.domain.ChronologyLimits;
import uk.safeguarding.reviews.rapidreview.domain.AgencySummary;
import uk.safeguarding.reviews.rapidreview.domain.InformationRequest;
import uk.safeguarding.reviews.rapidreview.domain.Reopening;
import uk.safeguarding.reviews.rapidreview.domain.RequestStatus;

/**
 * What an agency contributor sees of a case: the request sent to their agency, the facts it shares,
 * and their own return. Nothing else of the review.
 */
public record AgencyTask(String id, String reviewReference, String agencyName, String letterSubject,
        String letterBody, String sharedFacts, ZonedDateTime returnDueBy, LocalDate meetingDate,
        boolean secureRecordsRequested, OffsetDateTime recordsSecuredAt, String recordsSecuredBy,
        String recordsRepresentative, Boolean recordsWorkingCopy, OffsetDateTime recordsReleasedAt,
        String recordsReleasedWhy, RequestStatus status, AgencySummary summary, List<ChronologyEntry> entries, OffsetDateTime submittedAt,
        String submittedBy, List<Reopening> reopenings, List<AgencySummary.Problem> problems, String reviewId,
        LocalDate childBornOn) {

    static AgencyTask of(InformationRequest request, ZonedDateTime dueBy) {
        return new AgencyTask(request.id(), request.reviewReference(), request.agencyName(),
                request.letter().subject(), request.letter().body(), request.sharedFacts(), dueBy,
                request.meetingDate(), request.secureRecordsRequested(), request.recordsSecuredAt(),
                request.recordsSecuredBy(), request.recordsRepresentative(), request.recordsWorkingCopy(),
                request.recordsReleasedAt(), request.recordsReleasedWhy(), request.status(), request.summary(), request.chronology(),
                request.submittedAt(), request.submittedBy(), request.reopenings(),
                request.status() == RequestStatus.OPEN ? request.problemsBeforeSubmission() : List.of(),
                request.reviewId(), request.childDateOfBirth());
    }

    /** Issue 15: an event before the child was born is kept, and marked so wherever it is listed. */
    public boolean beforeBirth(ChronologyEntry entry) {
        return ChronologyLimits.isBeforeBirth(entry.date(), childBornOn);
    }

    public boolean isOpen() {
        return status == RequestStatus.OPEN;
    }
}

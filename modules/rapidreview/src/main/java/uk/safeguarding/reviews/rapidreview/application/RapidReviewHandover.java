package uk.safeguarding.reviews.rapidreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.clocks.domain.ClockOwner;
import uk.safeguarding.reviews.rapidreview.domain.CrossRequestIndex;
import uk.safeguarding.reviews.rapidreview.domain.InformationRequest;
import uk.safeguarding.reviews.rapidreview.domain.InformationRequestRepository;
import uk.safeguarding.reviews.review.application.ReviewHandedOver;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;
import uk.safeguarding.reviews.tenancy.api.SchemaCopy;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/**
 * The Rapid Review's work moves with a review handed over (issue 6, §10.2), in the same transaction:
 * the requests and the agencies' returns, the meeting with its attendance, notes, actions, outcome,
 * endorsements and escalations. The proposing partnership's own agencies are then asked across the
 * boundary, so their contacts carry on from their own partnership; the requests' open clocks move
 * too, under the receiving partnership's rules.
 */
@ApplicationScoped
public class RapidReviewHandover {

    /** Tables keyed by the review, copied as they are under the new review's id. */
    private static final List<String> MEETING_TABLES = List.of("rapid_review_meeting", "meeting_attendee",
            "meeting_safety_action", "meeting_pending_information", "outcome_endorsement", "outcome_escalation");
    /** Tables keyed by a request, whose ids do not change. */
    private static final List<String> REQUEST_TABLES = List.of("chronology_entry", "information_request_reopening");

    @Inject
    private SchemaCopy copy;

    @Inject
    private InformationRequestRepository requests;

    @Inject
    private CrossRequestIndex crossRequests;

    @Inject
    private ClockService clocks;

    void onReviewHandedOver(@Observes ReviewHandedOver moved) {
        ActiveTenant from = moved.source();
        ActiveTenant here = TenantContext.tenant();
        String contacts = "(SELECT string_agg(c.%s, ',' ORDER BY c.position) FROM " + from.schemaName()
                + ".agency_contact c WHERE c.agency_id = t.agency_id)";
        // ?4 is this partnership, ?5 the one the review came from.
        copy.copy(from, here, "information_request", "t.review_id = ?1", Map.of(
                "review_id", "?2",
                "review_reference", "?3",
                "row_version", "0",
                "agency_id", "CASE WHEN t.home_tenant = ?4 THEN t.home_agency_id END",
                "home_tenant", "CASE WHEN t.home_tenant IS NULL THEN ?5 WHEN t.home_tenant = ?4 THEN NULL"
                        + " ELSE t.home_tenant END",
                "home_agency_id", "CASE WHEN t.home_tenant IS NULL THEN t.agency_id WHEN t.home_tenant = ?4 THEN NULL"
                        + " ELSE t.home_agency_id END",
                "home_contacts", "CASE WHEN t.home_tenant IS NULL THEN COALESCE(" + String.format(contacts, "username")
                        + ", '') WHEN t.home_tenant = ?4 THEN NULL ELSE t.home_contacts END",
                "home_contact_emails", "CASE WHEN t.home_tenant IS NULL THEN " + String.format(contacts, "email")
                        + " WHEN t.home_tenant = ?4 THEN NULL ELSE t.home_contact_emails END"),
                moved.sourceReviewId(), moved.reviewId(), moved.reference(), here.slug(), from.slug());
        for (String table : REQUEST_TABLES) {
            copy.copy(from, here, table, "t.request_id IN (SELECT id FROM " + from.schemaName()
                    + ".information_request WHERE review_id = ?1)", Map.of(), moved.sourceReviewId());
        }
        for (String table : MEETING_TABLES) {
            copy.copy(from, here, table, "t.review_id = ?1", Map.of("review_id", "?2"), moved.sourceReviewId(),
                    moved.reviewId());
        }
        requests.markMovedIn(from, moved.sourceReviewId(), here.displayName() + " (" + moved.reference() + ")");
        List<InformationRequest> moves = requests.ofReview(moved.reviewId());
        crossRequests.removeFrom(from.slug(), moves.stream().map(InformationRequest::id).toList());
        for (InformationRequest request : moves) {
            if (request.isAcrossBoundary()) {
                crossRequests.add(new CrossRequestIndex.Entry(request.id(), here.slug(), request.homeTenant(),
                        moved.reference(), request.agencyId(), request.agencyName(), request.homeContacts(),
                        request.sentAt()));
            }
            clocks.takeOver(from, InformationRequest.CLOCK_SUBJECT_TYPE, request.id(), request.clockSubject(),
                    open -> new ClockOwner(open.ownerName(), open.ownerEmail()));
        }
    }
}

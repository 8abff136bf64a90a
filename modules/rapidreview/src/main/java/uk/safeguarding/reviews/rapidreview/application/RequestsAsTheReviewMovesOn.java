package uk.safeguarding.reviews.rapidreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.kernel.mail.Outbox;
import uk.safeguarding.reviews.kernel.mail.OutgoingMail;
import uk.safeguarding.reviews.rapidreview.domain.InformationRequest;
import uk.safeguarding.reviews.rapidreview.domain.InformationRequestRepository;
import uk.safeguarding.reviews.review.application.StageEntered;
import uk.safeguarding.reviews.review.domain.kind.Capability;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/**
 * What a review's move to another stage means for the agencies it asked (issue 14 §4 item 8, issue
 * 15): once it reaches a stage that neither asks for information nor holds the meeting (the report
 * sent), the return clocks still open stop, as the review no longer needs the returns; and when it
 * reaches the last stage of its kind, the hold on records an agency secured (§7.9) is released and
 * recorded, and the agency's contacts are told, by the review's reference only.
 */
@ApplicationScoped
class RequestsAsTheReviewMovesOn {

    @Inject
    private InformationRequestRepository requests;

    @Inject
    private RequestContacts contacts;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditTrail audit;

    @Inject
    private ClockService clocks;

    void stopReturnClocksWhenNoLongerNeeded(@Observes StageEntered entered) {
        Set<Capability> uses = entered.stage().capabilities();
        if (uses.contains(Capability.REQUESTS) || uses.contains(Capability.MEETING)) {
            return;
        }
        for (InformationRequest request : requests.ofReview(entered.review().id())) {
            clocks.closeAll(request.clockSubject(), "the review " + entered.review().reference() + " no longer needs"
                    + " the return: it is at the stage \u201c" + entered.stage().name() + "\u201d");
        }
    }

    void releaseWhenTheReviewEnds(@Observes StageEntered entered) {
        if (!entered.stage().isFinal()) {
            return;
        }
        String why = "The review " + entered.review().reference() + " ended (" + entered.stage().name() + ")";
        for (InformationRequest request : requests.ofReview(entered.review().id())) {
            if (request.releaseRecords(why, entered.at().toOffsetDateTime())) {
                audit.allowed(AuditAction.UPDATE, InformationRequests.RECORD_TYPE, request.id(),
                        "hold on the secured records released (\u00a77.9): " + why);
                for (String to : contacts.emailsOf(request)) {
                    outbox.write(new OutgoingMail(to, "Records hold released: " + entered.review().reference(),
                            TenantContext.tenant().displayName() + ": " + why + ". The records " + request.agencyName()
                                    + " secured for it (\u00a77.9; nominated representative "
                                    + request.recordsRepresentative() + ") are no longer held for the review.\n"));
                }
            }
        }
    }
}

package uk.safeguarding.reviews.rapidreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import uk.safeguarding.reviews.agencies.application.AgencyLookup;
import uk.safeguarding.reviews.agencies.application.AgencyView;
import uk.safeguarding.reviews.rapidreview.domain.InformationRequest;

/**
 * Where mail about a request goes: its agency's named contacts now, or, for a request across a
 * boundary (§10.2), the contacts it was sent to.
 */
@ApplicationScoped
public class RequestContacts {

    @Inject
    private AgencyLookup agencies;

    public List<String> emailsOf(InformationRequest request) {
        if (request.isAcrossBoundary()) {
            return request.homeContactEmails();
        }
        return agencies.find(request.agencyId()).map(agency -> agency.contacts().stream().map(AgencyView.Contact::email)
                .toList()).orElse(List.of());
    }
}

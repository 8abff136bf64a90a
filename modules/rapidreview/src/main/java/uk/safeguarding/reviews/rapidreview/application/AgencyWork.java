package uk.safeguarding.reviews.rapidreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import uk.safeguarding.reviews.agencies.application.AgencyLookup;
import uk.safeguarding.reviews.clocks.application.ClockLine;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.kernel.work.WorkItem;
import uk.safeguarding.reviews.kernel.work.WorkSource;
import uk.safeguarding.reviews.rapidreview.domain.InformationRequest;
import uk.safeguarding.reviews.rapidreview.domain.InformationRequestRepository;
import uk.safeguarding.reviews.rapidreview.domain.RequestStatus;

/**
 * The information requests waiting for an agency contributor's return (§7.7, issue 14 §2), each with
 * its 5-working-day return clock; a request already returned is not waiting.
 */
@ApplicationScoped
@Transactional
public class AgencyWork implements WorkSource {

    @Inject
    private InformationRequestRepository requests;

    @Inject
    private AgencyLookup agencies;

    @Inject
    private ClockService clocks;

    @Override
    public List<WorkItem> waitingFor(Caller caller, int limit) {
        if (!caller.hasRole(Role.AGENCY_CONTRIBUTOR)) {
            return List.of();
        }
        List<String> agencyIds = List.copyOf(agencies.idsOfContact(caller.username()));
        List<InformationRequest> open = requests.ofAgencies(agencyIds, 0, limit).stream()
                .filter(r -> r.status() == RequestStatus.OPEN).toList();
        Map<String, List<ClockLine>> clocksOf = clocks.ofSubjects(InformationRequest.CLOCK_SUBJECT_TYPE,
                open.stream().map(InformationRequest::id).toList());
        return open.stream().map(request -> ClockLine.task("Send " + request.agencyName() + "'s summary and chronology",
                request.reviewReference(), "/app/agency/request.xhtml?id=" + request.id(), ClockLine.ofRule(
                        clocksOf.getOrDefault(request.id(), List.of()), InformationRequests.AGENCY_RETURN_CLOCK)))
                .toList();
    }
}

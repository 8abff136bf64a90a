package uk.safeguarding.reviews.practicereview.application;

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
import uk.safeguarding.reviews.practicereview.domain.AccuracyRequest;
import uk.safeguarding.reviews.practicereview.domain.PracticeReviewRepository;

/**
 * §8.3: each draft report sent to an agency for factual accuracy waits in its contacts' work list
 * until the agency answers, due with its clock.
 */
@ApplicationScoped
@Transactional
public class AccuracyWork implements WorkSource {

    @Inject
    private PracticeReviewRepository practiceReviews;

    @Inject
    private AgencyLookup agencies;

    @Inject
    private ClockService clocks;

    @Override
    public List<WorkItem> waitingFor(Caller caller, int limit) {
        if (!caller.hasRole(Role.AGENCY_CONTRIBUTOR)) {
            return List.of();
        }
        List<String> mine = List.copyOf(agencies.idsOfContact(caller.username()));
        List<AccuracyRequest> open = practiceReviews.accuracyRequestsTo(mine, limit).stream()
                .filter(r -> !r.responded()).toList();
        Map<String, List<ClockLine>> clocksOf = clocks.ofSubjects(AccuracyRequest.CLOCK_SUBJECT_TYPE,
                open.stream().map(AccuracyRequest::id).toList());
        return open.stream().map(r -> ClockLine.task("Check the draft report for factual accuracy ("
                + r.agencyName() + ")", r.reviewReference(), "/app/agency/accuracy.xhtml?id=" + r.id(),
                ClockLine.ofRule(clocksOf.getOrDefault(r.id(), List.of()), FactualAccuracy.ACCURACY_CLOCK))).toList();
    }
}

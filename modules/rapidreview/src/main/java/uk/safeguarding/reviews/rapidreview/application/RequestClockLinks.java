package uk.safeguarding.reviews.rapidreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import uk.safeguarding.reviews.clocks.application.ClockSubjectLinks;
import uk.safeguarding.reviews.clocks.domain.ClockSubject;
import uk.safeguarding.reviews.rapidreview.domain.InformationRequest;
import uk.safeguarding.reviews.rapidreview.domain.InformationRequestRepository;

/** An agency's reminders and chasers (§7.7: 5 working days) lead to its task, which its contacts can open. */
@ApplicationScoped
public class RequestClockLinks implements ClockSubjectLinks {

    @Inject
    private InformationRequestRepository requests;

    @Override
    public Optional<String> ownerLink(ClockSubject subject) {
        if (!InformationRequest.CLOCK_SUBJECT_TYPE.equals(subject.type())) {
            return Optional.empty();
        }
        // A cross-boundary request's link names the partnership that asked (§10.2).
        return Optional.of(requests.find(subject.id()).map(InformationRequests::taskLinkOf)
                .orElseGet(() -> InformationRequests.taskLink(subject.id())));
    }
}

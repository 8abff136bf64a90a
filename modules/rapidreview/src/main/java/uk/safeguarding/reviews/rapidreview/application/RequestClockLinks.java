package uk.safeguarding.reviews.rapidreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import uk.safeguarding.reviews.clocks.application.ClockSubjectLinks;
import uk.safeguarding.reviews.clocks.domain.ClockSubject;
import uk.safeguarding.reviews.rapidreview.domain.InformationRequest;

/** An agency's reminders and chasers (§7.7: 5 working days) lead to its task, which its contacts can open. */
@ApplicationScoped
public class RequestClockLinks implements ClockSubjectLinks {

    @Override
    public Optional<String> ownerLink(ClockSubject subject) {
        return InformationRequest.CLOCK_SUBJECT_TYPE.equals(subject.type())
                ? Optional.of(InformationRequests.taskLink(subject.id())) : Optional.empty();
    }
}

package uk.safeguarding.reviews.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import uk.safeguarding.reviews.clocks.application.ClockSubjectLinks;
import uk.safeguarding.reviews.clocks.domain.ClockSubject;
import uk.safeguarding.reviews.learning.domain.PlanAction;

/** An action owner's reminders lead to the action in their agency's view, which they can open. */
@ApplicationScoped
public class ActionPlanClockLinks implements ClockSubjectLinks {

    @Override
    public Optional<String> ownerLink(ClockSubject subject) {
        return PlanAction.CLOCK_SUBJECT_TYPE.equals(subject.type()) ? Optional.of(OwnerActions.link(subject.id()))
                : Optional.empty();
    }
}

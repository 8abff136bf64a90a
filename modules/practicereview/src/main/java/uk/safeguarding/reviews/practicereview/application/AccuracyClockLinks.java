package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import uk.safeguarding.reviews.clocks.application.ClockSubjectLinks;
import uk.safeguarding.reviews.clocks.domain.ClockSubject;
import uk.safeguarding.reviews.practicereview.domain.AccuracyRequest;

/**
 * An agency's reminders and chasers on a draft report (§8.3: 10 working days to respond) lead to the
 * draft in its agency tasks, which its contacts can open (the deadline dashboard is the business
 * unit's).
 */
@ApplicationScoped
public class AccuracyClockLinks implements ClockSubjectLinks {

    @Override
    public Optional<String> ownerLink(ClockSubject subject) {
        if (!AccuracyRequest.CLOCK_SUBJECT_TYPE.equals(subject.type())) {
            return Optional.empty();
        }
        return Optional.of(FactualAccuracy.taskLink(subject.id()));
    }
}

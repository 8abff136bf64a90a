package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import uk.safeguarding.reviews.clocks.application.ClockSubjectLinks;
import uk.safeguarding.reviews.clocks.domain.ClockSubject;
import uk.safeguarding.reviews.practicereview.domain.AgencyReview;

/**
 * The reminders to an agency's lead on its individual agency review lead to the review in its agency
 * tasks, which its contacts can open (the deadline dashboard is the business unit's).
 */
@ApplicationScoped
public class AgencyReviewClockLinks implements ClockSubjectLinks {

    @Override
    public Optional<String> ownerLink(ClockSubject subject) {
        if (!AgencyReview.CLOCK_SUBJECT_TYPE.equals(subject.type())) {
            return Optional.empty();
        }
        return Optional.of(IndividualAgencyReviews.taskLink(subject.id()));
    }
}

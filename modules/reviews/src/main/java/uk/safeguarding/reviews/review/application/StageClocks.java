package uk.safeguarding.reviews.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.clocks.domain.ClockSubject;
import uk.safeguarding.reviews.clocks.domain.StartEvent;

/**
 * A stage's clocks (issue 13 §1): those it lists start when a review enters it (a clock counted
 * back from an event still to come, such as publication, waits for that event) and those it lists
 * are met when the review leaves it. On opening, clocks start from the events their rules count
 * from, if those have happened, and a clock whose work an event already recorded is met by it.
 */
@ApplicationScoped
class StageClocks {

    @Inject
    private ClockService clocks;

    void start(@Observes StageEntered entered) {
        ClockSubject subject = subject(entered.review());
        for (String key : entered.stage().startsClocks()) {
            if (entered.events().isEmpty()) {
                // Entering the stage is the event, except for a clock counted back from one still to come.
                if (!clocks.countsBack(subject, key)) {
                    clocks.start(subject, clocks.businessUnit(), key, entered.at());
                }
                continue;
            }
            clocks.startOnEvents(subject, clocks.businessUnit(), key, entered.events()).ifPresent(started -> {
                String metBy = entered.stage().clocksMetByEvents().get(key);
                if (metBy != null && entered.events().containsKey(StartEvent.valueOf(metBy))) {
                    clocks.meet(subject, key, entered.events().get(StartEvent.valueOf(metBy)));
                }
            });
        }
    }

    void meet(@Observes StageLeft left) {
        ClockSubject subject = subject(left.review());
        left.stage().meetsClocks().forEach(key -> clocks.meet(subject, key, left.at()));
    }

    static ClockSubject subject(ReviewSummary review) {
        return new ClockSubject(ReviewSummary.CLOCK_SUBJECT_TYPE, review.id(), review.reference());
    }
}

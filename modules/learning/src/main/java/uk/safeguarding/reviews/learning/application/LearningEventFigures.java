package uk.safeguarding.reviews.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.safeguarding.reviews.kernel.figures.Figure;
import uk.safeguarding.reviews.kernel.figures.FigureRecord;
import uk.safeguarding.reviews.kernel.figures.FigureSource;
import uk.safeguarding.reviews.kernel.figures.Measure;
import uk.safeguarding.reviews.kernel.figures.ReportingYear;
import uk.safeguarding.reviews.learning.domain.ActionPlanRepository;
import uk.safeguarding.reviews.learning.domain.EventFeedback;
import uk.safeguarding.reviews.learning.domain.LearningEvent;
import uk.safeguarding.reviews.review.application.ReviewLookup;

/**
 * §10.3 h "reflective sessions report greater understanding of the issues": the learning events and
 * reflective sessions held in the year, the feedback forms their attendees returned, and of those the
 * forms saying they understand more than before. A review handed over is counted where it went.
 */
@ApplicationScoped
@Transactional
public class LearningEventFigures implements FigureSource {

    @Inject
    private ActionPlanRepository plans;

    @Inject
    private ReviewLookup reviews;

    @Override
    public List<Figure> figures(ReportingYear year) {
        List<LearningEvent> held = plans.learningEventsHeldBetween(year.firstDay(), year.lastDay()).stream()
                .filter(e -> e.kind().isGathering()).toList();
        Map<String, ?> here = reviews.heldHere(held.stream().map(LearningEvent::reviewId).distinct().toList());
        Map<String, LearningEvent> ours = held.stream().filter(e -> here.containsKey(e.reviewId()))
                .collect(Collectors.toMap(LearningEvent::id, Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
        List<EventFeedback> forms = plans.feedbackOf(ours.keySet());
        Figure returned = Figure.count(Measure.LEARNING_EVENT_FEEDBACK, "h.forms", "Feedback forms returned",
                forms.stream().map(f -> form(f, ours.get(f.eventId()))).toList());
        return List.of(
                Figure.count(Measure.LEARNING_EVENT_FEEDBACK, "h.held", "Learning events and reflective sessions held",
                        ours.values().stream().map(e -> new FigureRecord(e.reviewReference(), LearningEvents.describe(e),
                                e.heldOn(), link(e))).toList()),
                returned,
                Figure.partOf(returned, "h.understand-more", "Saying they understand more than before", forms.stream()
                        .filter(f -> f.understandsMore() == EventFeedback.Answer.YES)
                        .map(f -> form(f, ours.get(f.eventId()))).toList()));
    }

    private static FigureRecord form(EventFeedback form, LearningEvent event) {
        String answer = switch (form.understandsMore()) {
            case YES -> "understands more";
            case PARTLY -> "understands a little more";
            case NO -> "understands no more";
        };
        return new FigureRecord(event.reviewReference(), "\u201c" + event.title() + "\u201d: " + answer, event.heldOn(),
                link(event));
    }

    private static String link(LearningEvent event) {
        return "/app/reviews/learning-events.xhtml?id=" + event.reviewId();
    }
}

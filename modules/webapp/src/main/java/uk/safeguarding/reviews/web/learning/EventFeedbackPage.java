package uk.safeguarding.reviews.web.learning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguarding.reviews.learning.application.LearningEvents;
import uk.safeguarding.reviews.learning.application.LearningEventsView;
import uk.safeguarding.reviews.learning.domain.EventFeedback;
import uk.safeguarding.reviews.web.shell.FormActions;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * One learning event's or session's feedback forms (§10.3 h), typed in one after another: what the
 * forms said so far and the form for the next.
 */
@Named
@ViewScoped
public class EventFeedbackPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private LearningEvents events;

    private String id;
    private String event;
    private LearningEventsView view;
    private LearningEventsView.Line line;
    private EventFeedback.Answer understandsMore;
    private String comment;

    public void load() {
        view = Pages.shownOrNull(() -> events.of(id));
        line = view == null ? null : view.event(event == null ? "" : event.strip());
        if (view != null && (line == null || !line.gathering())) {
            view = null;
            Pages.notFound();
        }
    }

    public String record() {
        return FormActions.attempt("feedbackForm", "record", () -> events.addFeedback(line.id(), understandsMore,
                comment), "learningEvents.feedback.recorded", "/app/reviews/learning-event-feedback?faces-redirect=true&id="
                + view.reviewId() + "&event=" + line.id());
    }

    public List<EventFeedback.Answer> getAnswers() {
        return List.of(EventFeedback.Answer.values());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }

    public LearningEventsView getView() {
        return view;
    }

    public LearningEventsView.Line getLine() {
        return line;
    }

    public EventFeedback.Answer getUnderstandsMore() {
        return understandsMore;
    }

    public void setUnderstandsMore(EventFeedback.Answer understandsMore) {
        this.understandsMore = understandsMore;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}

package uk.safeguarding.reviews.web.learning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguarding.reviews.learning.application.LearningEventForm;
import uk.safeguarding.reviews.learning.application.LearningEvents;
import uk.safeguarding.reviews.learning.application.LearningEventsView;
import uk.safeguarding.reviews.learning.domain.LearningEvent;
import uk.safeguarding.reviews.web.shell.FormActions;
import uk.safeguarding.reviews.web.shell.Pages;

/** A review's learning products, events and sessions (§9), and the form to record one; nothing typed is lost on a refusal. */
@Named
@ViewScoped
public class LearningEventsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private LearningEvents events;

    private String id;
    private LearningEventsView view;
    private final LearningEventForm form = new LearningEventForm();

    public void load() {
        view = Pages.shownOrNull(() -> events.of(id));
    }

    public String record() {
        return FormActions.attempt("eventForm", "record", () -> events.record(id, form), "learningEvents.recorded",
                "/app/reviews/learning-events?faces-redirect=true&id=" + view.reviewId());
    }

    public List<LearningEvent.Kind> getKinds() {
        return List.of(LearningEvent.Kind.values());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public LearningEventsView getView() {
        return view;
    }

    public LearningEventForm getForm() {
        return form;
    }
}

package uk.safeguarding.reviews.web.practicereview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.safeguarding.reviews.practicereview.application.SummaryRatingView;
import uk.safeguarding.reviews.practicereview.application.SummaryRatings;
import uk.safeguarding.reviews.web.shell.FormActions;
import uk.safeguarding.reviews.web.shell.Pages;

/** On an agency's return: the quality of its summary, rated on the partnership's scale (§10.3 e). */
@Named
@ViewScoped
public class SummaryRatingPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private SummaryRatings ratings;

    private String id;
    private SummaryRatingView view;
    private String rating;
    private String note;

    public void load() {
        view = Pages.shownOrNull(() -> ratings.of(id));
    }

    public String rate() {
        return FormActions.attempt("ratingForm", "rate", () -> ratings.rate(id, rating, note), "summaryRating.saved",
                "/app/reviews/return?faces-redirect=true&id=" + id);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public SummaryRatingView getView() {
        return view;
    }

    public String getRating() {
        return rating;
    }

    public void setRating(String rating) {
        this.rating = rating;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}

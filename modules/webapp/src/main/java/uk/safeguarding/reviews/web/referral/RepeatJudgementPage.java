package uk.safeguarding.reviews.web.referral;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.safeguarding.reviews.referral.application.RepeatIncidence;
import uk.safeguarding.reviews.web.shell.FormActions;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * §10.3 i: one judgement, on its own page, of whether a new referral repeats the circumstances of a
 * completed review it shares themes with. What was typed stays when the save is refused.
 */
@Named
@ViewScoped
public class RepeatJudgementPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private RepeatIncidence repeats;

    private String id;
    private String review;
    private RepeatIncidence.RepeatView view;
    private RepeatIncidence.Candidate candidate;
    private Boolean same;
    private String reasoning;

    public void load() {
        view = Pages.shownOrNull(() -> repeats.of(id));
        candidate = view == null ? null : view.candidate(review == null ? "" : review.strip());
        if (view != null && candidate == null) {
            view = null;
            Pages.notFound();
        }
    }

    public String save() {
        return FormActions.attempt("repeatForm", "save", () -> repeats.judge(id, review, same, reasoning),
                "repeat.saved", "/app/referrals/view?faces-redirect=true&id=" + view.referralId());
    }

    public RepeatIncidence.RepeatView getView() {
        return view;
    }

    public RepeatIncidence.Candidate getCandidate() {
        return candidate;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getReview() {
        return review;
    }

    public void setReview(String review) {
        this.review = review;
    }

    public Boolean getSame() {
        return same;
    }

    public void setSame(Boolean same) {
        this.same = same;
    }

    public String getReasoning() {
        return reasoning;
    }

    public void setReasoning(String reasoning) {
        this.reasoning = reasoning;
    }
}

package uk.safeguarding.reviews.web.rapidreview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.safeguarding.reviews.rapidreview.domain.Recommendation;

/** The meeting's recommendation (§7.12) with its rationale and the independent adviser named to endorse it. */
@Named
@ViewScoped
public class MeetingOutcomeForm implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingPage page;

    private Recommendation recommendation;
    private boolean nationalReview;
    private String rationale;
    private String independentAdviser;

    public String record() {
        return page.submit("outcome", "recordOutcome", meetings -> meetings.recordOutcome(page.getId(), recommendation, nationalReview,
                rationale, independentAdviser), "meeting.outcome.recorded");
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(Recommendation recommendation) {
        this.recommendation = recommendation;
    }

    public boolean isNationalReview() {
        return nationalReview;
    }

    public void setNationalReview(boolean nationalReview) {
        this.nationalReview = nationalReview;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public String getIndependentAdviser() {
        return independentAdviser;
    }

    public void setIndependentAdviser(String independentAdviser) {
        this.independentAdviser = independentAdviser;
    }
}

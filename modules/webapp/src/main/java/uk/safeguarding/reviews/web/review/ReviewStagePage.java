package uk.safeguarding.reviews.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.review.application.ReviewService;
import uk.safeguarding.reviews.review.application.ReviewStageView;
import uk.safeguarding.reviews.web.shell.Messages;

/**
 * The review page's stage section (issue 13 §1): the stage the review is at, how it got there, its
 * pauses, and the business manager's pause and resume (§3.1). Refusals (a review already paused,
 * handed over, or ended) reach the page through the refusal handler.
 */
@Named
@ViewScoped
public class ReviewStagePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private ReviewService reviews;

    private String id;
    private ReviewStageView stage;
    private String pauseReason;

    /** Loads quietly: the review page itself answers for a review that is not there or not theirs. */
    public void load() {
        try {
            stage = reviews.stage(id);
        } catch (AccessDeniedException | RecordNotFoundException e) {
            stage = null;
        }
    }

    public String pause() {
        try {
            reviews.pause(id, pauseReason);
            Messages.info("review.stage.paused");
            return again();
        } catch (InvalidFieldException e) {
            Messages.besideField("pauseForm", e);
            return null;
        }
    }

    public String resume() {
        reviews.resume(id);
        Messages.info("review.stage.resumed");
        return again();
    }

    private String again() {
        return "/app/reviews/view?faces-redirect=true&id=" + id;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ReviewStageView getStage() {
        return stage;
    }

    public String getPauseReason() {
        return pauseReason;
    }

    public void setPauseReason(String pauseReason) {
        this.pauseReason = pauseReason;
    }

    /** What moves the review on from here, in words: "sending the report (§7.13) or ...". */
    public String getWayOn() {
        return stage == null ? "" : String.join("; ", stage.stage().exits().stream()
                .map(uk.safeguarding.reviews.review.domain.kind.StageExit::name).toList());
    }
}

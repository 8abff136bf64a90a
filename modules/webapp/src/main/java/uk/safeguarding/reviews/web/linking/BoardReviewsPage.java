package uk.safeguarding.reviews.web.linking;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguarding.reviews.kernel.Page;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.linking.application.BoardReviewForm;
import uk.safeguarding.reviews.linking.application.BoardReviewSummary;
import uk.safeguarding.reviews.linking.application.BoardReviews;
import uk.safeguarding.reviews.linking.application.PossibleLink;
import uk.safeguarding.reviews.linking.application.PossibleLinks;
import uk.safeguarding.reviews.linking.domain.BoardReviewStage;
import uk.safeguarding.reviews.linking.domain.LinkedKind;
import uk.safeguarding.reviews.web.shell.FormActions;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * An adults board's or community safety partnership's own reviews (SAR, DHR), recorded so they can
 * be linked; and, for every board, the possible links its business manager should talk about.
 */
@Named
@ViewScoped
public class BoardReviewsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private BoardReviews reviews;

    @Inject
    private PossibleLinks possibleLinks;

    private final BoardReviewForm form = new BoardReviewForm();
    private String page;
    private Page<BoardReviewSummary> recorded = new Page<>(List.of(), 1, Page.DEFAULT_SIZE, 0);
    private List<PossibleLink> possible = List.of();
    private LinkedKind kindHere;
    private String updateId;
    private String stage;
    private String leadReviewer;

    public void load() {
        try {
            kindHere = reviews.kindHere().orElse(null);
            if (kindHere != null) {
                recorded = reviews.list(Pages.number(page));
            }
            possible = possibleLinks.ofThisBoard();
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public String record() {
        return FormActions.attempt("record", "recordButton", () -> reviews.record(form), "boardReview.recorded",
                "/app/linked/reviews?faces-redirect=true");
    }

    public String update() {
        return FormActions.attempt("stages", "updateButton", () -> reviews.update(updateId, stage, leadReviewer),
                "boardReview.updated", "/app/linked/reviews?faces-redirect=true");
    }

    public BoardReviewForm getForm() {
        return form;
    }

    public List<BoardReviewSummary> getRecorded() {
        return recorded.items();
    }

    public Page<BoardReviewSummary> getList() {
        return recorded;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public List<PossibleLink> getPossible() {
        return possible;
    }

    public LinkedKind getKindHere() {
        return kindHere;
    }

    public BoardReviewStage[] getStages() {
        return BoardReviewStage.values();
    }

    public String getUpdateId() {
        return updateId;
    }

    public void setUpdateId(String updateId) {
        this.updateId = updateId;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public String getLeadReviewer() {
        return leadReviewer;
    }

    public void setLeadReviewer(String leadReviewer) {
        this.leadReviewer = leadReviewer;
    }
}

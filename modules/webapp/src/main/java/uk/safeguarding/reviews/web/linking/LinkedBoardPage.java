package uk.safeguarding.reviews.web.linking;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.linking.application.LinkedSetView;
import uk.safeguarding.reviews.linking.application.ReviewLinks;
import uk.safeguarding.reviews.web.shell.FormActions;
import uk.safeguarding.reviews.web.shell.Pages;

/** The inter-board coordinator's board: each family's linked reviews, as each board shares them (§4.3). */
@Named
@ViewScoped
public class LinkedBoardPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private ReviewLinks links;

    private List<LinkedSetView> sets = List.of();
    private List<LinkedSetView.Link> ended = List.of();
    private String endReason;

    public void load() {
        try {
            sets = links.board(SignedIn.person());
            ended = links.ended(SignedIn.person());
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public String endPart(String linkId) {
        return FormActions.attempt("links", "endButton", () -> links.endPart(linkId, endReason), "linked.ended",
                "/app/linked/board?faces-redirect=true");
    }

    public List<LinkedSetView> getSets() {
        return sets;
    }

    public List<LinkedSetView.Link> getEnded() {
        return ended;
    }

    public String getEndReason() {
        return endReason;
    }

    public void setEndReason(String endReason) {
        this.endReason = endReason;
    }
}

package uk.safeguarding.reviews.web.linking;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.linking.application.LinkCandidate;
import uk.safeguarding.reviews.linking.application.LinkCandidates;
import uk.safeguarding.reviews.linking.application.LinkForm;
import uk.safeguarding.reviews.linking.application.ReviewLinks;
import uk.safeguarding.reviews.linking.domain.Arrangement;
import uk.safeguarding.reviews.linking.domain.LinkedKind;
import uk.safeguarding.reviews.linking.domain.SharedItem;
import uk.safeguarding.reviews.tenancy.api.TenantContext;
import uk.safeguarding.reviews.web.shell.FormActions;
import uk.safeguarding.reviews.web.shell.Pages;

/** Links two boards' reviews, or one with a review held elsewhere, recording who agreed (§4.3). */
@Named
@ViewScoped
public class NewLinkPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private ReviewLinks links;

    private final LinkForm form = new LinkForm();
    private String search;
    private LinkCandidates candidates = new LinkCandidates(List.of(), List.of());

    public void load() {
        try {
            candidates = links.candidates(SignedIn.person(), search);
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public String link() {
        String next = TenantContext.caller().hasRole(Role.INTER_BOARD_COORDINATOR) ? "/app/linked/board?faces-redirect=true"
                : "/app/index?faces-redirect=true";
        return FormActions.attempt("link", "linkButton", () -> links.link(SignedIn.person(), form), "linked.created", next);
    }

    public LinkForm getForm() {
        return form;
    }

    public List<LinkCandidate> getCandidates() {
        return candidates.reviews();
    }

    /** The boards that hold more matching reviews than the choosers list. */
    public List<String> getBoardsWithMore() {
        return candidates.boardsWithMore();
    }

    public String getBoardsWithMoreNamed() {
        return String.join(", ", candidates.boardsWithMore());
    }

    public int getCandidatesPerBoard() {
        return ReviewLinks.CANDIDATES_PER_BOARD;
    }

    /** What was typed to find reviews by reference (the page's {@code ref} parameter). */
    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public LinkForm.Where[] getPlaces() {
        return LinkForm.Where.values();
    }

    public List<LinkedKind> getElsewhereKinds() {
        return LinkedKind.heldElsewhereKinds();
    }

    public Arrangement[] getArrangements() {
        return Arrangement.values();
    }

    public SharedItem[] getSharedItems() {
        return SharedItem.values();
    }
}

package uk.safeguarding.reviews.web.practicereview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.practicereview.application.CommencementForm;
import uk.safeguarding.reviews.practicereview.application.CommencementOffer;
import uk.safeguarding.reviews.practicereview.application.CommencementView;
import uk.safeguarding.reviews.practicereview.application.LocalReviewOffer;
import uk.safeguarding.reviews.practicereview.application.LocalReviewsAfterRapidReview;
import uk.safeguarding.reviews.practicereview.application.PracticeReviewCommencements;
import uk.safeguarding.reviews.web.shell.FormActions;

/**
 * The review page's Child Safeguarding Practice Review (§5.2, §8.1): on a Rapid Review, the settled
 * recommendation, the National Panel's view and the form recording the partners' decision; on a
 * practice review, how it began.
 */
@Named
@ViewScoped
public class CommencementPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private PracticeReviewCommencements commencements;

    @Inject
    private LocalReviewsAfterRapidReview localReviews;

    private String id;
    private CommencementOffer offer;
    private CommencementView began;
    private final CommencementForm form = new CommencementForm();
    private boolean mayInformPanel;
    private LocalDate informedOn;
    private boolean withReviewerDetails;
    private LocalDate detailsSentOn;
    private LocalReviewOffer localOffer;
    private String localKind;
    private LocalDate localDecidedOn;
    private String localRationale;

    /** Loads quietly: the review page itself answers for a review that is not there or not theirs. */
    public void load() {
        try {
            offer = commencements.offerAfter(id).orElse(null);
            began = commencements.commencementOf(id).orElse(null);
            mayInformPanel = began != null && commencements.mayInformPanel();
            localOffer = localReviews.offerAfter(id).orElse(null);
        } catch (AccessDeniedException | RecordNotFoundException e) {
            offer = null;
            began = null;
            localOffer = null;
        }
    }

    public String commence() {
        AtomicReference<String> opened = new AtomicReference<>();
        String done = FormActions.attempt("commenceForm", "commence",
                () -> opened.set(commencements.commence(id, form).id()), "practice.commenced", "opened");
        return done == null ? null : "/app/reviews/view?faces-redirect=true&id=" + opened.get();
    }

    /** §7.12: the partners' decision on the local review after the Rapid Review, which opens it. */
    public String openLocalReview() {
        AtomicReference<String> opened = new AtomicReference<>();
        String done = FormActions.attempt("localReviewForm", "openLocal",
                () -> opened.set(localReviews.open(id, localKind, localDecidedOn, localRationale).id()),
                "practice.local.opened", "opened");
        return done == null ? null : "/app/reviews/view?faces-redirect=true&id=" + opened.get();
    }

    public LocalReviewOffer getLocalOffer() {
        return localOffer;
    }

    public String getLocalKind() {
        return localKind;
    }

    public void setLocalKind(String localKind) {
        this.localKind = localKind;
    }

    public LocalDate getLocalDecidedOn() {
        return localDecidedOn;
    }

    public void setLocalDecidedOn(LocalDate localDecidedOn) {
        this.localDecidedOn = localDecidedOn;
    }

    public String getLocalRationale() {
        return localRationale;
    }

    public void setLocalRationale(String localRationale) {
        this.localRationale = localRationale;
    }

    /** §8.1: the business manager records that the National Panel was informed of the decision. */
    public String informPanel() {
        return FormActions.attempt("informForm", "informPanel",
                () -> commencements.panelInformed(id, informedOn, withReviewerDetails), "practice.informed.recorded",
                "/app/reviews/view?faces-redirect=true&id=" + id);
    }

    /** §8.1: the lead reviewer's details went to the National Panel after it was informed. */
    public String sendReviewerDetails() {
        return FormActions.attempt("detailsForm", "sendDetails",
                () -> commencements.reviewerDetailsSent(id, detailsSentOn), "practice.informed.detailsRecorded",
                "/app/reviews/view?faces-redirect=true&id=" + id);
    }

    public boolean isMayInformPanel() {
        return mayInformPanel;
    }

    public LocalDate getInformedOn() {
        return informedOn;
    }

    public void setInformedOn(LocalDate informedOn) {
        this.informedOn = informedOn;
    }

    public boolean isWithReviewerDetails() {
        return withReviewerDetails;
    }

    public void setWithReviewerDetails(boolean withReviewerDetails) {
        this.withReviewerDetails = withReviewerDetails;
    }

    public LocalDate getDetailsSentOn() {
        return detailsSentOn;
    }

    public void setDetailsSentOn(LocalDate detailsSentOn) {
        this.detailsSentOn = detailsSentOn;
    }

    public CommencementOffer getOffer() {
        return offer;
    }

    public CommencementView getBegan() {
        return began;
    }

    public CommencementForm getForm() {
        return form;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}

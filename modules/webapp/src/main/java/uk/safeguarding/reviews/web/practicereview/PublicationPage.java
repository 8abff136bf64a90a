package uk.safeguarding.reviews.web.practicereview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.practicereview.application.LearningReports;
import uk.safeguarding.reviews.practicereview.application.PublicationForm;
import uk.safeguarding.reviews.practicereview.application.PublicationView;
import uk.safeguarding.reviews.practicereview.application.Publications;
import uk.safeguarding.reviews.practicereview.domain.Publication;
import uk.safeguarding.reviews.review.application.ReviewService;
import uk.safeguarding.reviews.review.application.ReviewStageView;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.web.shell.FormActions;
import uk.safeguarding.reviews.web.shell.Pages;
import uk.safeguarding.reviews.web.shell.Uploads;

/**
 * Publishing a review's agreed report (§8.3): where it stands, and the form for the step that comes
 * next, one at a time: the decision; not publishing, the National Panel's advice and the final
 * decision; publishing, the plan, the Panel's copy, the redacted file, publication, and taking it down.
 */
@Named
@ViewScoped
public class PublicationPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private Publications publications;

    @Inject
    private LearningReports reports;

    @Inject
    private ReviewService reviews;

    private String id;
    private ReviewSummary review;
    private PublicationView publication;
    private boolean reportAgreed;
    private boolean mayRecord;
    private ReviewStageView stage;
    private final PublicationForm form = new PublicationForm();
    private transient Part file;

    public void load() {
        try {
            review = reviews.view(id);
            publication = publications.of(id).orElse(null);
            reportAgreed = reports.of(id).isPresent();
            stage = reviews.stage(id);
            mayRecord = publications.mayRecord() && review.handedOverTo() == null
                    && stage.stageAllows("publication");
        } catch (AccessDeniedException e) {
            review = null;
            Pages.forbidden();
        } catch (RecordNotFoundException e) {
            review = null;
            Pages.notFound();
        }
    }

    public String decide() {
        return step("decideForm", "decide", publications::decide, "publication.decided");
    }

    public String finalDecision() {
        return step("finalForm", "finalDecision", publications::finalDecision, "publication.finalRecorded");
    }

    public String plan() {
        return step("planForm", "plan", publications::plan, "publication.planned");
    }

    public String movePlannedDate() {
        return step("moveForm", "move", publications::movePlannedDate, "publication.moved");
    }

    public String panelCopySent() {
        return step("copyForm", "copySent", publications::panelCopySent, "publication.copyRecorded");
    }

    public String attach() {
        if (!Uploads.attach(file, "fileForm:file", Publication.MAX_FILE_BYTES, form::attachFile)) {
            return null;
        }
        return step("fileForm", "attach", publications::attach, "publication.attached");
    }

    /** §8.3: the agreed report's text published as the accessible web page too. */
    public String webVersion() {
        return step("webForm", "webVersion", (reviewId, ignored) -> publications.webVersion(reviewId),
                "publication.webDone");
    }

    public String published() {
        return step("publishForm", "publish", publications::published, "publication.publishedDone");
    }

    /** §8.3: a request for a copy of the report once it is off the public page. */
    public String copyRequested() {
        return step("requestForm", "logRequest", publications::copyRequested, "publication.request.logged");
    }

    public String takeDown() {
        return step("takeDownForm", "takeDown", publications::takeDown, "publication.takenDownDone");
    }

    private String step(String formId, String button, StepAction action, String doneKey) {
        return FormActions.attempt(formId, button, () -> action.apply(id, form), doneKey,
                "/app/reviews/publication?faces-redirect=true&id=" + id);
    }

    /** One step of the service, as the page calls it. */
    @FunctionalInterface
    private interface StepAction {
        PublicationView apply(String reviewId, PublicationForm form);
    }

    /** Whether the form of step {@code name} is the one to show now. */
    public boolean isStep(String name) {
        if (!mayRecord) {
            return false;
        }
        if (publication == null) {
            return "decide".equals(name) && reportAgreed;
        }
        return switch (name) {
            case "final" -> publication.stage() == Publication.Stage.WITHHELD_PENDING_PANEL;
            case "plan" -> publication.preparing() && publication.plannedOn() == null;
            case "copy" -> publication.preparing() && publication.plannedOn() != null
                    && publication.panelCopySentOn() == null;
            case "file", "move" -> publication.preparing() && publication.plannedOn() != null;
            case "publish" -> publication.preparing() && publication.plannedOn() != null
                    && publication.fileName() != null;
            case "takeDown" -> publication.stage() == Publication.Stage.PUBLISHED;
            case "requests" -> publication.stage() == Publication.Stage.TAKEN_DOWN;
            case "web" -> publication.preparing() && publication.plannedOn() != null && !publication.webPage();
            default -> false;
        };
    }

    public ReviewSummary getReview() {
        return review;
    }

    public PublicationView getPublication() {
        return publication;
    }

    public boolean isReportAgreed() {
        return reportAgreed;
    }

    public PublicationForm getForm() {
        return form;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}

package uk.safeguarding.reviews.web.rapidreview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Consumer;
import uk.safeguarding.reviews.agencies.application.AgencyService;
import uk.safeguarding.reviews.agencies.application.AgencyView;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.rapidreview.application.MeetingView;
import uk.safeguarding.reviews.rapidreview.application.RapidReviewMeetings;
import uk.safeguarding.reviews.rapidreview.domain.Recommendation;
import uk.safeguarding.reviews.web.shell.FormActions;
import uk.safeguarding.reviews.web.shell.Messages;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * The Rapid Review meeting (§7.10-7.13) from papers to the National Panel's reply: the meeting as read,
 * and the papers. Each other form on the page is its own bean (attendance, notes, safety actions,
 * pending information, outcome, endorsement, escalation, National Panel) that posts on its own through
 * {@link #submit} and keeps what was typed when something is refused.
 */
@Named
@ViewScoped
public class MeetingPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private RapidReviewMeetings meetings;

    @Inject
    private AgencyService agencies;

    private String id;
    private MeetingView view;
    private boolean completesTheReport;
    private List<AgencyView> agencyList = List.of();

    public void load() {
        try {
            view = meetings.view(id);
            completesTheReport = meetings.mayCompleteTheReport(id);
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        } catch (RecordNotFoundException e) {
            Pages.notFound();
        } catch (InvalidFieldException e) {
            Messages.errorFor(null, e.getMessage());
        }
    }

    public List<AgencyView> getAgencies() {
        if (agencyList.isEmpty()) {
            try {
                agencyList = agencies.list();
            } catch (AccessDeniedException e) {
                agencyList = List.of();
            }
        }
        return agencyList;
    }

    /**
     * Runs one form's act on this meeting and comes back to it; a refusal is shown beside its field, or
     * beside the form's button.
     */
    String submit(String form, String button, Consumer<RapidReviewMeetings> act, String done) {
        return FormActions.attempt(form, button, () -> act.accept(meetings), done,
                "/app/reviews/meeting?faces-redirect=true&id=" + id);
    }

    public String publishPapers() {
        return submit("papers", "publish", m -> m.publishPapers(id), "meeting.papers.published");
    }

    /** The recommendations the meeting may make, and an escalation decide on (§7.12): one list for both forms. */
    public Recommendation[] getRecommendations() {
        return Recommendation.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** Whether the signed-in person completes the meeting's report: its chair, or the business unit (§7.12). */
    public boolean isCompletesTheReport() {
        return completesTheReport;
    }

    public MeetingView getView() {
        return view;
    }
}

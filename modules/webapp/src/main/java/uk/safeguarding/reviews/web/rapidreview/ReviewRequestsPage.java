package uk.safeguarding.reviews.web.rapidreview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safeguarding.reviews.agencies.application.AgencyService;
import uk.safeguarding.reviews.agencies.application.AgencyView;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.ReadOnlyRecordException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.rapidreview.application.Addressee;
import uk.safeguarding.reviews.rapidreview.application.InformationRequests;
import uk.safeguarding.reviews.rapidreview.application.MeetingForm;
import uk.safeguarding.reviews.rapidreview.application.MeetingLine;
import uk.safeguarding.reviews.rapidreview.application.RequestLine;
import uk.safeguarding.reviews.rapidreview.application.SendRequestsForm;
import uk.safeguarding.reviews.review.application.ReviewService;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.web.shell.Messages;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * A Rapid Review's information requests (§7.7-7.10) as the business unit runs them: the agencies
 * asked and their returns, the meeting's date, and the form that sends the next requests.
 */
@Named
@ViewScoped
public class ReviewRequestsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private InformationRequests requests;

    @Inject
    private ReviewService reviews;

    @Inject
    private AgencyService agencies;

    private String id;
    private ReviewSummary review;
    private List<RequestLine> lines = List.of();
    private MeetingLine meeting;
    private List<AgencyView> askable = List.of();
    private List<Addressee> askableElsewhere = List.of();
    private List<String> elsewhere = new ArrayList<>();
    private boolean elsewhereShown;
    private SendRequestsForm form = new SendRequestsForm();
    private MeetingForm meetingForm = new MeetingForm();
    private String reopenId;
    private String reopenReason;

    public void load() {
        try {
            review = reviews.view(id);
            lines = requests.ofReview(id);
            meeting = requests.meetingOf(id).orElse(null);
            Set<String> asked = lines.stream().map(RequestLine::agencyId).collect(Collectors.toSet());
            askable = agencies.list().stream().filter(a -> !asked.contains(a.id())).toList();
            if (meeting != null && form.getMeetingDate() == null) {
                showMeetingIn(form);
                showMeetingIn(meetingForm);
            }
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        } catch (RecordNotFoundException e) {
            Pages.notFound();
        }
    }

    private void showMeetingIn(MeetingForm fields) {
        var start = meeting.startsAt().atZoneSameInstant(uk.safeguarding.reviews.clocks.domain.DeadlineCalculator.UK);
        fields.setMeetingDate(start.toLocalDate());
        fields.setMeetingTime(start.toLocalTime());
        fields.setMeetingMinutes((int) meeting.length().toMinutes());
        fields.setMeetingPlace(meeting.place());
    }

    /** Moves the meeting, or changes its length or place, without asking anyone new; a refusal keeps what was typed. */
    public String changeMeeting() {
        try {
            MeetingLine changed = requests.changeMeeting(id, meetingForm);
            Messages.info(changed.sameAs(meeting) ? "requests.unchanged" : "requests.changed");
            return "/app/reviews/requests?faces-redirect=true&id=" + id;
        } catch (ConstraintViolationException e) {
            Messages.besideFields("change", e);
        } catch (InvalidFieldException e) {
            Messages.besideField("change", e);
        } catch (ReadOnlyRecordException e) {
            Messages.errorFor(null, e.getMessage());
        }
        return null;
    }

    /** Sends to the ticked agencies of this partnership and of others (§10.2); a refusal keeps both ticks. */
    public String send() {
        List<String> ticked = new ArrayList<>(form.getAgencyIds());
        try {
            form.getAgencyIds().addAll(elsewhere);
            requests.send(id, form);
            Messages.info("requests.sentCount", form.getAgencyIds().size());
            return "/app/reviews/requests?faces-redirect=true&id=" + id;
        } catch (ConstraintViolationException e) {
            Messages.besideFields("send", e);
        } catch (InvalidFieldException e) {
            Messages.besideField("send", e);
        } catch (ReadOnlyRecordException e) {
            Messages.errorFor(null, e.getMessage());
        } finally {
            form.setAgencyIds(ticked);
        }
        return null;
    }

    /**
     * Reads the other partnerships' agencies only when asked: each read is audited in that
     * partnership, so an ordinary visit to this page asks nothing of anyone else.
     */
    public String showElsewhere() {
        Set<String> asked = lines.stream().map(RequestLine::agencyId).collect(Collectors.toSet());
        askableElsewhere = requests.askableElsewhere().stream().filter(a -> !asked.contains(a.agencyId())).toList();
        elsewhereShown = true;
        return null;
    }

    public boolean isElsewhereShown() {
        return elsewhereShown;
    }

    public List<Addressee> getAskableElsewhere() {
        return askableElsewhere;
    }

    public List<String> getElsewhere() {
        return elsewhere;
    }

    public void setElsewhere(List<String> elsewhere) {
        this.elsewhere = elsewhere == null ? new ArrayList<>() : elsewhere;
    }

    public String reopen(String requestId) {
        try {
            requests.reopen(requestId, reopenReason);
            Messages.info("requests.reopened");
            return "/app/reviews/requests?faces-redirect=true&id=" + id;
        } catch (InvalidFieldException | ReadOnlyRecordException e) {
            Messages.errorFor("reopen:reason", e.getMessage());
        }
        return null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ReviewSummary getReview() {
        return review;
    }

    public List<RequestLine> getLines() {
        return lines;
    }

    /** The returns the business unit can reopen. */
    public List<RequestLine> getSubmittedLines() {
        return lines.stream().filter(RequestLine::isSubmitted).toList();
    }

    public MeetingLine getMeeting() {
        return meeting;
    }

    public List<AgencyView> getAskable() {
        return askable;
    }

    public MeetingForm getMeetingForm() {
        return meetingForm;
    }

    public SendRequestsForm getForm() {
        return form;
    }

    public String getReopenId() {
        return reopenId;
    }

    public void setReopenId(String reopenId) {
        this.reopenId = reopenId;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }
}

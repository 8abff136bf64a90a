package uk.safeguarding.reviews.web.rapidreview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import uk.safeguarding.reviews.rapidreview.domain.RapidReviewMeeting;
import uk.safeguarding.reviews.web.shell.Messages;

/** The Rapid Review report sent to the National Panel (§7.13) and the Panel's response. */
@Named
@ViewScoped
public class NationalPanelForm implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingPage page;

    private RapidReviewMeeting.SentBy how;
    private String note;
    private LocalDate respondedOn;
    private Boolean panelAgrees;
    private String reasons;

    public String recordSent() {
        return page.submit("sent", "sentButton", meetings -> meetings.recordReportSent(page.getId(), how, note), "meeting.sent.recorded");
    }

    public String recordResponse() {
        if (panelAgrees == null) {
            Messages.errorFor("response:panelAgrees", Messages.text("meeting.response.choose"));
            return null;
        }
        return page.submit("response", "responseButton", meetings -> meetings.recordPanelResponse(page.getId(), respondedOn,
                panelAgrees, reasons), "meeting.response.recorded");
    }

    public RapidReviewMeeting.SentBy[] getSentWays() {
        return RapidReviewMeeting.SentBy.values();
    }

    public RapidReviewMeeting.SentBy getHow() {
        return how;
    }

    public void setHow(RapidReviewMeeting.SentBy how) {
        this.how = how;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getRespondedOn() {
        return respondedOn;
    }

    public void setRespondedOn(LocalDate respondedOn) {
        this.respondedOn = respondedOn;
    }

    public Boolean getPanelAgrees() {
        return panelAgrees;
    }

    public void setPanelAgrees(Boolean panelAgrees) {
        this.panelAgrees = panelAgrees;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }
}

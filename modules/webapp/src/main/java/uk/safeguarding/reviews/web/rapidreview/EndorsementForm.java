package uk.safeguarding.reviews.web.rapidreview;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.safeguarding.reviews.web.shell.Messages;

/** A statutory partner's or the independent adviser's endorsement of the recommendation (§7.12). */
@Named
@ViewScoped
public class EndorsementForm implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingPage page;

    private String endorsesFor;
    private Boolean agrees;
    private String comment;

    /** The first part this person may endorse for is chosen; most people endorse for one. */
    @PostConstruct
    void fill() {
        if (page.getView() != null && !page.getView().mayEndorseFor().isEmpty()) {
            endorsesFor = page.getView().mayEndorseFor().get(0);
        }
    }

    public String endorse() {
        if (agrees == null) {
            Messages.errorFor("endorse:agrees", Messages.text("meeting.endorse.choose"));
            return null;
        }
        return page.submit("endorse", "endorseButton", meetings -> meetings.endorse(page.getId(), endorsesFor, agrees, comment),
                "meeting.endorse.recorded");
    }

    public String getEndorsesFor() {
        return endorsesFor;
    }

    public void setEndorsesFor(String endorsesFor) {
        this.endorsesFor = endorsesFor;
    }

    public Boolean getAgrees() {
        return agrees;
    }

    public void setAgrees(Boolean agrees) {
        this.agrees = agrees;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}

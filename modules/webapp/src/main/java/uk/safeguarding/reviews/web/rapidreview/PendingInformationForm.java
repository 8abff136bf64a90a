package uk.safeguarding.reviews.web.rapidreview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import uk.safeguarding.reviews.rapidreview.domain.PendingInformation;

/** Information the meeting is still waiting for (§7.11), with when it is expected. */
@Named
@ViewScoped
public class PendingInformationForm implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingPage page;

    private PendingInformation.Kind kind;
    private String description;
    private LocalDate expectedBy;

    public String add() {
        return page.submit("pending", "addPending", meetings -> meetings.addPendingInformation(page.getId(), kind, description,
                expectedBy), "meeting.pending.added");
    }

    public PendingInformation.Kind[] getKinds() {
        return PendingInformation.Kind.values();
    }

    public PendingInformation.Kind getKind() {
        return kind;
    }

    public void setKind(PendingInformation.Kind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getExpectedBy() {
        return expectedBy;
    }

    public void setExpectedBy(LocalDate expectedBy) {
        this.expectedBy = expectedBy;
    }
}

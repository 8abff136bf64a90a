package uk.safeguarding.reviews.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.rapidreview.application.NationalPanelNotifications;
import uk.safeguarding.reviews.review.application.NationalPanelNotice;
import uk.safeguarding.reviews.review.application.ReviewService;
import uk.safeguarding.reviews.tenancy.api.TenantContext;
import uk.safeguarding.reviews.web.shell.FormActions;

/**
 * The review page's National Panel notification (§4.2 table, §7.4; issue 14 §4 item 1): whether and
 * when it was sent, the clocks waiting for it, and the form to record it after the decision.
 */
@Named
@ViewScoped
public class NationalPanelNoticePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private ReviewService reviews;

    @Inject
    private NationalPanelNotifications notifications;

    private String id;
    private NationalPanelNotice notice;
    private boolean mayRecord;
    private LocalDate sentOn;
    private LocalDate copyReceivedOn;

    /** Loads quietly: the review page itself answers for a review that is not there or not theirs. */
    public void load() {
        try {
            notice = reviews.nationalPanelNotice(id);
            mayRecord = notifications.mayRecord(TenantContext.caller());
        } catch (AccessDeniedException | RecordNotFoundException e) {
            notice = null;
        }
    }

    public String record() {
        return FormActions.attempt("noticeForm", "recordNotice", () -> notifications.record(id, sentOn, copyReceivedOn),
                "review.notice.recorded", "/app/reviews/view?faces-redirect=true&id=" + id);
    }

    public NationalPanelNotice getNotice() {
        return notice;
    }

    public boolean isMayRecord() {
        return mayRecord;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public void setSentOn(LocalDate sentOn) {
        this.sentOn = sentOn;
    }

    public LocalDate getCopyReceivedOn() {
        return copyReceivedOn;
    }

    public void setCopyReceivedOn(LocalDate copyReceivedOn) {
        this.copyReceivedOn = copyReceivedOn;
    }
}

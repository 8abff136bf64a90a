package uk.safeguarding.reviews.web.referral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.referral.application.ReferralService;
import uk.safeguarding.reviews.referral.application.ReferralSummary;
import uk.safeguarding.reviews.web.shell.Pages;

/** One referral by id. An id of another partnership is "not found", exactly like a made-up one. */
@Named
@RequestScoped
public class ViewReferral {

    @Inject
    private ReferralService referrals;

    private String id;
    private ReferralSummary referral;

    public void load() {
        try {
            referral = referrals.view(id);
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        } catch (RecordNotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext()
                    .setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ReferralSummary getReferral() {
        return referral;
    }
}

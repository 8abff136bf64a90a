package uk.safeguarding.reviews.web.referral;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.referral.application.DraftReferralForm;
import uk.safeguarding.reviews.referral.application.ReferralService;
import uk.safeguarding.reviews.web.shell.Messages;
import uk.safeguarding.reviews.web.shell.Pages;

/** "Start a referral": keeps what was typed across failed submissions, saves a draft. */
@Named
@ViewScoped
public class StartDraftReferral implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private ReferralService referrals;

    private final DraftReferralForm form = new DraftReferralForm();

    public uk.safeguarding.reviews.referral.domain.ReferralKind[] getKinds() {
        return uk.safeguarding.reviews.referral.domain.ReferralKind.values();
    }

    public DraftReferralForm getForm() {
        return form;
    }

    /** View action: someone who may not refer is refused before the form is shown. */
    public void checkAllowed() {
        if (!referrals.mayStartDraft()) {
            Pages.forbidden();
        }
    }

    public String save() {
        try {
            referrals.startDraft(form);
        } catch (AccessDeniedException e) {
            Pages.forbidden();
            return null;
        } catch (ConstraintViolationException e) {
            // The page validates the same rules; this catches anything that changed in between.
            Messages.besideFields("draft", e);
            return null;
        }
        Messages.info("referral.draft.saved");
        return "/app/referrals/drafts?faces-redirect=true";
    }
}

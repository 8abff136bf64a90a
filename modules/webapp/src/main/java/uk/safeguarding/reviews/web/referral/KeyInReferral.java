package uk.safeguarding.reviews.web.referral;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.referral.application.DraftReferralForm;
import uk.safeguarding.reviews.referral.application.OutsideReceiptForm;
import uk.safeguarding.reviews.referral.application.ReferralService;
import uk.safeguarding.reviews.referral.domain.OutsideChannel;
import uk.safeguarding.reviews.referral.domain.OutsideSource;
import uk.safeguarding.reviews.referral.domain.ReferralKind;
import uk.safeguarding.reviews.web.shell.Messages;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * "Key in a referral received from outside" (§7.3-7.4): the business unit records who sent it, how
 * and when, and the start of the form; then completes the form in the sender's place. What was typed
 * stays when a field is refused.
 */
@Named
@ViewScoped
public class KeyInReferral implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private ReferralService referrals;

    private final DraftReferralForm form = new DraftReferralForm();
    private final OutsideReceiptForm receipt = new OutsideReceiptForm();

    /** View action: only the business unit keys in referrals. */
    public void checkAllowed() {
        if (!referrals.mayKeyIn()) {
            Pages.forbidden();
        }
    }

    public String save() {
        try {
            String id = referrals.keyIn(form, receipt);
            Messages.info("referral.keyIn.saved");
            return "/app/referrals/form?faces-redirect=true&id=" + id;
        } catch (ConstraintViolationException e) {
            Messages.besideFields("draft", e);
        } catch (InvalidFieldException e) {
            Messages.besideFieldOr("draft", e, "save");
        }
        return null;
    }

    public DraftReferralForm getForm() {
        return form;
    }

    public OutsideReceiptForm getReceipt() {
        return receipt;
    }

    public ReferralKind[] getKinds() {
        return ReferralKind.values();
    }

    public OutsideSource[] getSources() {
        return OutsideSource.values();
    }

    public OutsideChannel[] getChannels() {
        return OutsideChannel.values();
    }
}

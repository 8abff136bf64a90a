package uk.safeguarding.reviews.web.handover;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguarding.reviews.handover.application.HandoverForm;
import uk.safeguarding.reviews.handover.application.HandoverView;
import uk.safeguarding.reviews.handover.application.Handovers;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.referral.application.ReferralDetail;
import uk.safeguarding.reviews.referral.application.ReferralService;
import uk.safeguarding.reviews.tenancy.domain.Tenant;
import uk.safeguarding.reviews.web.shell.FormActions;
import uk.safeguarding.reviews.web.shell.Messages;
import uk.safeguarding.reviews.web.shell.Pages;

/** The proposing side of a handover (§10.2): propose one for a referral, follow it, withdraw or escalate it. */
@Named
@ViewScoped
public class HandoverPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private Handovers handovers;

    @Inject
    private ReferralService referrals;

    private String id;
    private ReferralDetail referral;
    private List<HandoverView> sent = List.of();
    private List<Tenant> destinations = List.of();
    private final HandoverForm form = new HandoverForm();
    private String escalationReason;

    public void load() {
        try {
            referral = referrals.detail(id);
            sent = handovers.ofReferral(referral.id());
            destinations = handovers.destinations();
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        } catch (RecordNotFoundException e) {
            Pages.notFound();
        }
    }

    public String propose() {
        return FormActions.attempt("propose", "proposeButton", () -> handovers.propose(id, form), "handover.proposed",
                again());
    }

    public String withdraw(String handoverId) {
        try {
            handovers.withdraw(handoverId);
            Messages.info("handover.withdrawn");
            return again();
        } catch (InvalidFieldException e) {
            Messages.errorFor(null, e.getMessage());
        }
        return null;
    }

    public String escalate(String handoverId) {
        return FormActions.attempt("escalate", "escalateButton", () -> handovers.escalate(handoverId, escalationReason),
                "handover.escalated", again());
    }

    private String again() {
        return "/app/referrals/handover?faces-redirect=true&id=" + id;
    }

    public boolean isLive() {
        return sent.stream().anyMatch(HandoverView::isLive);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ReferralDetail getReferral() {
        return referral;
    }

    public List<HandoverView> getSent() {
        return sent;
    }

    public List<Tenant> getDestinations() {
        return destinations;
    }

    public HandoverForm getForm() {
        return form;
    }

    public String getEscalationReason() {
        return escalationReason;
    }

    public void setEscalationReason(String escalationReason) {
        this.escalationReason = escalationReason;
    }
}

package uk.safeguarding.reviews.web.referral;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.linking.application.PossibleLink;
import uk.safeguarding.reviews.linking.application.PossibleLinks;
import uk.safeguarding.reviews.referral.application.AttachmentLine;
import uk.safeguarding.reviews.referral.application.ReferralAttachments;
import uk.safeguarding.reviews.referral.application.ReferralDecisions;
import uk.safeguarding.reviews.referral.application.ReferralVerifications;
import uk.safeguarding.reviews.referral.application.ReferralDetail;
import uk.safeguarding.reviews.referral.application.ReferralService;
import uk.safeguarding.reviews.referral.application.VoteForm;
import uk.safeguarding.reviews.referral.domain.PanelDecisionRule;
import uk.safeguarding.reviews.referral.domain.PanelOutcome;
import uk.safeguarding.reviews.tenancy.api.TenantContext;
import uk.safeguarding.reviews.web.shell.Messages;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * One referral and what the person looking at it may do next: the referrer submits it, disagrees
 * with "no review"; the business unit forwards it or commences an obvious Rapid Review at once,
 * records a chair's decision on a tie, the adviser's view and the final decision; a panel member
 * votes. The services decide who may do what; this bean only shows the forms that apply.
 */
@Named
@ViewScoped
public class ReferralPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private ReferralService referrals;

    @Inject
    private ReferralDecisions decisions;

    @Inject
    private ReferralVerifications verifications;

    @Inject
    private ReferralAttachments attachmentService;

    @Inject
    private PossibleLinks possibleLinkService;

    private List<AttachmentLine> attachments = List.of();
    private List<PossibleLink> possibleLinks = List.of();

    private String id;
    private ReferralDetail referral;
    private final VoteForm vote = new VoteForm();
    private String rationale;
    private String disagreement;
    private String adviserView;
    private PanelOutcome chosenOutcome;
    private boolean mayVote;
    private String verificationNote;
    private String returnBecause;

    public void load() {
        try {
            referral = referrals.detail(id);
            mayVote = decisions.votesNow(TenantContext.caller());
            attachments = attachmentService.list(id);
            if (TenantContext.caller().hasRole(Role.BUSINESS_MANAGER)) {
                possibleLinks = possibleLinkService.ofRecord(referral.id());
            }
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        } catch (RecordNotFoundException e) {
            Pages.notFound();
        }
    }

    /** §10.1: this person is on the Virtual Panel (a listed member, or the role where nobody is listed). */
    public boolean isMayVote() {
        return mayVote;
    }

    public String forward() {
        return act(() -> decisions.forwardToPanel(id), "referral.forwarded", null);
    }

    public String commenceAtOnce() {
        return act(() -> decisions.commenceRapidReviewAtOnce(id, rationale), "referral.decided", "office:rationale");
    }

    public String castVote() {
        try {
            decisions.vote(id, vote);
            Messages.info("referral.voted");
            return reload();
        } catch (ConstraintViolationException e) {
            Messages.besideFields("vote", e);
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        } catch (InvalidFieldException | RefusedException e) {
            Messages.errorFor("vote:outcome", e.getMessage());
        }
        return null;
    }

    public String chairDecides() {
        return act(() -> decisions.recordChairsDecisionOnTie(id, chosenOutcome, rationale), "referral.decided",
                "office:rationale");
    }

    public String disagree() {
        return act(() -> decisions.disagree(id, disagreement), "referral.disagreed", "dispute:disagreement");
    }

    /** §7.3: the agency's verifier verifies the referral; the partnership receives it. */
    public String verify() {
        return act(() -> verifications.verify(id, verificationNote), "referral.verified", "verification:verificationNote");
    }

    /** §7.3: the agency's verifier returns it to the referrer with what to change. */
    public String returnToReferrer() {
        return act(() -> verifications.returnToReferrer(id, returnBecause), "referral.verificationReturned",
                "verification:returnBecause");
    }

    /** This person is the verifier the referral names, and it waits for them. */
    public boolean isVerifying() {
        return referral != null && "AWAITING_VERIFICATION".equals(referral.status()) && referral.verification() != null
                && referral.verification().verifier().equalsIgnoreCase(TenantContext.caller().username());
    }

    public String getVerificationNote() {
        return verificationNote;
    }

    public void setVerificationNote(String verificationNote) {
        this.verificationNote = verificationNote;
    }

    public String getReturnBecause() {
        return returnBecause;
    }

    public void setReturnBecause(String returnBecause) {
        this.returnBecause = returnBecause;
    }

    public String recordAdviserView() {
        return act(() -> decisions.recordAdviserView(id, adviserView), "referral.adviserRecorded", "adviser:adviserView");
    }

    public String finalDecision() {
        return act(() -> decisions.finalDecision(id, chosenOutcome, rationale), "referral.decided", "settle:rationale");
    }

    private String act(Runnable action, String doneKey, String fieldForProblems) {
        try {
            action.run();
            Messages.info(doneKey);
            return reload();
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        } catch (ConstraintViolationException e) {
            Messages.errorFor(fieldForProblems, e.getConstraintViolations().iterator().next().getMessage());
        } catch (InvalidFieldException | RefusedException e) {
            Messages.errorFor(fieldForProblems, e.getMessage());
        }
        return null;
    }

    private String reload() {
        return "/app/referrals/view?faces-redirect=true&id=" + id;
    }

    /** What a panel member can vote for on this kind of referral. */
    public List<PanelOutcome> getOutcomes() {
        return referral == null ? List.of() : referral.kind().outcomes();
    }

    public List<PanelOutcome> getFinalOutcomes() {
        return getOutcomes().stream().filter(o -> o != PanelOutcome.INCOMPLETE_RETURN_TO_REFERRER).toList();
    }

    /** Where the counted votes stand, in words. */
    public String getTallyDescription() {
        PanelDecisionRule.Tally tally = referral == null ? null : referral.tally();
        if (tally instanceof PanelDecisionRule.NotQuorate notQuorate) {
            return Messages.text("referral.tally.notQuorate", notQuorate.counted(), notQuorate.needed());
        }
        if (tally instanceof PanelDecisionRule.TiedForChair) {
            return Messages.text("referral.tally.tiedForChair");
        }
        if (tally instanceof PanelDecisionRule.TiedAwaitingVote) {
            return Messages.text("referral.tally.tiedAwaiting");
        }
        return null;
    }

    /** The outcomes tied for the chair to choose between. */
    public List<PanelOutcome> getTiedOutcomes() {
        return referral != null && referral.tally() instanceof PanelDecisionRule.TiedForChair tie ? tie.tied() : List.of();
    }

    /** Other boards' reviews that may be about the same child (issue 6): a prompt to talk, nothing more. */
    public List<PossibleLink> getPossibleLinks() {
        return possibleLinks;
    }

    public List<AttachmentLine> getAttachments() {
        return attachments;
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

    public VoteForm getVote() {
        return vote;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public String getDisagreement() {
        return disagreement;
    }

    public void setDisagreement(String disagreement) {
        this.disagreement = disagreement;
    }

    public String getAdviserView() {
        return adviserView;
    }

    public void setAdviserView(String adviserView) {
        this.adviserView = adviserView;
    }

    public PanelOutcome getChosenOutcome() {
        return chosenOutcome;
    }

    public void setChosenOutcome(PanelOutcome chosenOutcome) {
        this.chosenOutcome = chosenOutcome;
    }
}

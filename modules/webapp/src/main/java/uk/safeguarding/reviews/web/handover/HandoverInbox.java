package uk.safeguarding.reviews.web.handover;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.safeguarding.reviews.handover.application.HandoverView;
import uk.safeguarding.reviews.handover.application.Handovers;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.Page;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.web.shell.Messages;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * The receiving side (§10.2): handovers proposed to this partnership, each with its own form and
 * its own reason boxes (issue 15), to accept or decline with a reason, take a decline to the
 * Executive Group, and apply its decision. A refusal is shown beside the box of the proposal it
 * belongs to, and nothing typed in any box is lost.
 */
@Named
@ViewScoped
public class HandoverInbox implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private Handovers handovers;

    private String page;
    private Page<HandoverView> incoming = new Page<>(List.of(), 1, Page.DEFAULT_SIZE, 0);
    private final Map<String, String> answerReasons = new HashMap<>();
    private final Map<String, String> executiveDecisions = new HashMap<>();
    private final Map<String, String> escalationReasons = new HashMap<>();

    public void load() {
        try {
            incoming = handovers.inbox(Pages.number(page));
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public String accept(String handoverId, int row) {
        return act(() -> handovers.accept(handoverId), "handover.accepted", row, "acceptButton");
    }

    public String decline(String handoverId, int row) {
        return act(() -> handovers.decline(handoverId, answerReasons.get(handoverId)), "handover.declined", row,
                "declineButton");
    }

    public String escalate(String handoverId, int row) {
        return act(() -> handovers.escalate(handoverId, escalationReasons.get(handoverId)), "handover.escalated", row,
                "escalateButton");
    }

    public String applyDecision(String handoverId, boolean handOver, int row) {
        return act(() -> handovers.applyExecutiveDecision(handoverId, handOver, executiveDecisions.get(handoverId)),
                "handover.decisionApplied", row, "decideButton");
    }

    /**
     * Runs one proposal's action. Each proposal's form sits in a row of the list, so its fields'
     * ids carry the row ("items:2:answer:answerReason"): the message goes to that row's field.
     */
    private String act(Runnable action, String done, int row, String button) {
        String form = "items:" + row + ":answer:";
        try {
            action.run();
            Messages.info(done);
            return "/app/referrals/handovers?faces-redirect=true";
        } catch (InvalidFieldException e) {
            Messages.errorFor(form + (e.field() == null ? button : e.field()), e.getMessage());
        } catch (RefusedException e) {
            Messages.errorFor(form + button, e.getMessage());
        }
        return null;
    }

    public List<HandoverView> getIncoming() {
        return incoming.items();
    }

    public Page<HandoverView> getList() {
        return incoming;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    /** Each proposal's own decline reason, by its id. */
    public Map<String, String> getAnswerReasons() {
        return answerReasons;
    }

    public Map<String, String> getExecutiveDecisions() {
        return executiveDecisions;
    }

    public Map<String, String> getEscalationReasons() {
        return escalationReasons;
    }
}

package uk.safeguarding.reviews.web.handover;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguarding.reviews.kernel.Page;
import uk.safeguarding.reviews.handover.application.HandoverView;
import uk.safeguarding.reviews.handover.application.Handovers;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.web.shell.FormActions;
import uk.safeguarding.reviews.web.shell.Pages;

/** The receiving side (§10.2): handovers proposed to this partnership, to accept or decline with a reason. */
@Named
@ViewScoped
public class HandoverInbox implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private Handovers handovers;

    private String page;
    private Page<HandoverView> incoming = new Page<>(List.of(), 1, Page.DEFAULT_SIZE, 0);
    private String answerReason;
    private String executiveDecision;
    private String escalationReason;

    public void load() {
        try {
            incoming = handovers.inbox(Pages.number(page));
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public String accept(String handoverId) {
        return act(() -> handovers.accept(handoverId), "handover.accepted", "answer", "acceptButton");
    }

    public String decline(String handoverId) {
        return act(() -> handovers.decline(handoverId, answerReason), "handover.declined", "answer", "declineButton");
    }

    public String escalate(String handoverId) {
        return act(() -> handovers.escalate(handoverId, escalationReason), "handover.escalated", "answer",
                "escalateButton");
    }

    public String applyDecision(String handoverId, boolean handOver) {
        return act(() -> handovers.applyExecutiveDecision(handoverId, handOver, executiveDecision),
                "handover.decisionApplied", "answer", "decideButton");
    }

    private String act(Runnable action, String done, String form, String button) {
        return FormActions.attempt(form, button, action, done, "/app/referrals/handovers?faces-redirect=true");
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

    public String getAnswerReason() {
        return answerReason;
    }

    public void setAnswerReason(String answerReason) {
        this.answerReason = answerReason;
    }

    public String getExecutiveDecision() {
        return executiveDecision;
    }

    public void setExecutiveDecision(String executiveDecision) {
        this.executiveDecision = executiveDecision;
    }

    public String getEscalationReason() {
        return escalationReason;
    }

    public void setEscalationReason(String escalationReason) {
        this.escalationReason = escalationReason;
    }
}

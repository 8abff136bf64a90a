package uk.safeguarding.reviews.web.rapidreview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.rapidreview.domain.Escalation;
import uk.safeguarding.reviews.rapidreview.domain.Recommendation;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/** A disagreement taken up a level (§7.12: to the Safeguarding Executive, then the Independent Adviser), and the decision made there. */
@Named
@ViewScoped
public class EscalationForm implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingPage page;

    private Escalation.Level level;
    private Recommendation decision;
    private String decidedBy;
    private String decisionRationale;

    public String escalate() {
        return page.submit("escalation", "escalateButton", meetings -> meetings.escalate(page.getId(), level),
                "meeting.escalation.recorded");
    }

    /** The business unit records a decision with who made it; a member of the executive decides in their own name. */
    public String decide() {
        if (isDecidesAsExecutive()) {
            return page.submit("decision", "decideButton", meetings -> meetings.decideAsExecutive(page.getId(), decision,
                    decisionRationale), "meeting.decision.recorded");
        }
        return page.submit("decision", "decideButton", meetings -> meetings.decideEscalation(page.getId(), decision, decidedBy,
                decisionRationale), "meeting.decision.recorded");
    }

    /** §7.12: the outcome waits for the Safeguarding Executive, and this person sits on it. */
    public boolean isDecidesAsExecutive() {
        return page.getView() != null && page.getView().awaitsTheExecutive() && TenantContext.caller().hasRole(Role.EXECUTIVE)
                && !TenantContext.caller().hasRole(Role.BUSINESS_MANAGER);
    }

    public Escalation.Level[] getLevels() {
        return Escalation.Level.values();
    }

    public Escalation.Level getLevel() {
        return level;
    }

    public void setLevel(Escalation.Level level) {
        this.level = level;
    }

    public Recommendation getDecision() {
        return decision;
    }

    public void setDecision(Recommendation decision) {
        this.decision = decision;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
    }

    public String getDecisionRationale() {
        return decisionRationale;
    }

    public void setDecisionRationale(String decisionRationale) {
        this.decisionRationale = decisionRationale;
    }
}

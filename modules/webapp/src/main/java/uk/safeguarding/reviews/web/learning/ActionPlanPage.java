package uk.safeguarding.reviews.web.learning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.safeguarding.reviews.clocks.domain.ClockUnit;
import uk.safeguarding.reviews.learning.application.ActionForm;
import uk.safeguarding.reviews.learning.application.ActionPlanView;
import uk.safeguarding.reviews.learning.application.ActionPlans;
import uk.safeguarding.reviews.web.shell.FormActions;
import uk.safeguarding.reviews.web.shell.Messages;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * A review's action plan (§9, Document 13): its actions drawn up, each from a recommendation, an
 * immediate action or nothing; the review group's agreement and the handover; verification or return
 * of each action reported done; and the plan's close.
 */
@Named
@ViewScoped
public class ActionPlanPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private ActionPlans plans;

    private String id;
    private ActionPlanView view;
    private ActionForm form = new ActionForm();
    private final ActionForm planForm = new ActionForm();
    private final Map<String, String> notes = new HashMap<>();

    public void load() {
        view = Pages.shownOrNull(() -> plans.of(id));
    }

    /** Fills the action's boxes from the chosen recommendation or immediate action, keeping the owner and timescale. */
    public String startFrom() {
        ActionForm started = plans.startFrom(id, form.getSourceKey());
        started.setOwner(form.getOwner());
        started.setTimescaleAmount(form.getTimescaleAmount());
        started.setTimescaleUnit(form.getTimescaleUnit());
        form = started;
        Messages.info("actionPlan.started");
        return null;
    }

    public String draw() {
        return FormActions.attempt("actionForm", "draw", () -> plans.draw(id, form), "actionPlan.drawn", again());
    }

    public String agree() {
        return FormActions.attempt("agreeForm", "agree", () -> plans.agree(id, planForm), "actionPlan.agreedDone",
                again());
    }

    public String handOver() {
        return FormActions.attempt("handOverForm", "handOver", () -> plans.handOver(id, planForm),
                "actionPlan.handedOverDone", again());
    }

    public String verify(String actionId, int row) {
        return FormActions.attempt("verifyForm", "verify", () -> plans.verify(id, actionId, notes.get(actionId)),
                "actionPlan.verified", again(), field -> "verifyForm:actions:" + row + ":" + field);
    }

    public String returnToOwner(String actionId, int row) {
        return FormActions.attempt("verifyForm", "return", () -> plans.returnToOwner(id, actionId,
                notes.get(actionId)), "actionPlan.returned", again(), field -> "verifyForm:actions:" + row + ":" + field);
    }

    public String close() {
        return FormActions.attempt("closeForm", "close", () -> plans.close(id, planForm), "actionPlan.closed",
                again());
    }

    private String again() {
        return "/app/reviews/action-plan?faces-redirect=true&id=" + id;
    }

    public List<ClockUnit> getTimescaleUnits() {
        return ActionPlans.TIMESCALE_UNITS;
    }

    public ActionPlanView getView() {
        return view;
    }

    public ActionForm getForm() {
        return form;
    }

    public ActionForm getPlanForm() {
        return planForm;
    }

    public Map<String, String> getNotes() {
        return notes;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}

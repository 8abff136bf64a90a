package uk.safeguarding.reviews.web.clocks;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.function.Supplier;
import uk.safeguarding.reviews.clocks.application.ClockExplanation;
import uk.safeguarding.reviews.clocks.application.Deadlines;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.web.shell.Messages;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * One clock explained (what was counted, what was skipped and why, its log), with the business
 * manager's actions: pause, resume, extend, move on to the rules in force. An id of another
 * partnership is "not found", like a made-up one.
 */
@Named
@ViewScoped
public class ClockDetail implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private Deadlines deadlines;

    private String id;
    private ClockExplanation clock;
    private String reason;
    private Integer extension;

    public void load() {
        try {
            clock = deadlines.explain(Pages.uuidOrNotFound("clock", id));
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        } catch (RecordNotFoundException e) {
            Pages.notFound();
        }
    }

    public String pause() {
        if (reasonMissing()) {
            return null;
        }
        return act(() -> deadlines.pause(clock.line().id(), reason), "clocks.detail.paused");
    }

    public String resume() {
        return act(() -> deadlines.resume(clock.line().id()), "clocks.detail.resumed");
    }

    public String extend() {
        if (extension == null || extension < 1) {
            Messages.errorFor("actions:extension", Messages.text("clocks.detail.extension.required"));
            return null;
        }
        if (reasonMissing()) {
            return null;
        }
        return act(() -> deadlines.extend(clock.line().id(), extension, reason), "clocks.detail.extended");
    }

    public String moveToRulesInForce() {
        if (reasonMissing()) {
            return null;
        }
        return act(() -> deadlines.moveToRulesInForce(clock.line().subjectType(), clock.line().subjectId(), reason),
                "clocks.detail.moved");
    }

    private boolean reasonMissing() {
        if (reason == null || reason.isBlank()) {
            Messages.errorFor("actions:reason", Messages.text("clocks.detail.reason.required"));
            return true;
        }
        return false;
    }

    private String act(Supplier<?> action, String doneKey) {
        try {
            action.get();
            Messages.info(doneKey);
            return "/app/clocks/clock?faces-redirect=true&id=" + id;
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        } catch (InvalidFieldException e) {
            Messages.besideField("actions", e);
        } catch (RefusedException e) {
            Messages.errorFor("actions:reason", e.getMessage());
        }
        return null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ClockExplanation getClock() {
        return clock;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getExtension() {
        return extension;
    }

    public void setExtension(Integer extension) {
        this.extension = extension;
    }
}

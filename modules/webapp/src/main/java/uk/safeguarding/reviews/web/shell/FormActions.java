package uk.safeguarding.reviews.web.shell;

import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RefusedException;

/** One form's action, the same way on every page. */
public final class FormActions {

    private FormActions() {
    }

    /**
     * Runs the action: on success the message and the outcome to go to; on a refusal, the reason
     * beside its field (or the form's button, or the top of the page) and no navigation, so
     * everything typed stays in the form.
     */
    public static String attempt(String form, String button, Runnable action, String doneKey, String outcome) {
        try {
            action.run();
            Messages.info(doneKey);
            return outcome;
        } catch (InvalidFieldException e) {
            Messages.besideFieldOr(form, e, button);
            return null;
        } catch (RefusedException e) {
            Messages.errorFor(null, e.getMessage());
            return null;
        }
    }
}

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
        return attempt(form, button, action, doneKey, outcome, field -> null);
    }

    /**
     * As {@link #attempt(String, String, Runnable, String, String)}, for a form whose fields repeat
     * (one per row): {@code clientIdOf} names the component a refused field is, or null where the
     * form's own field of that name is meant.
     */
    public static String attempt(String form, String button, Runnable action, String doneKey, String outcome,
            java.util.function.UnaryOperator<String> clientIdOf) {
        try {
            action.run();
            Messages.info(doneKey);
            return outcome;
        } catch (InvalidFieldException e) {
            String row = clientIdOf.apply(e.field());
            if (row != null) {
                Messages.errorFor(row, e.getMessage());
            } else {
                Messages.besideFieldOr(form, e, button);
            }
            return null;
        } catch (RefusedException e) {
            Messages.errorFor(null, e.getMessage());
            return null;
        }
    }
}

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

    /**
     * A refusal naming a box of a repeated row, {@code <prefix>-<row>-<box>} with rows counted from 1
     * ({@code recommendation-2-measure}), as that box's client id under the rows' {@code ui:repeat}
     * ({@code writeForm:recommendations:1:measure}); null for any other field.
     */
    public static String rowBox(String field, String prefix, String rows) {
        if (field == null || !field.startsWith(prefix + "-")) {
            return null;
        }
        String[] parts = field.substring(prefix.length() + 1).split("-", 2);
        try {
            return parts.length == 2 ? rows + ":" + (Integer.parseInt(parts[0]) - 1) + ":" + parts[1] : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

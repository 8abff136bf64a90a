package uk.safeguarding.reviews.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Messages for the person, always from the bundle, never typed into code. */
public final class Messages {

    private static final String BUNDLE = "uk.safeguarding.reviews.web.messages";

    private Messages() {
    }

    public static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces == null ? Locale.UK : faces.getViewRoot().getLocale();
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public static void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, args));
    }

    public static void errorFor(String clientId, String message) {
        add(clientId, FacesMessage.SEVERITY_ERROR, message);
    }

    /** Each violation beside its field of the form (the field's id is the property's name). */
    public static void besideFields(String formId, jakarta.validation.ConstraintViolationException e) {
        e.getConstraintViolations().forEach(v -> errorFor(formId + ":" + v.getPropertyPath(), v.getMessage()));
    }

    /** A rule that spans fields, shown beside the field the service named. */
    public static void besideField(String formId, uk.safeguarding.reviews.kernel.InvalidFieldException e) {
        errorFor(formId + ":" + e.field(), e.getMessage());
    }

    /**
     * Beside the field the service named if this form has it, otherwise beside the form's button, or
     * at the top of the page: a refusal is never lost for want of a field to show it next to.
     */
    public static void besideFieldOr(String formId, uk.safeguarding.reviews.kernel.InvalidFieldException e,
            String buttonId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String field = formId + ":" + e.field();
        String button = formId + ":" + buttonId;
        if (e.field() != null && faces.getViewRoot().findComponent(field) != null) {
            errorFor(field, e.getMessage());
        } else if (faces.getViewRoot().findComponent(button) != null) {
            errorFor(button, e.getMessage());
        } else {
            errorFor(null, e.getMessage());
        }
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        // Kept for the next request only if the action redirects (MessagesFollowRedirects).
        faces.addMessage(clientId, new FacesMessage(severity, text, text));
    }
}

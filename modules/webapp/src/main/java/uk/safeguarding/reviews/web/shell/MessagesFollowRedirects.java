package uk.safeguarding.reviews.web.shell;

import jakarta.faces.application.ConfigurableNavigationHandler;
import jakarta.faces.application.ConfigurableNavigationHandlerWrapper;
import jakarta.faces.application.NavigationCase;
import jakarta.faces.application.NavigationHandler;
import jakarta.faces.context.FacesContext;

/**
 * A message belongs to the attempt that caused it (issue 15): it is carried over to the next request
 * only when the action redirects (the page after "Save" shows "Saved"), never when the same page is
 * shown again with a refusal, or the refusal would reappear on the next, successful, attempt (seen:
 * "Nothing was imported: 5 problems" after a good file).
 */
public class MessagesFollowRedirects extends ConfigurableNavigationHandlerWrapper {

    /** Faces passes the navigation handler this one decorates (Mojarra's is configurable). */
    public MessagesFollowRedirects(NavigationHandler wrapped) {
        super((ConfigurableNavigationHandler) wrapped);
    }

    @Override
    public void handleNavigation(FacesContext context, String fromAction, String outcome) {
        keepMessagesIfRedirect(context, outcome == null ? null : getNavigationCase(context, fromAction, outcome));
        super.handleNavigation(context, fromAction, outcome);
    }

    @Override
    public void handleNavigation(FacesContext context, String fromAction, String outcome, String toFlowDocumentId) {
        keepMessagesIfRedirect(context, outcome == null ? null
                : getNavigationCase(context, fromAction, outcome, toFlowDocumentId));
        super.handleNavigation(context, fromAction, outcome, toFlowDocumentId);
    }

    private static void keepMessagesIfRedirect(FacesContext context, NavigationCase navigation) {
        if (navigation != null && navigation.isRedirect()) {
            context.getExternalContext().getFlash().setKeepMessages(true);
        }
    }
}

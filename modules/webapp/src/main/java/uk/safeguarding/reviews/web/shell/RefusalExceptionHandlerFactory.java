package uk.safeguarding.reviews.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.util.Iterator;
import uk.safeguarding.reviews.kernel.RefusedException;

/**
 * One way every page shows a refusal ({@link RefusedException}: a calendar that does not reach the
 * due date, a record handed over elsewhere...) that its bean did not catch: the same page again with
 * the reason at the top and everything typed still in the form, never the error page. The service's
 * transaction has rolled back, so nothing was changed. Registered in faces-config.xml.
 */
public class RefusalExceptionHandlerFactory extends ExceptionHandlerFactory {

    public RefusalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new RefusalHandler(getWrapped().getExceptionHandler());
    }

    private static final class RefusalHandler extends ExceptionHandlerWrapper {

        RefusalHandler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                RefusedException refusal = refusalIn(events.next().getContext().getException());
                // While rendering, the page is half written: only the error page can answer then.
                if (refusal != null && faces != null && faces.getViewRoot() != null
                        && faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE && !faces.getResponseComplete()) {
                    events.remove();
                    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(),
                            refusal.getMessage()));
                    faces.renderResponse();
                }
            }
            getWrapped().handle();
        }

        private static RefusedException refusalIn(Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof RefusedException refusal) {
                    return refusal;
                }
            }
            return null;
        }
    }
}

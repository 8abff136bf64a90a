package uk.safeguarding.reviews.web.shell;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Page outcomes decided before anything is rendered. Pages load their data in a view action, so a
 * refusal becomes a clean 403 page instead of an error half way through a rendered page.
 */
public final class Pages {

    private Pages() {
    }

    /** The page shows its own "not found" text, with the status a made-up address would get. */
    public static void notFound() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
    }

    /** An id from the address: a malformed or missing one is simply not found, like an unknown one. */
    public static java.util.UUID uuidOrNotFound(String recordType, String id) {
        try {
            return java.util.UUID.fromString(id == null ? "" : id.strip());
        } catch (IllegalArgumentException e) {
            throw new uk.safeguarding.reviews.kernel.RecordNotFoundException(recordType, String.valueOf(id));
        }
    }

    /** A page number from the address: anything but a whole number from 1 is the first page. */
    public static int number(String page) {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * What a page shows, as {@code load} reads it: null instead when the person may not see it (the
     * page answers 403) or it is not there for them (the page shows its "not found" text).
     */
    public static <T> T shownOrNull(java.util.function.Supplier<T> load) {
        try {
            return load.get();
        } catch (uk.safeguarding.reviews.kernel.AccessDeniedException e) {
            forbidden();
            return null;
        } catch (uk.safeguarding.reviews.kernel.RecordNotFoundException e) {
            notFound();
            return null;
        }
    }

    public static void forbidden() {
        sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    private static void sendError(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}

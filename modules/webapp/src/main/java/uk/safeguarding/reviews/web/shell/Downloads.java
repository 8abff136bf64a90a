package uk.safeguarding.reviews.web.shell;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import uk.safeguarding.reviews.kernel.ExportedFile;

/**
 * Files leave as downloads that no cache keeps and no browser runs as part of the product's pages
 * ({@code nosniff}, attachment), whatever they are: a generated document or a file someone uploaded.
 */
public final class Downloads {

    private Downloads() {
    }

    /**
     * Sends the file {@code produce} makes; a person who may not have it gets 403, and one for whom it
     * is not there (another partnership's, or not theirs to see) 404, the refusal already audited.
     */
    public static void sendOrRefuse(HttpServletResponse response, java.util.function.Supplier<ExportedFile> produce)
            throws IOException {
        ExportedFile file;
        try {
            file = produce.get();
        } catch (uk.safeguarding.reviews.kernel.AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (uk.safeguarding.reviews.kernel.RecordNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(response, file);
    }

    public static void send(HttpServletResponse response, ExportedFile file) throws IOException {
        send(response, file.fileName(), file.contentType(), file.content());
    }

    public static void send(HttpServletResponse response, String fileName, String contentType, byte[] content)
            throws IOException {
        response.setContentType(contentType);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}

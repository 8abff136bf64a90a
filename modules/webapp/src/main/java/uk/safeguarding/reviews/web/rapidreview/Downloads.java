package uk.safeguarding.reviews.web.rapidreview;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import uk.safeguarding.reviews.rapidreview.application.ExportedFile;

/** Generated documents leave as downloads that no cache keeps. */
final class Downloads {

    private Downloads() {
    }

    static void send(HttpServletResponse response, ExportedFile file) throws IOException {
        response.setContentType(file.contentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }
}

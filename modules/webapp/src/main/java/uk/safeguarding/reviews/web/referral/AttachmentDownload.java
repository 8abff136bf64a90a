package uk.safeguarding.reviews.web.referral;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.referral.application.AttachmentFile;
import uk.safeguarding.reviews.referral.application.ReferralAttachments;
import uk.safeguarding.reviews.web.shell.Downloads;

/**
 * Downloads a referral's file for someone who may see the referral. It runs behind the tenant gate
 * like every page; the file is always a download, never shown in the browser, so its content cannot
 * run as part of the product's pages.
 */
@WebServlet("/app/referrals/attachment")
public class AttachmentDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient ReferralAttachments attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AttachmentFile file;
        try {
            file = attachments.download(request.getParameter("id"));
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (RecordNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // Always a plain download: an uploaded file never runs as part of the product's pages.
        Downloads.send(response, file.fileName(), "application/octet-stream", file.content());
    }
}

package uk.safeguarding.reviews.web.shell;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiConsumer;
import uk.safeguarding.reviews.kernel.FileContent;
import uk.safeguarding.reviews.kernel.InvalidFieldException;

/**
 * A file chosen in a form, handed to the form's object under its own base name. Nothing
 * chosen this time leaves what was attached before, so a refusal elsewhere never loses a file.
 */
public final class Uploads {

    private Uploads() {
    }

    /**
     * Reads {@code file} into {@code attach} under its own base name; false, with the reason beside
     * {@code clientId}, if it is larger than {@code maxBytes} (checked before it is read), cannot be
     * read, or is not inside what its name says (issue 18).
     */
    public static boolean attach(Part file, String clientId, int maxBytes, BiConsumer<String, byte[]> attach) {
        if (file == null || file.getSize() == 0) {
            return true;
        }
        if (file.getSize() > maxBytes) {
            Messages.errorFor(clientId, Messages.text("upload.tooLarge", maxBytes / (1024 * 1024)));
            return false;
        }
        try (InputStream in = file.getInputStream()) {
            String name = FileContent.safeBaseName(file.getSubmittedFileName());
            byte[] content = in.readNBytes(maxBytes);
            java.util.Optional<InvalidFieldException> notWhatItSays = FileContent.mismatch(clientId, name, content);
            if (notWhatItSays.isPresent()) {
                Messages.errorFor(clientId, notWhatItSays.get().getMessage());
                return false;
            }
            attach.accept(name, content);
            return true;
        } catch (IOException e) {
            Messages.errorFor(clientId, Messages.text("upload.unreadable"));
            return false;
        }
    }
}

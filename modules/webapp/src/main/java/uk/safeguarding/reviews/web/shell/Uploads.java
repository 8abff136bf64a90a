package uk.safeguarding.reviews.web.shell;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiConsumer;

/**
 * A file chosen in a form, handed to the form's object with its name as the browser gave it. Nothing
 * chosen this time leaves what was attached before, so a refusal elsewhere never loses a file.
 */
public final class Uploads {

    private Uploads() {
    }

    /**
     * Reads {@code file} into {@code attach}; false, with the reason beside {@code clientId}, if it is
     * larger than {@code maxBytes} or cannot be read.
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
            attach.accept(file.getSubmittedFileName(), in.readAllBytes());
            return true;
        } catch (IOException e) {
            Messages.errorFor(clientId, Messages.text("upload.unreadable"));
            return false;
        }
    }
}

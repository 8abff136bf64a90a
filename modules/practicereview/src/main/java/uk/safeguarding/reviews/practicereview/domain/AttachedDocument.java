package uk.safeguarding.reviews.practicereview.domain;

import java.util.Locale;
import java.util.Set;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.Texts;

/**
 * A document someone attached (a signed contract, a written report): its own name without any folder
 * a browser sent, of a kind documents come in, within a size; refused beside {@code field} otherwise.
 */
record AttachedDocument(String fileName, byte[] content) {

    private static final Set<String> DOCUMENT_TYPES = Set.of("pdf", "docx", "doc", "odt");

    static AttachedDocument of(String field, String what, String sentName, byte[] content, int maxBytes) {
        if (content == null || content.length == 0 || Texts.isBlank(sentName)) {
            throw new InvalidFieldException(field, "Attach the " + what);
        }
        if (content.length > maxBytes) {
            throw new InvalidFieldException(field, "The " + what + " must be " + maxBytes / (1024 * 1024)
                    + " MB or smaller");
        }
        String name = sentName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!DOCUMENT_TYPES.contains(extension) || name.length() > 200) {
            throw new InvalidFieldException(field, "Attach the " + what + " as a PDF or Word document (.pdf, .docx,"
                    + " .doc or .odt), its name 200 characters or fewer");
        }
        return new AttachedDocument(name, content.clone());
    }
}

package uk.safeguarding.reviews.kernel;

import java.util.Locale;
import java.util.Set;

/**
 * A document someone attached (a signed contract, a written report): its own name without any folder
 * a browser sent, of a kind documents come in, within a size; refused beside {@code field} otherwise.
 */
public record AttachedDocument(String fileName, byte[] content) {

    private static final Set<String> DOCUMENT_TYPES = Set.of("pdf", "docx", "doc", "odt");

    /** Evidence may also be a spreadsheet (an audit's figures) or a photograph of a poster or a briefing. */
    public static final Set<String> EVIDENCE_TYPES = Set.of("pdf", "docx", "doc", "odt", "xlsx", "csv", "png", "jpg",
            "jpeg");

    /** A document: PDF or Word. */
    public static AttachedDocument of(String field, String what, String sentName, byte[] content, int maxBytes) {
        return of(field, what, sentName, content, maxBytes, DOCUMENT_TYPES, "as a PDF or Word document (.pdf, .docx,"
                + " .doc or .odt)");
    }

    /** A file of one of {@code types}, which {@code asTypes} names for the person ("as a PDF ..."). */
    public static AttachedDocument of(String field, String what, String sentName, byte[] content, int maxBytes,
            Set<String> types, String asTypes) {
        if (content == null || content.length == 0 || Texts.isBlank(sentName)) {
            throw InvalidFieldException.refused(field, "kernel.attached-document.attach", what);
        }
        if (content.length > maxBytes) {
            throw InvalidFieldException.refused(field, "kernel.attached-document.must-mb-smaller", what,
                    maxBytes / (1024 * 1024));
        }
        String name = sentName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!types.contains(extension) || name.length() > 200) {
            throw InvalidFieldException.refused(field, "kernel.attached-document.attach-name-200-characters-fewer",
                    what, asTypes);
        }
        return new AttachedDocument(name, content.clone());
    }
}

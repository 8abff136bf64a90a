package uk.safeguarding.reviews.kernel;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What people type: surrounding spaces never count, and a box of spaces is an empty box. */
public final class Texts {

    private Texts() {
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The text without surrounding spaces, or null if nothing was typed. */
    public static String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }

    /** The text without surrounding spaces; a blank one is refused beside its field with the message. */
    public static String required(String field, String text, String message) {
        if (isBlank(text)) {
            throw new InvalidFieldException(field, message);
        }
        return text.strip();
    }

    /** A text longer than {@code max} characters (without surrounding spaces) is refused beside its field. */
    public static void requireAtMost(String field, String text, int max) {
        if (text != null && text.strip().length() > max) {
            throw new InvalidFieldException(field, "Use " + max + " characters or fewer: this has "
                    + text.strip().length());
        }
    }

    /**
     * A box of items typed one to a line (recommendations, questions, a specification's points):
     * blank lines skipped, each item without surrounding spaces. Refused beside the field when an
     * item is longer than {@code maxEach}, when one is listed twice, or, with {@code whenEmpty}, when
     * there is none.
     */
    public static List<String> distinctLines(String field, String text, int maxEach, String item, String whenEmpty) {
        Set<String> lines = new LinkedHashSet<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            if (stripped.length() > maxEach) {
                throw new InvalidFieldException(field, "Keep each " + item + " to " + String.format("%,d", maxEach)
                        + " characters: one has " + String.format("%,d", stripped.length()));
            }
            if (!lines.add(stripped)) {
                throw new InvalidFieldException(field, "List each " + item + " once: \u201c" + stripped
                        + "\u201d is there twice");
            }
        }
        if (lines.isEmpty()) {
            throw new InvalidFieldException(field, whenEmpty);
        }
        return List.copyOf(lines);
    }
}

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

    /**
     * The text without surrounding spaces; a blank one is refused beside its field, in the words of
     * {@code refusalKey} (issue 13 §3) with {@code args}.
     */
    public static String required(String field, String text, String refusalKey, Object... args) {
        if (isBlank(text)) {
            throw InvalidFieldException.refused(field, refusalKey, args);
        }
        return text.strip();
    }

    /**
     * The text without surrounding spaces, refused beside its field when blank (in the words of
     * {@code refusalKey}) or longer than {@code max} characters.
     */
    public static String requiredWithin(String field, String text, int max, String refusalKey) {
        String given = required(field, text, refusalKey);
        requireAtMost(field, given, max);
        return given;
    }

    /** A text longer than {@code max} characters (without surrounding spaces) is refused beside its field. */
    public static void requireAtMost(String field, String text, int max) {
        if (text != null && text.strip().length() > max) {
            throw InvalidFieldException.refused(field, "kernel.texts.use-characters-fewer-has", max,
                    text.strip().length());
        }
    }

    /**
     * A box of items typed one to a line (recommendations, questions, a specification's points):
     * blank lines skipped, each item without surrounding spaces. Refused beside the field when an
     * item is longer than {@code maxEach}, when one is listed twice, or, in the words of
     * {@code whenEmptyKey} (issue 13 §3), when there is none.
     */
    public static List<String> distinctLines(String field, String text, int maxEach, String item, String whenEmptyKey) {
        Set<String> lines = new LinkedHashSet<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            if (stripped.length() > maxEach) {
                throw InvalidFieldException.refused(field, "kernel.texts.keep-each-characters-one-has", item,
                        String.format("%,d", maxEach), String.format("%,d", stripped.length()));
            }
            if (!lines.add(stripped)) {
                throw InvalidFieldException.refused(field, "kernel.texts.list-each-once-there-twice", item, stripped);
            }
        }
        if (lines.isEmpty()) {
            throw InvalidFieldException.refused(field, whenEmptyKey);
        }
        return List.copyOf(lines);
    }
}

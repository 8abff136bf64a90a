package uk.safeguarding.reviews.kernel;

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
}

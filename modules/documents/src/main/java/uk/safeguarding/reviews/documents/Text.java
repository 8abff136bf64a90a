package uk.safeguarding.reviews.documents;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.List;

/**
 * The text rules both writers share: what a missing value reads as, and how text typed by people is
 * made safe to print.
 */
final class Text {

    /** Printed, in italics, where a value was left blank, so a reader never mistakes a gap for an omission. */
    static final String NOT_RECORDED = "Not recorded";

    /** Printed, in italics, for a table or list with nothing in it. */
    static final String NONE_RECORDED = "None recorded";

    private static final Charset WIN_ANSI = Charset.forName("windows-1252");
    private static final int ZERO_WIDTH_JOINER = 0x200D;
    /** Emoji skin-tone modifiers: they change the emoji before them and are nothing alone. */
    private static final int SKIN_TONE_FIRST = 0x1F3FB;
    private static final int SKIN_TONE_LAST = 0x1F3FF;

    private Text() {
    }

    /**
     * Null as empty, line ends as {@code \n}, tabs as spaces, and every other control character (and
     * anything else XML 1.0 forbids, such as a lone surrogate) removed: a DOCX holding one of those
     * will not open, and in a PDF they print as nothing or as boxes.
     */
    static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String unified = text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
        StringBuilder cleaned = new StringBuilder(unified.length());
        unified.codePoints().filter(Text::isPrintable).forEach(cleaned::appendCodePoint);
        return cleaned.toString();
    }

    private static boolean isPrintable(int codePoint) {
        if (codePoint == '\n') {
            return true;
        }
        return !Character.isISOControl(codePoint)
                && (codePoint < Character.MIN_SURROGATE || codePoint > Character.MAX_SURROGATE)
                && codePoint != 0xFFFE && codePoint != 0xFFFF;
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The lines of cleaned text; a blank line is kept so the reader sees the writer's spacing. */
    static List<String> lines(String cleanedText) {
        return List.of(cleanedText.split("\n", -1));
    }

    /**
     * The text as the PDF standard fonts can show it. Helvetica there is WinAnsi-encoded: '£', '—', '’'
     * and 'é' are in it; a character outside it is dropped silently by OpenPDF. Rather than lose it
     * without trace it becomes its unaccented letter where it has one ('ő' to 'o'), a plain space or
     * hyphen where it is one of those, nothing where it is invisible (joiners, variation selectors),
     * and '?' otherwise, so a reader can see something was there.
     */
    static String toWinAnsi(String cleanedText) {
        CharsetEncoder encoder = WIN_ANSI.newEncoder();
        StringBuilder shown = new StringBuilder(cleanedText.length());
        boolean joined = false;
        for (int index = 0; index < cleanedText.length(); ) {
            int codePoint = cleanedText.codePointAt(index);
            index += Character.charCount(codePoint);
            if (codePoint == ZERO_WIDTH_JOINER) {
                joined = true;
                continue;
            }
            String shownAs = winAnsiFor(codePoint, encoder);
            // An emoji made of joined emoji (a family, say) is one picture, so it gets one mark, not one a part.
            boolean partOfTheLastMark = joined && shownAs.equals("?") && shown.length() > 0
                    && shown.charAt(shown.length() - 1) == '?';
            if (!partOfTheLastMark) {
                shown.append(shownAs);
            }
            joined = false;
        }
        return shown.toString();
    }

    private static String winAnsiFor(int codePoint, CharsetEncoder encoder) {
        if (codePoint == '\n' || isWinAnsi(codePoint, encoder)) {
            return Character.toString(codePoint);
        }
        if (isInvisibleOnItsOwn(codePoint)) {
            return "";
        }
        int type = Character.getType(codePoint);
        if (Character.isSpaceChar(codePoint)) {
            return " ";
        }
        if (type == Character.DASH_PUNCTUATION || codePoint == '\u2212') {
            return "-";
        }
        int base = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD).codePointAt(0);
        return base != codePoint && isWinAnsi(base, encoder) ? Character.toString(base) : "?";
    }

    private static boolean isInvisibleOnItsOwn(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT
                || codePoint >= SKIN_TONE_FIRST && codePoint <= SKIN_TONE_LAST;
    }

    private static boolean isWinAnsi(int codePoint, CharsetEncoder encoder) {
        return Character.isBmpCodePoint(codePoint) && !Character.isISOControl(codePoint)
                && encoder.canEncode((char) codePoint);
    }
}

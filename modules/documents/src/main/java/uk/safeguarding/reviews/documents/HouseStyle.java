package uk.safeguarding.reviews.documents;

/**
 * The look both formats share, in points unless named otherwise, so a partnership's DOCX and PDF of the
 * same paper match. Arial (in DOCX) and Helvetica (in PDF) are the same sans-serif design; sizes and
 * colours follow common accessible-print advice: body no smaller than 11 pt, dark text on light fills.
 */
final class HouseStyle {

    static final String LANGUAGE = "en-GB";

    /** A4, the size every partnership prints on. */
    static final float A4_SHORT_SIDE = 595.3f;
    static final float A4_LONG_SIDE = 841.9f;
    static final float POINTS_PER_CM = 72f / 2.54f;
    static final float MARGIN = 2 * POINTS_PER_CM;
    /** Top and bottom margins leave room for the marking lines above and below the text. */
    static final float MARGIN_TOP_BOTTOM = 2.5f * POINTS_PER_CM;
    /** From the page's edge to the header's and the footer's line. */
    static final float HEADER_FOOTER_DISTANCE = 1.2f * POINTS_PER_CM;

    static final String DOCX_FONT = "Arial";
    static final float BODY_SIZE = 11;
    static final float SMALL_SIZE = 9;
    static final float TABLE_SIZE = 10;
    static final float ORGANISATION_SIZE = 16;
    static final float TITLE_SIZE = 26;
    static final float SUBTITLE_SIZE = 16;
    /** Heading sizes by level: 1, 2 and 3. */
    private static final float[] HEADING_SIZES = {16, 13, 12};

    /** Navy: a contrast ratio above 12:1 on white. */
    static final int HEADING_COLOUR = 0x1F3864;
    static final int TABLE_HEADER_FILL = 0xD9E2F3;
    static final int LABEL_FILL = 0xF2F2F2;
    static final int RULE_COLOUR = 0x808080;

    /** The largest a logo is shown on the cover, whatever its pixels. */
    static final float LOGO_MAX_WIDTH = 5 * POINTS_PER_CM;
    static final float LOGO_MAX_HEIGHT = 3 * POINTS_PER_CM;

    /** A label column's share of a two-column table of fields. */
    static final double LABEL_SHARE = 0.35;

    private HouseStyle() {
    }

    static float headingSize(int level) {
        return HEADING_SIZES[level - 1];
    }

    static float pageWidth(boolean landscape) {
        return landscape ? A4_LONG_SIDE : A4_SHORT_SIDE;
    }

    static float pageHeight(boolean landscape) {
        return landscape ? A4_SHORT_SIDE : A4_LONG_SIDE;
    }

    static float textWidth(boolean landscape) {
        return pageWidth(landscape) - 2 * MARGIN;
    }

    /** A colour as DOCX writes it: six hex digits. */
    static String hex(int rgb) {
        return String.format("%06X", rgb);
    }
}

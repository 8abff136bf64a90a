package uk.safeguarding.reviews.web.figures;

/** A year as the address gives it ("2026" for April 2026 to March 2027). */
final class FigureYears {

    /** A year the figures never have: refused by the service, beside the field, rather than ignored. */
    private static final int NOT_A_YEAR = -1;

    private FigureYears() {
    }

    /** Null when none was given (the year running now); an unreadable one is refused, not ignored. */
    static Integer parse(String year) {
        if (year == null || year.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(year.strip());
        } catch (NumberFormatException e) {
            return NOT_A_YEAR;
        }
    }
}

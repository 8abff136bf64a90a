package uk.safeguarding.reviews.web.figures;

import uk.safeguarding.reviews.kernel.figures.Figure;
import uk.safeguarding.reviews.web.shell.Messages;

/** What a figure counts, in the pages' words: a clock rule is named as everywhere else in the product. */
final class FigureNames {

    private FigureNames() {
    }

    static String of(Figure figure) {
        if (figure.clockRule() == null) {
            return figure.label();
        }
        String rule = Messages.text("clocks.rule." + figure.clockRule());
        return Character.toUpperCase(rule.charAt(0)) + rule.substring(1) + ": " + figure.label().toLowerCase(java.util.Locale.UK);
    }
}

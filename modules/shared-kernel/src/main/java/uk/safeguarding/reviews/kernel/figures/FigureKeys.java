package uk.safeguarding.reviews.kernel.figures;

import java.text.Normalizer;
import java.util.Locale;

/** Figure keys made from words people typed (an agency's name), kept to the letters a key allows. */
public final class FigureKeys {

    private FigureKeys() {
    }

    /** "Northmoor Police (CID)" becomes "northmoor-police-cid"; nothing usable becomes "unnamed". */
    public static String slug(String words) {
        if (words == null) {
            return "unnamed";
        }
        String plain = Normalizer.normalize(words, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
        return plain.isEmpty() ? "unnamed" : plain;
    }
}

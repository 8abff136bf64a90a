package uk.safeguarding.reviews.kernel.search;

import java.io.Serializable;
import java.util.Objects;

/**
 * One record a search found (issue 14 §2): what it is ({@code what}, e.g. "Referral"), its
 * reference, a line saying which it is (for a referral, its one-line summary), and where to open it.
 */
public record SearchHit(String what, String reference, String line, String link) implements Serializable {

    public SearchHit {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(link, "link");
    }
}

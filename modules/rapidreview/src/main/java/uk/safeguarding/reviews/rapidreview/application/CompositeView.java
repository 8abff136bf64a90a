package uk.safeguarding.reviews.rapidreview.application;

import java.util.List;
import uk.safeguarding.reviews.chronology.domain.CompositeItem;

/**
 * The composite chronology of a review as a page shows it (§7.8, §7.11): the merged events after the
 * filter, the agencies whose returns are in it and those still awaited.
 */
public record CompositeView(String reviewId, String reviewReference, List<CompositeItem> items,
        List<Source> sources, List<String> awaited, boolean anonymised, int possibleDuplicates) {

    /** An agency whose submitted return feeds the composite, with the request it came from. */
    public record Source(String agencyId, String agencyName, String requestId, int events) {
    }

    public String agencyOf(String agencyId) {
        return sources.stream().filter(s -> s.agencyId().equals(agencyId)).map(Source::agencyName).findFirst()
                .orElse("");
    }
}

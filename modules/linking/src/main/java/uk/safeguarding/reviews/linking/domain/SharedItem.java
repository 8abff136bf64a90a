package uk.safeguarding.reviews.linking.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a board may agree to share with the boards its review is linked to, beyond the reference,
 * kind, stage, key dates and lead that every link shows (§4.3: "sharing information to save
 * repetition"). Nothing else of a board's review ever leaves its schema through a link.
 */
public enum SharedItem {
    CHAIR("Chair or lead reviewer"),
    AGENCIES("Agencies asked for information"),
    MEETING("Meeting date"),
    OUTCOME("Outcome and recommendation");

    private final String label;

    SharedItem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Stored as a comma-separated list of names, in declaration order. */
    public static String store(Set<SharedItem> items) {
        return items.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public static Set<SharedItem> parse(String stored) {
        EnumSet<SharedItem> items = EnumSet.noneOf(SharedItem.class);
        if (stored != null && !stored.isBlank()) {
            Arrays.stream(stored.split(",")).map(String::strip).map(SharedItem::valueOf).forEach(items::add);
        }
        return items;
    }
}

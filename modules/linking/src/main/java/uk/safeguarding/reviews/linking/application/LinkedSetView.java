package uk.safeguarding.reviews.linking.application;

import java.time.OffsetDateTime;
import java.util.List;
import uk.safeguarding.reviews.linking.application.LinkedReviewFacts.KeyDate;

/** One family's set of linked reviews on the coordinator's board. */
public record LinkedSetView(List<Card> reviews, List<Link> links) {

    /** One review of the set, as its board shares it. */
    public record Card(String boardName, String reference, String kind, String stage, List<KeyDate> keyDates,
            boolean leads, List<Shared> shared, boolean heldElsewhere) {
    }

    /** An item a board agreed to share, with its value. */
    public record Shared(String label, String value) {
    }

    /** One link of the set: who leads, how, what each side agreed and who agreed it. */
    public record Link(String id, String first, String second, String lead, String arrangement,
            List<String> firstShares, List<String> secondShares, String firstAgreedBy, String secondAgreedBy,
            String createdBy, OffsetDateTime createdAt, boolean endableHere) {
    }
}

package uk.safeguarding.reviews.review.domain.kind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The kinds of review every partnership starts with, as the 2019 policy runs them: each is a JSON
 * definition shipped with the product ({@code review-kinds/<key>.json}), version 1 of the
 * partnership's own, which it may then change.
 */
public final class ShippedKinds {

    public static final List<String> KEYS = List.of("rapid-review", "local-case-review", "good-outcome-review",
            "child-safeguarding-practice-review", "individual-agency-review");

    private ShippedKinds() {
    }

    public static String json(String kindKey) {
        if (!KEYS.contains(kindKey)) {
            throw new IllegalArgumentException("No shipped definition for " + kindKey);
        }
        try (InputStream in = ShippedKinds.class.getResourceAsStream("/review-kinds/" + kindKey + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

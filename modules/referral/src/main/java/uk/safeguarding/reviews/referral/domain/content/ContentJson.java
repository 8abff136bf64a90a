package uk.safeguarding.reviews.referral.domain.content;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/** How a referral's content is stored: JSON, so a draft keeps whatever was typed, valid or not. */
public final class ContentJson {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    private ContentJson() {
    }

    public static String write(ReferralContent content) {
        return JSON.toJson(content);
    }

    public static ReferralContent read(String json) {
        return json == null || json.isBlank() ? new ReferralContent() : JSON.fromJson(json, ReferralContent.class);
    }
}

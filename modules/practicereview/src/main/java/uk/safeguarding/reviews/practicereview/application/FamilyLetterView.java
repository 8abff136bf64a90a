package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Map;

/** The family invitation letter's wording (§6, Document 3), the fields it may use, and who last changed it. */
public record FamilyLetterView(String subject, String body, Map<String, String> fields, String updatedBy,
        OffsetDateTime updatedAt) implements Serializable {

    public FamilyLetterView {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    /** Each field as "{{name}}" with what it is replaced by, in the order the page lists them. */
    public java.util.List<String> fieldLines() {
        return fields.entrySet().stream().map(e -> "{{" + e.getKey() + "}}: " + e.getValue()).toList();
    }
}

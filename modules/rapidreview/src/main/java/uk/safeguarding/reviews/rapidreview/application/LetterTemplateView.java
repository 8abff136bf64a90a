package uk.safeguarding.reviews.rapidreview.application;

import java.time.OffsetDateTime;
import java.util.Map;
import uk.safeguarding.reviews.rapidreview.domain.RequestLetterTemplate;

/** The request letter's wording, and the fields it may use. */
public record LetterTemplateView(String subject, String body, String updatedBy, OffsetDateTime updatedAt,
        Map<String, String> fields) {

    static LetterTemplateView of(RequestLetterTemplate template) {
        return new LetterTemplateView(template.subject(), template.body(), template.updatedBy(), template.updatedAt(),
                RequestLetterTemplate.FIELDS);
    }
}

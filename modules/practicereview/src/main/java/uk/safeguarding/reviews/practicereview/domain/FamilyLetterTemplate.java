package uk.safeguarding.reviews.practicereview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import uk.safeguarding.reviews.kernel.MergeFields;

/**
 * §6, Document 3: the partnership's letter inviting a family member to contribute to a review, with
 * fields the product fills for each member. The product ships a wording; the partnership replaces it.
 */
@Entity
@Table(name = "family_letter_template")
public class FamilyLetterTemplate {

    static final String ONLY = "family-invitation";

    /** The fields the wording may use, with what each is replaced by. */
    public static final Map<String, String> FIELDS = fields();

    public static final String DEFAULT_SUBJECT = "An invitation to contribute to a review by {{partnership}}";

    public static final String DEFAULT_BODY = """
            Dear {{familyMember}},

            {{partnership}} is carrying out a review to learn how the services that knew your family \
            worked together, and what could be done better for other children. The review does not decide \
            who is to blame.

            We would like to hear from you, as the child's {{relationship}}. What you tell us helps us \
            understand what happened from your family's point of view. Taking part is your choice: you can \
            say no, or change your mind at any time, and it will not affect the services you receive.

            {{facilitator}} will contact you to arrange a time and place that suits you. You can bring \
            someone with you. The lead reviewer is {{leadReviewer}}.

            Before the report is published we will tell you what it found, and when it will be published.

            If you have any questions, please contact the business unit at {{businessUnit}}.

            Yours sincerely,

            {{partnership}}
            """;

    @Id
    @Column(name = "template_key")
    private String key;

    @Column(name = "subject", nullable = false)
    private String subject;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected FamilyLetterTemplate() {
        // for JPA
    }

    /** The product's wording, as a partnership has it until it writes its own. */
    public static FamilyLetterTemplate shipped() {
        FamilyLetterTemplate template = new FamilyLetterTemplate();
        template.key = ONLY;
        template.subject = DEFAULT_SUBJECT;
        template.body = DEFAULT_BODY;
        template.updatedBy = "the product";
        template.updatedAt = OffsetDateTime.parse("2026-01-01T00:00:00Z");
        return template;
    }

    public static FamilyLetterTemplate write(String subject, String body, String by, OffsetDateTime at) {
        FamilyLetterTemplate template = new FamilyLetterTemplate();
        template.key = ONLY;
        template.rewrite(subject, body, by, at);
        return template;
    }

    /** Refuses a blank wording or a field the product cannot fill, beside the box that has it. */
    public final void rewrite(String newSubject, String newBody, String by, OffsetDateTime at) {
        MergeFields.check("subject", newSubject, FIELDS);
        MergeFields.check("body", newBody, FIELDS);
        subject = newSubject.strip();
        body = newBody.strip() + "\n";
        updatedBy = Objects.requireNonNull(by);
        updatedAt = Objects.requireNonNull(at);
    }

    /** The letter for one family member: its subject on one line, and its body. */
    public Map.Entry<String, String> merge(Map<String, String> values) {
        return Map.entry(MergeFields.fill(subject, values).replace('\n', ' ').strip(), MergeFields.fill(body, values));
    }

    private static Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("partnership", "the partnership's name");
        fields.put("familyMember", "the family member's name");
        fields.put("relationship", "their relationship to the child");
        fields.put("facilitator", "who facilitates their involvement (§6), or the business unit");
        fields.put("leadReviewer", "the lead reviewer's name, once appointed");
        fields.put("businessUnit", "the business unit's e-mail address");
        return Collections.unmodifiableMap(fields);
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}

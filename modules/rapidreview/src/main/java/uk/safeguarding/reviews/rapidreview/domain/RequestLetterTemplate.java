package uk.safeguarding.reviews.rapidreview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.MergeFields;

/**
 * The partnership's own wording of the request for information (Document 10, §7.7), with the
 * referral's facts merged in through named fields such as {@code {{child}}}. One per partnership;
 * the shipped wording is used until the business manager saves their own.
 */
@Entity
@Table(name = "request_letter_template")
public class RequestLetterTemplate {

    /** The one row of a partnership's schema. */
    static final String ONLY = "request-letter";


    /** The fields a template may use, with what each is replaced by. */
    public static final Map<String, String> FIELDS = fields();

    public static final String DEFAULT_SUBJECT = "Request for information: {{reviewReference}}, {{childInitials}}";

    public static final String DEFAULT_BODY = """
            Dear colleague at {{agency}},

            {{partnership}} has decided to hold a Rapid Review about {{childInitials}} (review {{reviewReference}}, \
            referral {{referralReference}}). Rapid Reviews are how the safeguarding partners learn, quickly and \
            together, from a serious incident: their purpose is learning, not blame.

            What we know so far:
            {{facts}}

            Please tell us what your agency knew. Complete the Agency Summary and the Significant Practice Event \
            chronology in the product by {{returnDate}}: {{taskLink}}

            {{secureRecords}}

            The Rapid Review meeting is planned for {{meetingDate}}. Your agency's representative will be invited \
            separately.

            Thank you for giving this priority.

            {{partnership}} business unit
            """;

    /** The sentence merged into {{secureRecords}} when the request asks for it (§7.9). */
    public static final String SECURE_RECORDS_SENTENCE = "Because of the severity of this case, please secure all"
            + " records and files about it now: remove them to a secure place where only a nominated representative"
            + " can reach them, and keep a secured copy of anything needed for ongoing work. Confirm in the product"
            + " that you have done so.";

    @Id
    private String id;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected RequestLetterTemplate() {
        // for JPA
    }

    public static RequestLetterTemplate shipped() {
        RequestLetterTemplate template = new RequestLetterTemplate();
        template.id = ONLY;
        template.subject = DEFAULT_SUBJECT;
        template.body = DEFAULT_BODY;
        template.updatedBy = "the product's shipped wording";
        return template;
    }

    public static RequestLetterTemplate write(String subject, String body, String by, OffsetDateTime at) {
        RequestLetterTemplate template = new RequestLetterTemplate();
        template.id = ONLY;
        template.rewrite(subject, body, by, at);
        return template;
    }

    /** Refuses a blank wording or a field the product cannot fill, beside the box that has it. */
    public final void rewrite(String newSubject, String newBody, String by, OffsetDateTime at) {
        check("subject", newSubject);
        check("body", newBody);
        if (!newBody.contains("{{taskLink}}")) {
            throw InvalidFieldException.refused("body",
                    "rapidreview.request-letter-template.letter-must-include-tasklink-how");
        }
        subject = newSubject.strip();
        body = newBody.strip() + "\n";
        updatedBy = Objects.requireNonNull(by);
        updatedAt = Objects.requireNonNull(at);
    }

    private static void check(String field, String text) {
        MergeFields.check(field, text, FIELDS);
    }

    public InformationRequest.Letter merge(Map<String, String> values) {
        return new InformationRequest.Letter(fill(subject, values).replace('\n', ' ').strip(), fill(body, values));
    }

    static String fill(String text, Map<String, String> values) {
        return MergeFields.fill(text, values);
    }

    private static Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("partnership", "the partnership's name");
        fields.put("agency", "the agency's name");
        fields.put("reviewReference", "the review's reference, e.g. RR-2026-0001");
        fields.put("referralReference", "the referral's reference, e.g. REF-2026-0001");
        fields.put("childInitials", "the child's initials");
        fields.put("facts", "the facts the request shares: children, dates of birth, incident date, outline");
        fields.put("returnDate", "the date the return is due (5 working days, §7.7)");
        fields.put("taskLink", "the link to the agency's task in the product");
        fields.put("secureRecords", "the request to secure records (§7.9), or nothing");
        fields.put("meetingDate", "the date and time of the Rapid Review meeting");
        return java.util.Collections.unmodifiableMap(fields);
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}

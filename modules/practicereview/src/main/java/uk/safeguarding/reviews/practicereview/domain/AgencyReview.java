package uk.safeguarding.reviews.practicereview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.Texts;

/**
 * §4.2 table: "Where a case is referred but does not meet the criteria for a multi-agency review, the
 * sub group may recommend an individual agency review. The lessons will be disseminated using a range
 * of methods as other reviews, with scrutiny that learning has been effectively addressed." The
 * agency the partnership asked, its lead for the review and what it should look at; its rounds
 * ({@link AgencyReviewRound}) hold the lessons it sends and the scrutiny of each.
 */
@Entity
@Table(name = "agency_review")
public class AgencyReview {

    /** What the clocks name as this review's subject type: the agency's own deadline, reminders to its lead. */
    public static final String CLOCK_SUBJECT_TYPE = "agency-review";

    public static final int MAX_FOCUS = 4000;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    private String id;

    @Column(name = "review_id", nullable = false, updatable = false)
    private String reviewId;

    @Column(name = "review_reference", nullable = false, updatable = false)
    private String reviewReference;

    @Column(name = "agency_id", nullable = false, updatable = false)
    private String agencyId;

    @Column(name = "agency_name", nullable = false, updatable = false)
    private String agencyName;

    @Column(name = "lead_name", nullable = false, updatable = false)
    private String leadName;

    @Column(name = "lead_email", nullable = false, updatable = false)
    private String leadEmail;

    @Column(name = "focus", nullable = false, updatable = false)
    private String focus;

    @Column(name = "commissioned_by", nullable = false, updatable = false)
    private String commissionedBy;

    @Column(name = "commissioned_at", nullable = false, updatable = false)
    private OffsetDateTime commissionedAt;

    protected AgencyReview() {
        // for JPA
    }

    /** Who the partnership asks and what about, as the business unit typed it. */
    public record Commission(String agencyId, String agencyName, String leadName, String leadEmail, String focus) {
    }

    /**
     * The agency asked to review its own practice: an agency from the partnership's list, its lead's
     * name and e-mail address (the deadline's reminders go there) and what it should look at; each
     * refused beside its box when missing or malformed.
     */
    public static AgencyReview commission(String reviewId, String reviewReference, Commission commission, String by,
            OffsetDateTime at) {
        AgencyReview asked = new AgencyReview();
        asked.id = UUID.randomUUID().toString();
        asked.reviewId = Objects.requireNonNull(reviewId);
        asked.reviewReference = Objects.requireNonNull(reviewReference);
        asked.agencyId = Texts.required("agency", commission.agencyId(),
                "practicereview.agency-review.choose-agency-will-review-own");
        asked.agencyName = Objects.requireNonNull(commission.agencyName());
        asked.leadName = Texts.required("leadName", commission.leadName(),
                "practicereview.agency-review.name-agency-lead-review");
        Texts.requireAtMost("leadName", asked.leadName, 300);
        asked.leadEmail = Texts.required("leadEmail", commission.leadEmail(),
                "practicereview.agency-review.enter-lead-mail-address-reminders");
        Texts.requireAtMost("leadEmail", asked.leadEmail, 320);
        if (!EMAIL.matcher(asked.leadEmail).matches()) {
            throw InvalidFieldException.refused("leadEmail",
                    "practicereview.agency-review.enter-mail-address-right-format");
        }
        asked.focus = Texts.required("focus", commission.focus(),
                "practicereview.agency-review.say-what-agency-should-look");
        Texts.requireAtMost("focus", asked.focus, MAX_FOCUS);
        asked.commissionedBy = Objects.requireNonNull(by);
        asked.commissionedAt = Objects.requireNonNull(at);
        return asked;
    }

    public String id() {
        return id;
    }

    public String reviewId() {
        return reviewId;
    }

    public String reviewReference() {
        return reviewReference;
    }

    public String agencyId() {
        return agencyId;
    }

    public String agencyName() {
        return agencyName;
    }

    public String leadName() {
        return leadName;
    }

    public String leadEmail() {
        return leadEmail;
    }

    public String focus() {
        return focus;
    }

    public String commissionedBy() {
        return commissionedBy;
    }

    public OffsetDateTime commissionedAt() {
        return commissionedAt;
    }
}

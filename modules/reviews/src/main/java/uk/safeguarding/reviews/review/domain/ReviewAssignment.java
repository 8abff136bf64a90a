package uk.safeguarding.reviews.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RefusedException;

/**
 * A person assigned to one review (issue 14 §1): it gives them that review, and no other, for as long
 * as it lasts. A chair declares their independence of the case (§3.1, §7.6: no line management of
 * the case or of the organisations reviewed) and lists any conflicts; a partner's representative
 * names the statutory partner they stand for. Ended, never deleted, with who ended it and why.
 */
@Entity
@Table(name = "review_assignment")
public class ReviewAssignment {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,200}");

    @Id
    private String id;

    @Column(name = "review_id", nullable = false, updatable = false)
    private String reviewId;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "person_name", nullable = false, updatable = false)
    private String personName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReviewPart part;

    @Column(updatable = false)
    private String represents;

    @Column(name = "independence_declared", nullable = false, updatable = false)
    private boolean independenceDeclared;

    @Column(updatable = false)
    private String conflicts;

    @Column(name = "given_by", nullable = false, updatable = false)
    private String givenBy;

    @Column(name = "given_at", nullable = false, updatable = false)
    private OffsetDateTime givenAt;

    @Column(name = "ended_by")
    private String endedBy;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    @Column(name = "end_reason")
    private String endReason;

    /** Issue 14 §2: where the e-mail telling them of the assignment went, and when; null if none could go. */
    @Column(name = "told_to")
    private String toldTo;

    @Column(name = "told_at")
    private OffsetDateTime toldAt;

    protected ReviewAssignment() {
        // for JPA
    }

    /**
     * A new assignment, checked: who (their sign-in name and name), which part, and what that part
     * requires. {@code statutoryPartners} are those of the thresholds the review runs under.
     */
    public static ReviewAssignment give(String reviewId, String username, String personName, ReviewPart part,
            String represents, boolean independenceDeclared, String conflicts, List<String> statutoryPartners,
            String by, OffsetDateTime at) {
        String user = username == null ? "" : username.strip();
        if (!USERNAME.matcher(user).matches()) {
            throw InvalidFieldException.refused("username", "review.review-assignment.enter-person-sign-name-they");
        }
        if (personName == null || personName.isBlank()) {
            throw InvalidFieldException.refused("personName", "review.review-assignment.enter-person-name");
        }
        if (personName.strip().length() > 200) {
            throw InvalidFieldException.refused("personName", "review.review-assignment.keep-name-200-characters");
        }
        if (part == null) {
            throw InvalidFieldException.refused("part", "review.review-assignment.choose-part-they-play-review");
        }
        String partner = represents == null || represents.isBlank() ? null : represents.strip();
        if (part == ReviewPart.PARTNER_REPRESENTATIVE) {
            if (partner == null || statutoryPartners.stream().noneMatch(partner::equalsIgnoreCase)) {
                throw InvalidFieldException.refused("represents",
                        "review.review-assignment.choose-statutory-partner-they-represent", String.join(", ",
                        statutoryPartners));
            }
        } else if (partner != null) {
            throw InvalidFieldException.refused("represents",
                    "review.review-assignment.only-statutory-partner-representative-represents");
        }
        if (part == ReviewPart.CHAIR && !independenceDeclared) {
            throw InvalidFieldException.refused("independent", "review.review-assignment.chair-must-declare-they-do");
        }
        String listed = conflicts == null || conflicts.isBlank() ? null : conflicts.strip();
        if (listed != null && listed.length() > 2000) {
            throw InvalidFieldException.refused("conflicts",
                    "review.review-assignment.keep-conflicts-2-000-characters");
        }
        ReviewAssignment assignment = new ReviewAssignment();
        assignment.id = UUID.randomUUID().toString();
        assignment.reviewId = Objects.requireNonNull(reviewId);
        assignment.username = user;
        assignment.personName = personName.strip();
        assignment.part = part;
        assignment.represents = partner;
        assignment.independenceDeclared = independenceDeclared;
        assignment.conflicts = listed;
        assignment.givenBy = Objects.requireNonNull(by);
        assignment.givenAt = Objects.requireNonNull(at);
        return assignment;
    }

    /** The person was told of the assignment by e-mail at {@code address}. */
    public void told(String address, OffsetDateTime at) {
        toldTo = Objects.requireNonNull(address);
        toldAt = Objects.requireNonNull(at);
    }

    public String toldTo() {
        return toldTo;
    }

    public OffsetDateTime toldAt() {
        return toldAt;
    }

    public void end(String reason, String by, OffsetDateTime at) {
        if (!isActive()) {
            throw RefusedException.because("review.review-assignment.assignment-already-ended", personName);
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidFieldException.refused("endReason", "review.review-assignment.say-why-assignment-ends");
        }
        if (reason.strip().length() > 1000) {
            throw InvalidFieldException.refused("endReason", "review.review-assignment.keep-reason-1-000-characters");
        }
        endReason = reason.strip();
        endedBy = Objects.requireNonNull(by);
        endedAt = Objects.requireNonNull(at);
    }

    public boolean isActive() {
        return endedAt == null;
    }

    public String id() {
        return id;
    }

    public String reviewId() {
        return reviewId;
    }

    public String username() {
        return username;
    }

    public String personName() {
        return personName;
    }

    public ReviewPart part() {
        return part;
    }

    public String represents() {
        return represents;
    }

    public boolean independenceDeclared() {
        return independenceDeclared;
    }

    public String conflicts() {
        return conflicts;
    }

    public String givenBy() {
        return givenBy;
    }

    public OffsetDateTime givenAt() {
        return givenAt;
    }

    public String endedBy() {
        return endedBy;
    }

    public OffsetDateTime endedAt() {
        return endedAt;
    }

    public String endReason() {
        return endReason;
    }
}

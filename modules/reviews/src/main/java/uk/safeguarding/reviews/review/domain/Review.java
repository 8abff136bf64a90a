package uk.safeguarding.reviews.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.ReadOnlyRecordException;
import uk.safeguarding.reviews.thresholds.domain.ReviewKind;

/**
 * A review the partnership runs, opened from a referral's decision (§7.5-7.6). Its clocks are the
 * clock engine's (subject type {@value #CLOCK_SUBJECT_TYPE}); its chair is assigned by the practice
 * review sub-group chair; the panel records whether Ofsted had to be notified and when it was.
 */
@Entity
@Table(name = "review")
public class Review {

    public static final String CLOCK_SUBJECT_TYPE = "review";

    @Id
    private String id;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReviewKind kind;

    @Column(name = "referral_id", nullable = false, updatable = false)
    private String referralId;

    @Column(name = "referral_reference", nullable = false, updatable = false)
    private String referralReference;

    @Column(name = "threshold_version", nullable = false, updatable = false)
    private int thresholdVersion;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private OffsetDateTime openedAt;

    @Column(name = "opened_by", nullable = false, updatable = false)
    private String openedBy;

    /** The definition version of its kind the review runs under (issue 13 §1). */
    @Column(name = "kind_version", nullable = false, updatable = false)
    private int kindVersion;

    /** The stage of its kind's definition the review is at; the stage log says how it got there. */
    @Column(name = "stage", nullable = false)
    private String stage;

    @Column(name = "chair")
    private String chair;

    @Column(name = "ofsted_notification_needed")
    private Boolean ofstedNotificationNeeded;

    @Column(name = "ofsted_notified_on")
    private LocalDate ofstedNotifiedOn;

    @Column(name = "ofsted_checked_by")
    private String ofstedCheckedBy;

    /** §4.2 table: the day the local authority notified the National Panel; null until recorded. */
    @Column(name = "national_panel_notified_on")
    private LocalDate nationalPanelNotifiedOn;

    /** Who recorded it: the local authority's representative, the business unit, or "the referral". */
    @Column(name = "national_panel_notice_by")
    private String nationalPanelNoticeBy;

    /** §4.2 table, §7.4: the day the partnership received the local authority's copy of the notification. */
    @Column(name = "national_panel_copy_received_on")
    private LocalDate nationalPanelCopyReceivedOn;

    /** Set when the review was handed over to another partnership (§10.2); it is read-only here from then on. */
    @Column(name = "handed_over_to", insertable = false, updatable = false)
    private String handedOverTo;

    protected Review() {
        // for JPA
    }

    public static Review open(String reference, ReviewKind kind, int kindVersion, String firstStage, String referralId,
            String referralReference, int thresholdVersion, String by, OffsetDateTime at) {
        Review review = new Review();
        review.kindVersion = kindVersion;
        review.stage = Objects.requireNonNull(firstStage, "firstStage");
        review.id = UUID.randomUUID().toString();
        review.reference = Objects.requireNonNull(reference, "reference");
        review.kind = Objects.requireNonNull(kind, "kind");
        review.referralId = Objects.requireNonNull(referralId, "referralId");
        review.referralReference = Objects.requireNonNull(referralReference, "referralReference");
        review.thresholdVersion = thresholdVersion;
        review.openedBy = Objects.requireNonNull(by, "by");
        review.openedAt = Objects.requireNonNull(at, "at");
        return review;
    }

    /** Every change to a review, and to the work done on it, first checks that it is still ours to change. */
    public void requireOpen() {
        requireOpen(reference, handedOverTo);
    }

    public static void requireOpen(String reference, String handedOverTo) {
        if (handedOverTo != null) {
            throw ReadOnlyRecordException.because("review.review.handed-over", reference, handedOverTo);
        }
    }

    public String handedOverTo() {
        return handedOverTo;
    }

    /** The engine moves the review on (a transition its kind's definition allows, logged by the engine). */
    public void moveTo(String nextStage) {
        requireOpen();
        stage = Objects.requireNonNull(nextStage);
    }

    public String stage() {
        return stage;
    }

    public int kindVersion() {
        return kindVersion;
    }

    /** §7.6: the PRSG chair assigns a review chair. */
    public void assignChair(String chairName) {
        requireOpen();
        if (chairName == null || chairName.isBlank()) {
            throw InvalidFieldException.refused("chair", "review.review.enter-chair");
        }
        chair = chairName.strip();
    }

    /** The chair's assignment ended: the review has no chair until another is assigned. */
    public void clearChair() {
        requireOpen();
        chair = null;
    }

    /**
     * §7.5: for a looked-after child's death Ofsted (and the Secretary of State) must be notified; the
     * panel records whether that applied and, if so, the date it was done.
     */
    public void recordOfstedCheck(boolean needed, LocalDate notifiedOn, String by, LocalDate today) {
        requireOpen();
        if (!needed && notifiedOn != null) {
            throw InvalidFieldException.refused("notifiedOn", "review.review.notification-date-only-when-needed");
        }
        if (needed && notifiedOn == null) {
            throw InvalidFieldException.refused("notifiedOn", "review.review.enter-ofsted-notified");
        }
        if (notifiedOn != null && notifiedOn.isAfter(today)) {
            throw InvalidFieldException.refused("notifiedOn", "review.review.notification-date-future");
        }
        ofstedNotificationNeeded = needed;
        ofstedNotifiedOn = notifiedOn;
        ofstedCheckedBy = Objects.requireNonNull(by);
    }

    /**
     * §4.2 table: the local authority notified the National Panel on {@code sentOn} (a referral may
     * already have said so); the partnership received its copy on {@code copyReceivedOn}, if it has
     * (§7.4). Recorded once: the clocks counted from it would otherwise move silently.
     */
    public void recordNationalPanelNotification(LocalDate sentOn, LocalDate copyReceivedOn, String by, LocalDate today) {
        requireOpen();
        if (nationalPanelNotifiedOn != null) {
            throw InvalidFieldException.refused("sentOn", "review.review.notification-was-already-recorded-sent",
                    nationalPanelNotifiedOn, nationalPanelNoticeBy);
        }
        if (sentOn == null) {
            throw InvalidFieldException.refused("sentOn", "review.review.enter-date-local-authority-notified");
        }
        if (sentOn.isAfter(today)) {
            throw InvalidFieldException.refused("sentOn", "review.review.notification-date-cannot-future");
        }
        if (sentOn.isBefore(openedAt.toLocalDate().minusYears(1))) {
            throw InvalidFieldException.refused("sentOn", "review.review.notification-date-more-than-year");
        }
        if (copyReceivedOn != null && copyReceivedOn.isAfter(today)) {
            throw InvalidFieldException.refused("copyReceivedOn", "review.review.date-copy-was-received-cannot");
        }
        if (copyReceivedOn != null && copyReceivedOn.isBefore(sentOn)) {
            throw InvalidFieldException.refused("copyReceivedOn",
                    "review.review.copy-cannot-arrive-before-notification", sentOn);
        }
        nationalPanelNotifiedOn = sentOn;
        nationalPanelCopyReceivedOn = copyReceivedOn;
        nationalPanelNoticeBy = Objects.requireNonNull(by);
    }

    /** The referral said when the National Panel was notified (checked with the referral's other dates). */
    public void nationalPanelNotifiedPerReferral(LocalDate sentOn) {
        nationalPanelNotifiedOn = Objects.requireNonNull(sentOn);
        nationalPanelNoticeBy = "the referral";
    }

    public LocalDate nationalPanelNotifiedOn() {
        return nationalPanelNotifiedOn;
    }

    public String nationalPanelNoticeBy() {
        return nationalPanelNoticeBy;
    }

    public LocalDate nationalPanelCopyReceivedOn() {
        return nationalPanelCopyReceivedOn;
    }

    public String id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public ReviewKind kind() {
        return kind;
    }

    public String referralId() {
        return referralId;
    }

    public String referralReference() {
        return referralReference;
    }

    public int thresholdVersion() {
        return thresholdVersion;
    }

    public OffsetDateTime openedAt() {
        return openedAt;
    }

    public String openedBy() {
        return openedBy;
    }

    public String chair() {
        return chair;
    }

    public Boolean ofstedNotificationNeeded() {
        return ofstedNotificationNeeded;
    }

    public LocalDate ofstedNotifiedOn() {
        return ofstedNotifiedOn;
    }
}

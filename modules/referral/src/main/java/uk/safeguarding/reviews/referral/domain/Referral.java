package uk.safeguarding.reviews.referral.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A referral for a practice review. State changes only through verbs that name the business act;
 * there are no setters.
 */
@Entity
@Table(name = "referral")
public class Referral {

    /** Initials as people write them: one to four letters, optionally with a hyphen or apostrophe. */
    public static final String INITIALS_PATTERN = "[A-Z][A-Z'-]{0,3}";
    public static final int SUMMARY_MAX = 2000;

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralStatus status;

    @NotNull
    @Column(name = "incident_date", nullable = false)
    private LocalDate incidentDate;

    @NotBlank
    @Size(max = SUMMARY_MAX)
    @Column(nullable = false)
    private String summary;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    @Valid
    @NotEmpty
    @OneToMany(mappedBy = "referral", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ReferralChild> children = new ArrayList<>();

    protected Referral() {
        // for JPA
    }

    /**
     * Starts a draft. The incident cannot be after the moment the draft is started.
     *
     * @param id the new referral's id; callers other than tests use {@link #newId()}
     */
    public static Referral startDraft(String id, List<String> childInitials, LocalDate incidentDate, String summary,
            String createdBy, OffsetDateTime now) {
        Objects.requireNonNull(now, "now");
        if (childInitials == null || childInitials.isEmpty()) {
            throw new IllegalArgumentException("A referral is about at least one child");
        }
        if (incidentDate == null || incidentDate.isAfter(now.toLocalDate())) {
            throw new IllegalArgumentException("The incident date must be given and not in the future");
        }
        if (summary == null || summary.isBlank() || summary.length() > SUMMARY_MAX) {
            throw new IllegalArgumentException("A summary of 1 to " + SUMMARY_MAX + " characters is needed");
        }
        Referral referral = new Referral();
        referral.id = UUID.fromString(id).toString();
        referral.status = ReferralStatus.DRAFT;
        referral.incidentDate = incidentDate;
        referral.summary = summary.strip();
        referral.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        referral.createdAt = now;
        referral.updatedAt = now;
        for (String initials : childInitials) {
            String normalised = normaliseInitials(initials);
            if (!normalised.matches(INITIALS_PATTERN)) {
                throw new IllegalArgumentException("Not initials: " + initials);
            }
            referral.children.add(new ReferralChild(referral, referral.children.size(), normalised));
        }
        return referral;
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** "j.s", "J S" and "js" are all JS: people type initials many ways. */
    public static String normaliseInitials(String raw) {
        return raw == null ? "" : raw.replaceAll("[\\s.]", "").toUpperCase(java.util.Locale.UK);
    }

    public String id() {
        return id;
    }

    public ReferralStatus status() {
        return status;
    }

    public LocalDate incidentDate() {
        return incidentDate;
    }

    public String summary() {
        return summary;
    }

    public String createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public List<ReferralChild> children() {
        return Collections.unmodifiableList(children);
    }

    public List<String> childInitials() {
        return children.stream().map(ReferralChild::initials).toList();
    }
}

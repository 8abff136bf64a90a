package uk.safeguarding.reviews.referral.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import uk.safeguarding.reviews.referral.domain.Referral;
import uk.safeguarding.reviews.referral.domain.ReferralKind;

/**
 * What a referrer types to start a draft. Mutable on purpose: the page binds to it, and it keeps
 * whatever was typed, valid or not, so nothing is lost to a validation message. Messages come from
 * ContributorValidationMessages.properties, which Hibernate Validator gathers from every module.
 */
public class DraftReferralForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Document 7 unless the referrer proposes a Good Outcome Review (Document 6). */
    @NotNull(message = "{referral.kind.required}")
    private ReferralKind kind = ReferralKind.PRACTICE_REVIEW;

    @NotBlank(message = "{referral.childInitials.required}")
    @Pattern(regexp = "\\s*|\\s*[A-Za-z]([\\s.]*[A-Za-z'-]){0,3}[\\s.]*", message = "{referral.childInitials.format}")
    private String childInitials;

    @NotNull(message = "{referral.incidentDate.required}")
    @PastOrPresent(message = "{referral.incidentDate.future}")
    private LocalDate incidentDate;

    @NotBlank(message = "{referral.summary.required}")
    @Size(max = Referral.SUMMARY_MAX, message = "{referral.summary.tooLong}")
    private String summary;

    public ReferralKind getKind() {
        return kind;
    }

    public void setKind(ReferralKind kind) {
        this.kind = kind;
    }

    public String getChildInitials() {
        return childInitials;
    }

    public void setChildInitials(String childInitials) {
        this.childInitials = childInitials;
    }

    public LocalDate getIncidentDate() {
        return incidentDate;
    }

    public void setIncidentDate(LocalDate incidentDate) {
        this.incidentDate = incidentDate;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}

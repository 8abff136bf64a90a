package uk.safeguarding.reviews.referral.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import uk.safeguarding.reviews.referral.domain.Referral;
import uk.safeguarding.reviews.referral.domain.ReferralRow;

/** What the web layer sees of a referral: a copy, never the entity. */
public record ReferralSummary(String id, List<String> childInitials, LocalDate incidentDate, String summary,
        String status, String createdBy, OffsetDateTime createdAt) {

    public String childInitialsText() {
        return String.join(", ", childInitials);
    }

    static ReferralSummary of(ReferralRow row, List<String> childInitials) {
        return new ReferralSummary(row.id(), childInitials, row.incidentDate(), row.summary(), row.status().name(),
                row.createdBy(), row.createdAt());
    }

    static ReferralSummary of(Referral referral) {
        return new ReferralSummary(referral.id(), referral.childInitials(), referral.incidentDate(),
                referral.summary(), referral.status().name(), referral.createdBy(), referral.createdAt());
    }
}

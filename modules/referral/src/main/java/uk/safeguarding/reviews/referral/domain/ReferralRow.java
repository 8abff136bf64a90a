package uk.safeguarding.reviews.referral.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One referral as a list shows it: its columns, read without loading the referral. */
public record ReferralRow(String id, String reference, ReferralStatus status, PanelOutcome outcome,
        OffsetDateTime submittedAt, LocalDate incidentDate, String summary, String createdBy,
        OffsetDateTime createdAt) {
}

package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** §8.1: the lead reviewer appointed, and what was confirmed when they were. */
public record LeadReviewerView(String personName, String username, String organisation, List<String> criteriaMet,
        boolean independenceDeclared, String conflicts, boolean policyConfirmed, LocalDate contractSignedOn,
        String contractFileName, int contractSize, String appointedBy, OffsetDateTime appointedAt)
        implements Serializable {
}

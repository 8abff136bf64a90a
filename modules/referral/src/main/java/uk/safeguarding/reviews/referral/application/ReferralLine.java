package uk.safeguarding.reviews.referral.application;

import java.time.OffsetDateTime;
import java.util.List;
import uk.safeguarding.reviews.clocks.application.ClockLine;
import uk.safeguarding.reviews.referral.domain.PanelOutcome;

/** One referral on a list page (the inbox, My referrals): only what the list shows. */
public record ReferralLine(String id, String reference, List<String> childInitials, String status,
        PanelOutcome outcome, OffsetDateTime submittedAt, List<ClockLine> clocks) {

    public ReferralLine {
        childInitials = List.copyOf(childInitials);
        clocks = List.copyOf(clocks);
    }

    public String childInitialsText() {
        return String.join(", ", childInitials);
    }
}

package uk.safeguarding.reviews.clocks.application;

import java.time.ZonedDateTime;
import java.util.UUID;
import uk.safeguarding.reviews.clocks.domain.NoticeKind;

/** A reminder or escalation whose time has come, with where it goes. */
public record DueNotice(UUID clockId, NoticeKind kind, ZonedDateTime dueBy, String recipient, String subjectLabel,
        String ruleKey, String policyReference, String ownerName, boolean dueAtATime) {
}

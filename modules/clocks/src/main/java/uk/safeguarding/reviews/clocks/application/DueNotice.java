package uk.safeguarding.reviews.clocks.application;

import java.time.ZonedDateTime;
import java.util.UUID;
import uk.safeguarding.reviews.clocks.domain.ClockSubject;
import uk.safeguarding.reviews.clocks.domain.NoticeKind;

/** A reminder, chaser or escalation whose time has come, with where it goes. */
public record DueNotice(UUID clockId, NoticeKind kind, ZonedDateTime dueBy, String recipient, ClockSubject subject,
        String ruleKey, String policyReference, String ownerName, boolean dueAtATime) {

    public String subjectLabel() {
        return subject.label();
    }
}

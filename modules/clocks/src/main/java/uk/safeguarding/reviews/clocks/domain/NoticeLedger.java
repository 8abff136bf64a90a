package uk.safeguarding.reviews.clocks.domain;

import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * The record of notices written in the current partnership. A notice is one (clock, kind, due time):
 * claiming it succeeds for one sender only, across instances and restarts, and the claim commits
 * with the letter written to the outbox, so each notice goes once.
 */
public interface NoticeLedger {

    /** True if this sender now holds the notice and should write it. */
    boolean claim(UUID clockId, NoticeKind kind, ZonedDateTime dueBy, String recipient, String sender,
            ZonedDateTime now);

    Optional<NoticeSettings> settings();

    void saveSettings(NoticeSettings settings);
}

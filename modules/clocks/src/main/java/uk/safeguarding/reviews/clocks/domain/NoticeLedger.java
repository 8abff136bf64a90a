package uk.safeguarding.reviews.clocks.domain;

import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * The record of notices claimed and sent in the current partnership. A notice is one (clock, kind,
 * due time): claiming it succeeds for one sender only, across instances and restarts, so each is
 * sent once. A claim that never became "sent" (its sender died mid-send) can be taken over once it
 * is stale.
 */
public interface NoticeLedger {

    /** True if this sender now holds the notice and should send it. */
    boolean claim(UUID clockId, NoticeKind kind, ZonedDateTime dueBy, String recipient, String sender,
            ZonedDateTime now, ZonedDateTime staleBefore);

    void markSent(UUID clockId, NoticeKind kind, ZonedDateTime dueBy, ZonedDateTime sentAt);

    /** Gives a claim back after a failed send, so that the next sweep tries again. */
    void release(UUID clockId, NoticeKind kind, ZonedDateTime dueBy);

    Optional<NoticeSettings> settings();

    void saveSettings(NoticeSettings settings);
}

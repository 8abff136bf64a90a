package uk.safeguarding.reviews.clocks.domain;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's running clocks, each brought back with its full log. */
public interface RunningClockRepository {

    Optional<RunningClock> find(UUID id);

    List<RunningClock> ofSubject(String subjectType, String subjectId);

    /** The clocks of every subject named, in one read: a list page's. */
    List<RunningClock> ofSubjects(String subjectType, java.util.Collection<String> subjectIds);

    /** Every running or paused clock of the partnership, soonest due first. */
    List<RunningClock> open();

    /** Open clocks whose reminder or escalation time has come by {@code now}. */
    List<RunningClock> needingNotice(ZonedDateTime now);

    /** Stores the clock and what is derived from it (due time, reminder and escalation times). */
    void save(RunningClock clock);

    /** Closes a subject's open clocks in another partnership's schema (a handover, issue 6). */
    int closeAllIn(uk.safeguarding.reviews.tenancy.api.ActiveTenant other, String subjectType, String subjectId);

    /** A subject's running or paused clocks in another partnership's schema (a subject handed over, issue 6). */
    java.util.List<OpenClock> openIn(uk.safeguarding.reviews.tenancy.api.ActiveTenant other, String subjectType,
            String subjectId);

    /** What a clock counts from, and for whom: enough to start it again elsewhere. */
    record OpenClock(String ruleKey, java.time.OffsetDateTime startedAt, String ownerName, String ownerEmail) {
    }
}

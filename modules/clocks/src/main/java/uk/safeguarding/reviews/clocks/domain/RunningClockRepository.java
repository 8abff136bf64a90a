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

    /**
     * Open clocks by due time, optionally of one subject and one rule, from {@code offset}: a page of
     * the deadline dashboard, chosen, sorted and cut by the database.
     */
    List<RunningClock> open(String subjectId, String ruleKey, int offset, int limit);

    long countOpen(String subjectId, String ruleKey);

    /** Label to id, in label order, of every subject with an open clock (the dashboard's filter). */
    java.util.SortedMap<String, String> subjectsWithOpenClocks();

    /** Open clocks whose reminder or escalation time has come by {@code now}. */
    List<RunningClock> needingNotice(ZonedDateTime now);

    /**
     * The clocks that settled between the two moments ({@link SettledClock#settledAt}): met in time,
     * or due and not met in time. A paused clock is not yet due; a closed one was stopped, not missed.
     */
    List<SettledClock> settledBetween(java.time.OffsetDateTime from, java.time.OffsetDateTime to);

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

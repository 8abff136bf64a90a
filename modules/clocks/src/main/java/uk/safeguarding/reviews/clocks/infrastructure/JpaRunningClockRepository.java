package uk.safeguarding.reviews.clocks.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.safeguarding.reviews.clocks.domain.BankHolidays;
import uk.safeguarding.reviews.clocks.domain.ClockRule;
import uk.safeguarding.reviews.clocks.domain.ClockRuleSetRepository;
import uk.safeguarding.reviews.clocks.domain.PartnershipCalendarRepository;
import uk.safeguarding.reviews.clocks.domain.RunningClock;
import uk.safeguarding.reviews.clocks.domain.RunningClockRepository;
import uk.safeguarding.reviews.kernel.NativeRows;
import uk.safeguarding.reviews.clocks.domain.WorkingDayCalendar;

/**
 * Running clocks in the current tenant's schema. Each clock is restored against the rule version
 * and calendar version it names, so a later change to either never silently moves it.
 */
@ApplicationScoped
public class JpaRunningClockRepository implements RunningClockRepository {

    @PersistenceContext(unitName = "cases")
    private EntityManager em;

    @Inject
    private ClockRuleSetRepository ruleSets;

    @Inject
    private PartnershipCalendarRepository calendars;

    @Override
    public Optional<RunningClock> find(UUID id) {
        return Optional.ofNullable(em.find(ClockRecord.class, id.toString())).map(this::restore);
    }

    @Override
    public List<RunningClock> ofSubject(String subjectType, String subjectId) {
        return restoreAll(em.createQuery("SELECT c FROM ClockRecord c WHERE c.subjectType = :type"
                        + " AND c.subjectId = :id ORDER BY c.startedAt, c.ruleKey", ClockRecord.class)
                .setParameter("type", subjectType)
                .setParameter("id", subjectId)
                .getResultList());
    }

    @Override
    public List<RunningClock> ofSubjects(String subjectType, java.util.Collection<String> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return restoreAll(em.createQuery("SELECT c FROM ClockRecord c WHERE c.subjectType = :type"
                        + " AND c.subjectId IN :ids ORDER BY c.startedAt, c.ruleKey", ClockRecord.class)
                .setParameter("type", subjectType)
                .setParameter("ids", List.copyOf(subjectIds))
                .getResultList());
    }

    @Override
    public List<RunningClock> open() {
        return restoreAll(em.createQuery("SELECT c FROM ClockRecord c WHERE c.state IN :open"
                        + " ORDER BY c.dueBy, c.subjectLabel", ClockRecord.class)
                .setParameter("open", List.of(RunningClock.State.RUNNING, RunningClock.State.PAUSED))
                .getResultList());
    }

    @Override
    public List<uk.safeguarding.reviews.clocks.domain.SettledClock> settledBetween(java.time.OffsetDateTime from,
            java.time.OffsetDateTime to) {
        return em.createQuery("SELECT NEW uk.safeguarding.reviews.clocks.domain.SettledClock(c.id, c.subjectType,"
                        + " c.subjectId, c.subjectLabel, c.ruleKey, c.startedAt, c.metAt, c.dueBy) FROM ClockRecord c"
                        + " WHERE (c.state = :met AND c.metAt <= c.dueBy AND c.metAt >= :from AND c.metAt < :to)"
                        + " OR (c.state IN :counting AND (c.metAt IS NULL OR c.metAt > c.dueBy)"
                        + " AND c.dueBy >= :from AND c.dueBy < :to) ORDER BY c.dueBy, c.id",
                        uk.safeguarding.reviews.clocks.domain.SettledClock.class)
                .setParameter("met", RunningClock.State.MET)
                .setParameter("counting", List.of(RunningClock.State.RUNNING, RunningClock.State.MET))
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public List<RunningClock> open(String subjectId, String ruleKey, int offset, int limit) {
        var query = em.createQuery("SELECT c FROM ClockRecord c WHERE c.state IN :open" + filters(subjectId, ruleKey)
                        + " ORDER BY c.dueBy, c.subjectLabel, c.id", ClockRecord.class)
                .setParameter("open", List.of(RunningClock.State.RUNNING, RunningClock.State.PAUSED))
                .setFirstResult(offset)
                .setMaxResults(limit);
        return restoreAll(filtered(query, subjectId, ruleKey).getResultList());
    }

    @Override
    public long countOpen(String subjectId, String ruleKey) {
        var query = em.createQuery("SELECT COUNT(c) FROM ClockRecord c WHERE c.state IN :open"
                        + filters(subjectId, ruleKey), Long.class)
                .setParameter("open", List.of(RunningClock.State.RUNNING, RunningClock.State.PAUSED));
        return filtered(query, subjectId, ruleKey).getSingleResult();
    }

    @Override
    public java.util.SortedMap<String, String> subjectsWithOpenClocks() {
        java.util.SortedMap<String, String> subjects = new java.util.TreeMap<>();
        em.createQuery("SELECT DISTINCT c.subjectLabel, c.subjectId FROM ClockRecord c WHERE c.state IN :open",
                        Object[].class)
                .setParameter("open", List.of(RunningClock.State.RUNNING, RunningClock.State.PAUSED))
                .getResultList()
                .forEach(row -> subjects.put((String) row[0], (String) row[1]));
        return subjects;
    }

    private static String filters(String subjectId, String ruleKey) {
        return (isBlank(subjectId) ? "" : " AND c.subjectId = :subject") + (isBlank(ruleKey) ? "" : " AND c.ruleKey = :rule");
    }

    private static <T extends jakarta.persistence.TypedQuery<?>> T filtered(T query, String subjectId, String ruleKey) {
        if (!isBlank(subjectId)) {
            query.setParameter("subject", subjectId);
        }
        if (!isBlank(ruleKey)) {
            query.setParameter("rule", ruleKey);
        }
        return query;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    @Override
    public List<RunningClock> needingNotice(ZonedDateTime now) {
        return restoreAll(em.createQuery("SELECT c FROM ClockRecord c WHERE c.state IN :open"
                        + " AND (c.reminderAt <= :now OR c.escalationAt <= :now OR c.dueBy < :now) ORDER BY c.dueBy",
                        ClockRecord.class)
                .setParameter("open", List.of(RunningClock.State.RUNNING, RunningClock.State.PAUSED))
                .setParameter("now", now.toOffsetDateTime())
                .getResultList());
    }

    @Override
    public void save(RunningClock clock) {
        ClockRecord record = em.find(ClockRecord.class, clock.id().toString());
        if (record == null) {
            record = ClockRecord.of(clock);
            record.update(clock, calendar(clock.deadline().calendarVersion(), new HashMap<>()));
            em.persist(record);
        } else {
            record.update(clock, calendar(clock.deadline().calendarVersion(), new HashMap<>()));
        }
    }

    /**
     * A list of clocks, restored. Issue 20: a clock's log (pauses, extensions, recomputations) is three
     * tables, and reading them clock by clock was 150 of the 540 statements of a business manager's home
     * page. One query finds which of the listed clocks have any log (most have none); only those read
     * theirs. (EclipseLink's batch reading of the three collections was tried: it broke the commit of a
     * transaction that had read a clock with an extension, see ClockEngineIT.)
     */
    private List<RunningClock> restoreAll(List<ClockRecord> records) {
        Map<Integer, WorkingDayCalendar> calendarCache = new HashMap<>();
        Map<Integer, List<ClockRule>> ruleCache = new HashMap<>();
        java.util.Set<String> withLog = withLog(records.stream().map(ClockRecord::id).toList());
        return records.stream().map(r -> restore(r, calendarCache, ruleCache, withLog.contains(r.id()))).toList();
    }

    /** Which of these clocks have anything in their log: one query for them all. */
    @SuppressWarnings("unchecked")
    private java.util.Set<String> withLog(List<String> clockIds) {
        if (clockIds.isEmpty()) {
            return java.util.Set.of();
        }
        java.util.Set<String> found = new java.util.HashSet<>();
        for (int from = 0; from < clockIds.size(); from += 1000) {
            List<String> some = clockIds.subList(from, Math.min(clockIds.size(), from + 1000));
            var query = em.createNativeQuery("SELECT DISTINCT clock_id FROM (SELECT clock_id FROM clock_pause"
                    + " UNION ALL SELECT clock_id FROM clock_extension UNION ALL SELECT clock_id FROM clock_recomputation)"
                    + " logged WHERE clock_id IN (" + java.util.stream.IntStream.rangeClosed(1, some.size())
                            .mapToObj(i -> "?" + i).collect(java.util.stream.Collectors.joining(", ")) + ")");
            for (int i = 0; i < some.size(); i++) {
                query.setParameter(i + 1, some.get(i));
            }
            ((List<Object>) query.getResultList()).forEach(id -> found.add(String.valueOf(id)));
        }
        return found;
    }

    private RunningClock restore(ClockRecord record) {
        return restore(record, new HashMap<>(), new HashMap<>(), true);
    }

    private RunningClock restore(ClockRecord record, Map<Integer, WorkingDayCalendar> calendarCache,
            Map<Integer, List<ClockRule>> ruleCache, boolean hasLog) {
        List<ClockRule> rules = ruleCache.computeIfAbsent(record.ruleVersion(), v -> ruleSets.version(v)
                .orElseThrow(() -> new IllegalStateException("Clock rule version " + v + " is missing")).rules());
        ClockRule rule = rules.stream().filter(r -> r.key().equals(record.ruleKey())).findFirst()
                .orElseThrow(() -> new IllegalStateException("Rule " + record.ruleKey() + " is missing from version "
                        + record.ruleVersion()));
        return record.toClock(rule, calendar(record.calendarVersion(), calendarCache), hasLog);
    }

    private WorkingDayCalendar calendar(int version, Map<Integer, WorkingDayCalendar> cache) {
        return cache.computeIfAbsent(version, v -> calendars.version(v)
                .orElseThrow(() -> new IllegalStateException("Calendar version " + v + " is missing"))
                .workingDays(BankHolidays.shipped()));
    }

    @Override
    public int closeAllIn(uk.safeguarding.reviews.tenancy.api.ActiveTenant other, String subjectType, String subjectId) {
        // ActiveTenant holds only generated tenant schema names: safe to name in SQL.
        return em.createNativeQuery("UPDATE " + other.schemaName() + ".tracked_clock SET state = 'CLOSED'"
                        + " WHERE subject_type = ?1 AND subject_id = ?2 AND state IN ('RUNNING', 'PAUSED')")
                .setParameter(1, subjectType).setParameter(2, subjectId).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public java.util.List<OpenClock> openIn(uk.safeguarding.reviews.tenancy.api.ActiveTenant other, String subjectType,
            String subjectId) {
        return ((java.util.List<Object[]>) em.createNativeQuery("SELECT rule_key, started_at, owner_name, owner_email FROM "
                        + other.schemaName() + ".tracked_clock WHERE subject_type = ?1 AND subject_id = ?2"
                        + " AND state IN ('RUNNING', 'PAUSED') ORDER BY started_at, rule_key")
                .setParameter(1, subjectType).setParameter(2, subjectId).getResultList()).stream()
                .map(r -> new OpenClock(r[0].toString(), NativeRows.time(r[1]), r[2].toString(), NativeRows.text(r[3])))
                .toList();
    }
}

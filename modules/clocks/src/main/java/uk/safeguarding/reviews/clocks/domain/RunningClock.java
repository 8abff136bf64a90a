package uk.safeguarding.reviews.clocks.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import uk.safeguarding.reviews.clocks.domain.WorkingDayCalendar.SkippedDay;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RefusedException;

/**
 * A clock running for one review: its budget (the rule and any extensions), its start, the rule and
 * calendar versions it runs under, and a log of pauses and extensions with who and why. Its due date
 * is always derived from these, never typed in. Once met or closed it never changes again.
 */
public final class RunningClock {

    public enum State {
        RUNNING,
        PAUSED,
        MET,
        CLOSED
    }

    /**
     * A stretch of time the clock did not run; {@code resumedAt} is null while it is paused. While a
     * clock is paused its due date is the one it would have if resumed at once; it moves on when the
     * clock resumes.
     */
    public record Pause(ZonedDateTime pausedAt, ZonedDateTime resumedAt, String by, String why) {
        boolean covers(LocalDate day) {
            if (resumedAt == null) {
                return false;
            }
            LocalDate from = pausedAt.withZoneSameInstant(DeadlineCalculator.UK).toLocalDate();
            LocalDate to = resumedAt.withZoneSameInstant(DeadlineCalculator.UK).toLocalDate();
            return !day.isBefore(from) && day.isBefore(to);
        }
    }

    /** More time granted, in the rule's unit. */
    public record Extension(int amount, ZonedDateTime at, String by, String why) {
    }

    /**
     * A due time that moved because the partnership's calendar changed or a business manager moved
     * the clock on to a newer rule version.
     */
    public record Recomputation(ZonedDateTime at, ZonedDateTime previousDueBy, ZonedDateTime newDueBy,
            int previousCalendarVersion, int newCalendarVersion, int previousRuleVersion, int newRuleVersion,
            String reason) {
    }

    private final UUID id;
    private final ClockSubject subject;
    private final ClockOwner owner;
    private ClockRule rule;
    /** A period chosen for this clock in place of its rule's, or null: kept across rule and calendar changes. */
    private final ClockPeriod chosen;
    private int ruleVersion;
    private final ZonedDateTime startedAt;
    private final List<Pause> pauses = new ArrayList<>();
    private final List<Extension> extensions = new ArrayList<>();
    private final List<Recomputation> recomputations = new ArrayList<>();
    private State state = State.RUNNING;
    private ZonedDateTime metAt;
    private Deadline deadline;

    private RunningClock(UUID id, ClockSubject subject, ClockOwner owner, ClockRule rule, ClockPeriod chosen,
            int ruleVersion, ZonedDateTime startedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.chosen = chosen;
        this.rule = chosen == null ? Objects.requireNonNull(rule, "rule") : chosen.applyTo(rule);
        this.ruleVersion = ruleVersion;
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
    }

    public static RunningClock start(ClockSubject subject, ClockOwner owner, ClockRule rule, int ruleVersion,
            ZonedDateTime startedAt, WorkingDayCalendar calendar) {
        return start(subject, owner, rule, null, ruleVersion, startedAt, calendar);
    }

    /** A clock counting {@code chosen} (if given) in place of its rule's period, with the rule's event and notices. */
    public static RunningClock start(ClockSubject subject, ClockOwner owner, ClockRule rule, ClockPeriod chosen,
            int ruleVersion, ZonedDateTime startedAt, WorkingDayCalendar calendar) {
        RunningClock clock = new RunningClock(UUID.randomUUID(), subject, owner, rule, chosen, ruleVersion, startedAt);
        clock.deadline = clock.compute(calendar);
        return clock;
    }

    /**
     * A stored clock, brought back exactly as it was: its due date is derived again from the same
     * rule, the same log and the calendar version it last counted against.
     */
    public static RunningClock restore(UUID id, ClockSubject subject, ClockOwner owner, ClockRule rule,
            int ruleVersion, ZonedDateTime startedAt, State state, ZonedDateTime metAt, List<Pause> pauses,
            List<Extension> extensions, List<Recomputation> recomputations, WorkingDayCalendar calendar) {
        return restore(id, subject, owner, rule, null, ruleVersion, startedAt, state, metAt, pauses, extensions,
                recomputations, calendar);
    }

    /** As {@link #restore}, for a clock started with a chosen period. */
    public static RunningClock restore(UUID id, ClockSubject subject, ClockOwner owner, ClockRule rule,
            ClockPeriod chosen, int ruleVersion, ZonedDateTime startedAt, State state, ZonedDateTime metAt,
            List<Pause> pauses, List<Extension> extensions, List<Recomputation> recomputations,
            WorkingDayCalendar calendar) {
        RunningClock clock = new RunningClock(id, subject, owner, rule, chosen, ruleVersion, startedAt);
        clock.state = Objects.requireNonNull(state, "state");
        clock.metAt = metAt;
        clock.pauses.addAll(pauses);
        clock.extensions.addAll(extensions);
        clock.recomputations.addAll(recomputations);
        clock.deadline = clock.compute(calendar);
        return clock;
    }

    public void pause(ZonedDateTime at, String by, String why, WorkingDayCalendar calendar) {
        requireState(State.RUNNING, "pause");
        requireReason(by, why);
        pauses.add(new Pause(at, null, by, why));
        state = State.PAUSED;
        deadline = compute(calendar);
    }

    public void resume(ZonedDateTime at, String by, WorkingDayCalendar calendar) {
        requireState(State.PAUSED, "resume");
        Pause open = pauses.remove(pauses.size() - 1);
        if (at.isBefore(open.pausedAt())) {
            pauses.add(open);
            throw RefusedException.because("clocks.running-clock.resume-before-paused");
        }
        pauses.add(new Pause(open.pausedAt(), at, open.by(), open.why() + "; resumed by " + by));
        state = State.RUNNING;
        deadline = compute(calendar);
    }

    public void extend(int amount, ZonedDateTime at, String by, String why, WorkingDayCalendar calendar) {
        if (state == State.MET || state == State.CLOSED) {
            throw RefusedException.because("clocks.running-clock.clock-cannot-extended", state);
        }
        if (amount <= 0) {
            throw InvalidFieldException.refused("extension", "clocks.running-clock.extension-must-add-time", amount);
        }
        requireReason(by, why);
        extensions.add(new Extension(amount, at, by, why));
        deadline = compute(calendar);
    }

    public void meet(ZonedDateTime at) {
        if (state == State.MET || state == State.CLOSED) {
            throw RefusedException.because("clocks.running-clock.clock-already", state);
        }
        metAt = Objects.requireNonNull(at);
        state = State.MET;
    }

    public void close() {
        state = State.CLOSED;
    }

    /**
     * The partnership's calendar changed: an open clock takes the new calendar and records how its due
     * date moved and why; a met or closed clock is left exactly as it was.
     */
    public Optional<Recomputation> calendarChanged(WorkingDayCalendar newCalendar, String reason, ZonedDateTime at) {
        if (!isOpen() || newCalendar.version() == deadline.calendarVersion()) {
            return Optional.empty();
        }
        requireReason("system", reason);
        return Optional.of(recompute(rule, ruleVersion, newCalendar, reason, at));
    }

    /**
     * A business manager moves the clock on to a newer version of the partnership's rules (§4 of the
     * issue: a review keeps the version it began under unless moved on, and the move is recorded).
     */
    public Recomputation moveToRuleVersion(ClockRule newRule, int newRuleVersion, WorkingDayCalendar calendar,
            String by, String why, ZonedDateTime at) {
        if (!isOpen()) {
            throw RefusedException.because("clocks.running-clock.clock-keeps-rules-ran-under", state);
        }
        if (!newRule.key().equals(rule.key())) {
            throw new IllegalArgumentException("The " + rule.key() + " clock cannot take the rule of " + newRule.key());
        }
        if (newRuleVersion <= ruleVersion) {
            throw new IllegalArgumentException("The clock already runs under version " + ruleVersion);
        }
        requireReason(by, why);
        return recompute(newRule, newRuleVersion, calendar, "Moved to rule version " + newRuleVersion + " by " + by
                + ": " + why, at);
    }

    private Recomputation recompute(ClockRule newRule, int newRuleVersion, WorkingDayCalendar calendar, String reason,
            ZonedDateTime at) {
        Deadline previous = deadline;
        int previousRuleVersion = ruleVersion;
        rule = chosen == null ? newRule : chosen.applyTo(newRule);
        ruleVersion = newRuleVersion;
        deadline = compute(calendar);
        Recomputation change = new Recomputation(at, previous.dueBy(), deadline.dueBy(), previous.calendarVersion(),
                calendar.version(), previousRuleVersion, newRuleVersion, reason);
        recomputations.add(change);
        return change;
    }

    /** The period chosen for this clock in place of its rule's, if one was. */
    public Optional<ClockPeriod> chosenPeriod() {
        return Optional.ofNullable(chosen);
    }

    public boolean isOpen() {
        return state == State.RUNNING || state == State.PAUSED;
    }

    /** When the owner is reminded, or empty if the rule sends no reminder. */
    public Optional<ZonedDateTime> reminderAt(WorkingDayCalendar calendar) {
        if (rule.reminderLead() == null) {
            return Optional.empty();
        }
        if (rule.leadInHours()) {
            return Optional.of(deadline.dueBy().minusHours(rule.reminderLead()));
        }
        LocalDate day = calendar.subtractWorkingDays(deadline.dueDay(), rule.reminderLead()).end();
        return Optional.of(day.atStartOfDay(DeadlineCalculator.UK));
    }

    /** When the business manager is told the clock is overdue, or empty if the rule never escalates. */
    public Optional<ZonedDateTime> escalationAt(WorkingDayCalendar calendar) {
        if (rule.escalationLead() == null) {
            return Optional.empty();
        }
        if (rule.leadInHours()) {
            return Optional.of(deadline.dueBy().plusHours(rule.escalationLead()).plusSeconds(1));
        }
        LocalDate day = calendar.addWorkingDays(deadline.dueDay(), rule.escalationLead()).end();
        return Optional.of(day.plusDays(1).atStartOfDay(DeadlineCalculator.UK));
    }

    /** The status with "due soon" starting when the owner's reminder goes. */
    public DeadlineStatus status(ZonedDateTime now, WorkingDayCalendar calendar) {
        ZonedDateTime dueSoonFrom = reminderAt(calendar).orElse(deadline.dueBy());
        return DeadlineStatus.of(deadline, dueSoonFrom, now, metAt);
    }

    private Deadline compute(WorkingDayCalendar calendar) {
        int budget = rule.amount() + extensions.stream().mapToInt(Extension::amount).sum();
        ClockRule extended = rule.withAmount(budget);
        if (pauses.isEmpty() || rule.direction() == ClockDirection.BEFORE) {
            return DeadlineCalculator.dueDate(extended, startedAt, calendar);
        }
        return switch (rule.unit()) {
            case WORKING_DAYS -> DeadlineCalculator.dueDate(extended, startedAt, calendar,
                    day -> pauses.stream().filter(p -> p.covers(day)).findFirst().map(p -> "Paused: " + p.why()));
            case HOURS, WORKING_HOURS, CALENDAR_DAYS, MONTHS -> {
                Deadline unpaused = DeadlineCalculator.dueDate(extended, startedAt, calendar);
                Duration paused = pauses.stream()
                        .map(p -> Duration.between(p.pausedAt(), p.resumedAt() == null ? p.pausedAt() : p.resumedAt()))
                        .reduce(Duration.ZERO, Duration::plus);
                ZonedDateTime dueBy = rule.unit().countsHours() ? unpaused.dueBy().plus(paused)
                        : unpaused.dueBy().plusDays(paused.toDays());
                yield new Deadline(extended, startedAt, dueBy.toLocalDate(), dueBy, calendar.version(),
                        List.<SkippedDay>of());
            }
        };
    }

    private void requireState(State wanted, String act) {
        if (state != wanted) {
            throw RefusedException.because("clocks.running-clock.cannot-clock", act, state);
        }
    }

    private static void requireReason(String by, String why) {
        if (by == null || by.isBlank() || why == null || why.isBlank()) {
            throw InvalidFieldException.refused("reason", "clocks.running-clock.say-who-and-why");
        }
    }

    public UUID id() {
        return id;
    }

    public ClockSubject subject() {
        return subject;
    }

    public ClockOwner owner() {
        return owner;
    }

    public ZonedDateTime metAt() {
        return metAt;
    }

    public ClockRule rule() {
        return rule;
    }

    public int ruleVersion() {
        return ruleVersion;
    }

    public ZonedDateTime startedAt() {
        return startedAt;
    }

    public State state() {
        return state;
    }

    public Deadline deadline() {
        return deadline;
    }

    public List<Pause> pauses() {
        return List.copyOf(pauses);
    }

    public List<Extension> extensions() {
        return List.copyOf(extensions);
    }

    public List<Recomputation> recomputations() {
        return List.copyOf(recomputations);
    }
}

package uk.safeguarding.reviews.clocks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.clocks.domain.ClockDirection;
import uk.safeguarding.reviews.clocks.domain.ClockOwner;
import uk.safeguarding.reviews.clocks.domain.ClockPeriod;
import uk.safeguarding.reviews.clocks.domain.ClockRuleSet;
import uk.safeguarding.reviews.clocks.domain.ClockSubject;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.clocks.domain.NoticeLedger;
import uk.safeguarding.reviews.clocks.domain.NoticeSettings;
import uk.safeguarding.reviews.clocks.domain.StartEvent;
import uk.safeguarding.reviews.clocks.domain.RunningClock;
import uk.safeguarding.reviews.clocks.domain.RunningClockRepository;
import uk.safeguarding.reviews.clocks.domain.WorkingDayCalendar;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InternalApi;
import uk.safeguarding.reviews.kernel.Page;
import uk.safeguarding.reviews.kernel.RefusedException;

/**
 * Every due date in the product comes from here: referrals and reviews start, meet and close their
 * clocks through this service, whose callers have checked that their person may do what starts or
 * meets the clock; pages reach clocks through {@link Deadlines}, which checks. Every change is
 * audited in the partnership's trail under record type {@value #RECORD_TYPE}.
 */
@InternalApi
@ApplicationScoped
@Transactional
public class ClockService {

    public static final String RECORD_TYPE = "clock";

    @Inject
    private RunningClockRepository clocks;

    @Inject
    private PartnershipTimescales timescales;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private NoticeLedger notices;

    /**
     * Starts the named clock for a subject from the moment of its start event. A subject keeps the
     * rule version its first clock started under (a review keeps the rules in force when it began);
     * a subject's first clock takes the version in force today. The calling service has already
     * checked that its caller may do what starts the clock.
     */
    public ClockLine start(ClockSubject subject, ClockOwner owner, String ruleKey, ZonedDateTime eventAt) {
        return start(subject, owner, rulesFor(subject), ruleKey, eventAt);
    }

    /**
     * Starts the named clock from the event its rule counts from (the partnership chooses, for
     * example, whether the Rapid Review counts from the referral or from the National Panel's
     * notification), if that event has happened; otherwise nothing starts yet.
     */
    public Optional<ClockLine> startOnEvents(ClockSubject subject, ClockOwner owner, String ruleKey,
            java.util.Map<StartEvent, ZonedDateTime> events) {
        ClockRuleSet rules = rulesFor(subject);
        ZonedDateTime eventAt = events.get(rules.rule(ruleKey).startEvent());
        return eventAt == null ? Optional.empty() : Optional.of(start(subject, owner, rules, ruleKey, eventAt));
    }

    /**
     * Whether the subject's clock {@code ruleKey} counts back from its event (the National Panel's
     * copy a week before publication): its due date depends on when the event will be, so it starts
     * only once the event is recorded.
     */
    public boolean countsBack(ClockSubject subject, String ruleKey) {
        return rulesFor(subject).rule(ruleKey).direction() == ClockDirection.BEFORE;
    }

    /** The event the subject's clock {@code ruleKey} counts from, under the rules the subject keeps. */
    public StartEvent startEventOf(ClockSubject subject, String ruleKey) {
        return rulesFor(subject).rule(ruleKey).startEvent();
    }

    /**
     * When something is due under the partnership's rules in force and its calendar, for a deadline
     * that is shown but not tracked (an answer another partnership owes, the meeting's papers).
     */
    public ZonedDateTime dueBy(String ruleKey, ZonedDateTime eventAt) {
        return DeadlineCalculator.dueDate(timescales.rulesInForce().rule(ruleKey), eventAt, timescales.workingDays())
                .dueBy();
    }

    /**
     * The day a rule in force falls due for an event on {@code eventDay}, counted forward or back as
     * the rule runs, against the partnership's calendar: for a rule that decides what may be done
     * rather than a clock that runs (§8.3: the Panel's copy a week before a publication day).
     */
    public java.time.LocalDate dueDay(String ruleKey, java.time.LocalDate eventDay) {
        return DeadlineCalculator.dueDate(timescales.rulesInForce().rule(ruleKey),
                eventDay.atStartOfDay(DeadlineCalculator.UK), timescales.workingDays()).dueDay();
    }

    /** A rule in force's period in words ("7 calendar days"), for a page or a refusal to quote. */
    public String period(String ruleKey) {
        return timescales.rulesInForce().rule(ruleKey).period();
    }

    /** The business unit as a clock's owner: its mailbox gets the reminders, if one is set. */
    public ClockOwner businessUnit() {
        return new ClockOwner("Business unit", notices.settings().map(NoticeSettings::businessUnitEmail).orElse(null));
    }

    /** Where letters to the Virtual Panel go, if the partnership has set it. */
    public Optional<String> panelMailbox() {
        return notices.settings().map(NoticeSettings::panelEmail);
    }

    private ClockRuleSet rulesFor(ClockSubject subject) {
        return clocks.ofSubject(subject.type(), subject.id()).stream()
                .map(RunningClock::ruleVersion).findFirst()
                .map(timescales::rules)
                .orElseGet(timescales::rulesInForce);
    }

    /**
     * Starts the named clock counting {@code chosen} in place of its rule's period (an action's
     * timescale, §9), from the moment of its event; reminders and escalation as the rule sets them.
     */
    public ClockLine start(ClockSubject subject, ClockOwner owner, String ruleKey, ClockPeriod chosen,
            ZonedDateTime eventAt) {
        return start(subject, owner, rulesFor(subject), ruleKey, chosen, eventAt);
    }

    /** When a clock of the rule counting {@code chosen} from {@code eventAt} would be due: for a page's preview. */
    public java.time.LocalDate dueDay(String ruleKey, ClockPeriod chosen, ZonedDateTime eventAt) {
        return DeadlineCalculator.dueDate(chosen.applyTo(timescales.rulesInForce().rule(ruleKey)), eventAt,
                timescales.workingDays()).dueDay();
    }

    private ClockLine start(ClockSubject subject, ClockOwner owner, ClockRuleSet rules, String ruleKey,
            ZonedDateTime eventAt) {
        return start(subject, owner, rules, ruleKey, null, eventAt);
    }

    private ClockLine start(ClockSubject subject, ClockOwner owner, ClockRuleSet rules, String ruleKey,
            ClockPeriod chosen, ZonedDateTime eventAt) {
        RunningClock started = RunningClock.start(subject, owner, rules.rule(ruleKey), chosen, rules.version(),
                eventAt, timescales.workingDays());
        clocks.save(started);
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, started.id().toString(), ruleKey + " for " + subject.label()
                + " started " + eventAt + " under rule version " + rules.version() + "; "
                + started.deadline().summary());
        return line(started, timescales.workingDays());
    }

    /** The subject's clock of that kind has been met at {@code at}; a clock already met is left as it was. */
    public Optional<ClockLine> meet(ClockSubject subject, String ruleKey, ZonedDateTime at) {
        Optional<RunningClock> open = clocks.ofSubject(subject.type(), subject.id()).stream()
                .filter(c -> c.rule().key().equals(ruleKey) && c.isOpen()).findFirst();
        open.ifPresent(c -> {
            c.meet(at);
            clocks.save(c);
            audit.allowed(AuditAction.UPDATE, RECORD_TYPE, c.id().toString(), ruleKey + " met " + at + " ("
                    + c.status(at, calendar()) + ")");
        });
        return open.map(c -> line(c, calendar()));
    }

    /**
     * The subject's open clocks that count from {@code event} are counted again from its new moment
     * (a publication date planned again, §8.3): each is closed, saying why, and a clock of the same
     * rule starts from {@code movedTo}. The calling service has checked its caller.
     */
    public List<ClockLine> recount(ClockSubject subject, StartEvent event, ZonedDateTime movedTo, String why) {
        ClockRuleSet rules = rulesFor(subject);
        List<RunningClock> moved = clocks.ofSubject(subject.type(), subject.id()).stream()
                .filter(c -> c.isOpen() && c.rule().startEvent() == event).toList();
        return moved.stream().map(c -> {
            c.close();
            clocks.save(c);
            audit.allowed(AuditAction.UPDATE, RECORD_TYPE, c.id().toString(), c.rule().key() + " closed: " + why);
            return start(subject, c.owner(), rules, c.rule().key(), movedTo);
        }).toList();
    }

    /** The subject's open clocks stop without being met, for example when a referral is withdrawn. */
    public void closeAll(ClockSubject subject, String why) {
        clocks.ofSubject(subject.type(), subject.id()).stream().filter(RunningClock::isOpen).forEach(c -> {
            c.close();
            clocks.save(c);
            audit.allowed(AuditAction.UPDATE, RECORD_TYPE, c.id().toString(), c.rule().key() + " closed: " + why);
        });
    }

    /**
     * The subject's running clocks stop counting, each recording who paused it and why (a review
     * paused for criminal proceedings, §3.1); the calling service has checked its caller.
     */
    public List<ClockLine> pauseAll(ClockSubject subject, String by, String why) {
        return clocks.ofSubject(subject.type(), subject.id()).stream()
                .filter(c -> c.state() == RunningClock.State.RUNNING).map(c -> {
                    c.pause(now(), by, why, calendar());
                    return saved(c, "paused by " + by + ": " + why);
                }).toList();
    }

    /** The subject's paused clocks count again, their due dates moved on by the working days paused. */
    public List<ClockLine> resumeAll(ClockSubject subject, String by) {
        return clocks.ofSubject(subject.type(), subject.id()).stream()
                .filter(c -> c.state() == RunningClock.State.PAUSED).map(c -> {
                    c.resume(now(), by, calendar());
                    return saved(c, "resumed by " + by);
                }).toList();
    }

    /** The keys of the clock rules in force: what a review kind's stages may start and meet. */
    public java.util.Set<String> ruleKeysInForce() {
        return timescales.rulesInForce().rules().stream().map(uk.safeguarding.reviews.clocks.domain.ClockRule::key)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The subject's clocks, for its own page; the calling service has checked its caller may see the subject. */
    /**
     * Closes, in another partnership's schema, the open clocks of a subject that partnership no
     * longer owns (a referral handed over, issue 6), in the current transaction of the receiving side.
     */
    public int closeAllIn(uk.safeguarding.reviews.tenancy.api.ActiveTenant other, String subjectType, String subjectId) {
        return clocks.closeAllIn(other, subjectType, subjectId);
    }

    /**
     * A subject handed over from another partnership (issue 6): its open clocks there are closed and
     * started here for the new subject, from the same moments, under this partnership's rules.
     */
    public List<ClockLine> takeOver(uk.safeguarding.reviews.tenancy.api.ActiveTenant other, String subjectType,
            String subjectId, ClockSubject here,
            java.util.function.Function<RunningClockRepository.OpenClock, ClockOwner> ownerHere) {
        List<RunningClockRepository.OpenClock> open = clocks.openIn(other, subjectType, subjectId);
        clocks.closeAllIn(other, subjectType, subjectId);
        return open.stream().map(clock -> start(here, ownerHere.apply(clock), clock.ruleKey(),
                clock.startedAt().atZoneSameInstant(DeadlineCalculator.UK))).toList();
    }

    public List<ClockLine> ofSubject(String subjectType, String subjectId) {
        WorkingDayCalendar calendar = timescales.workingDays();
        return clocks.ofSubject(subjectType, subjectId).stream().map(c -> line(c, calendar)).toList();
    }

    /** The clocks of each subject named (a list page's), read at once, by subject id. */
    public java.util.Map<String, List<ClockLine>> ofSubjects(String subjectType, java.util.Collection<String> subjectIds) {
        WorkingDayCalendar calendar = timescales.workingDays();
        java.util.Map<String, List<ClockLine>> bySubject = new java.util.HashMap<>();
        clocks.ofSubjects(subjectType, subjectIds).forEach(c -> bySubject
                .computeIfAbsent(c.subject().id(), id -> new java.util.ArrayList<>()).add(line(c, calendar)));
        return bySubject;
    }

    /**
     * The partnership's open clocks by due time, optionally for one subject and one kind of clock, a
     * page at a time (issue 13 §4), with how many there are.
     */
    Page<ClockLine> dashboard(String subjectId, String ruleKey, int pageNumber) {
        WorkingDayCalendar calendar = timescales.workingDays();
        long total = clocks.countOpen(subjectId, ruleKey);
        int number = Page.within(pageNumber, total, Page.DEFAULT_SIZE);
        return new Page<>(clocks.open(subjectId, ruleKey, Page.offset(number, Page.DEFAULT_SIZE), Page.DEFAULT_SIZE)
                .stream().map(c -> line(c, calendar)).toList(), number, Page.DEFAULT_SIZE, total);
    }

    /** Label to id, in label order, of every subject with an open clock: the dashboard's filter. */
    java.util.SortedMap<String, String> subjectsWithOpenClocks() {
        return clocks.subjectsWithOpenClocks();
    }

    ClockExplanation explain(UUID clockId) {
        RunningClock found = find(clockId, AuditAction.VIEW);
        return new ClockExplanation(line(found, calendar()), found.deadline().summary(),
                found.deadline().rule().amount(), found.deadline().skipped(), found.pauses(), found.extensions(),
                found.recomputations());
    }

    ClockLine pause(Caller caller, UUID clockId, String why) {
        RunningClock found = find(clockId, AuditAction.UPDATE);
        found.pause(now(), caller.username(), why, calendar());
        return saved(found, "paused by " + caller.username() + ": " + why);
    }

    ClockLine resume(Caller caller, UUID clockId) {
        RunningClock found = find(clockId, AuditAction.UPDATE);
        found.resume(now(), caller.username(), calendar());
        return saved(found, "resumed by " + caller.username());
    }

    ClockLine extend(Caller caller, UUID clockId, int amount, String why) {
        RunningClock found = find(clockId, AuditAction.UPDATE);
        found.extend(amount, now(), caller.username(), why, calendar());
        return saved(found, "extended by " + amount + " " + found.rule().unit() + " by " + caller.username() + ": " + why);
    }

    /** Moves every open clock of a subject on to the rule version in force today (see Deadlines). */
    List<ClockLine> moveToRulesInForce(Caller caller, String subjectType, String subjectId, String why) {
        ClockRuleSet inForce = timescales.rulesInForce();
        WorkingDayCalendar calendar = timescales.workingDays();
        List<RunningClock> ofSubject = clocks.ofSubject(subjectType, subjectId);
        if (ofSubject.isEmpty()) {
            throw audit.notFound(AuditAction.UPDATE, RECORD_TYPE, subjectId);
        }
        List<RunningClock> moving = ofSubject.stream()
                .filter(c -> c.isOpen() && c.ruleVersion() < inForce.version()).toList();
        if (moving.isEmpty()) {
            throw RefusedException.because("clocks.clock-service.none-under-older-rules", inForce.version());
        }
        return moving.stream().map(c -> {
            RunningClock.Recomputation move = c.moveToRuleVersion(inForce.rule(c.rule().key()), inForce.version(),
                    calendar, caller.username(), why, now());
            return saved(c, "moved from rule version " + move.previousRuleVersion() + " to " + move.newRuleVersion()
                    + "; due " + move.previousDueBy() + " -> " + move.newDueBy() + "; " + why);
        }).toList();
    }

    /**
     * The partnership's calendar has a new version: every open clock is counted against it and the
     * move is recorded on the clock; met and closed clocks keep the calendar they were counted on.
     */
    public void calendarChanged(String reason) {
        WorkingDayCalendar calendar = timescales.workingDays();
        for (RunningClock open : clocks.open()) {
            open.calendarChanged(calendar, reason, now()).ifPresent(change -> {
                clocks.save(open);
                audit.allowed(AuditAction.UPDATE, RECORD_TYPE, open.id().toString(), "recomputed on calendar v"
                        + change.newCalendarVersion() + ": due " + change.previousDueBy() + " -> " + change.newDueBy());
            });
        }
    }

    private ClockLine saved(RunningClock changed, String detail) {
        clocks.save(changed);
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, changed.id().toString(), changed.rule().key() + " of "
                + changed.subject().label() + " " + detail);
        return line(changed, calendar());
    }

    /** Another partnership's clock id finds nothing here, and the attempt is audited. */
    private RunningClock find(UUID clockId, AuditAction action) {
        return clocks.find(clockId).orElseThrow(() -> audit.notFound(action, RECORD_TYPE, clockId.toString()));
    }

    /**
     * The calendar a clock's pauses, statuses and reminders count on: the newest, because every open
     * clock is moved onto each new version (calendarChanged), and a met clock's status needs none.
     */
    private WorkingDayCalendar calendar() {
        return timescales.workingDays();
    }

    private ClockLine line(RunningClock c, WorkingDayCalendar calendar) {
        return new ClockLine(c.id(), c.subject().type(), c.subject().id(), c.subject().label(), c.rule().key(),
                c.rule().policyReference(), c.deadline().rule().amount(), c.rule().unit(), c.startedAt(),
                c.deadline().dueDay(), c.deadline().dueBy(), c.status(now(), calendar), c.state(), c.owner().name(),
                c.ruleVersion(), c.deadline().calendarVersion());
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock).withZoneSameInstant(DeadlineCalculator.UK);
    }
}

package uk.safeguarding.reviews.clocks.infrastructure;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.safeguarding.reviews.clocks.domain.ClockOwner;
import uk.safeguarding.reviews.clocks.domain.ClockSubject;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.clocks.domain.RunningClock;
import uk.safeguarding.reviews.clocks.domain.RunningClock.Extension;
import uk.safeguarding.reviews.clocks.domain.RunningClock.Pause;
import uk.safeguarding.reviews.clocks.domain.RunningClock.Recomputation;
import uk.safeguarding.reviews.clocks.domain.WorkingDayCalendar;

/**
 * How a running clock is stored. The log (pauses, extensions, recomputations) is the record; the due,
 * reminder and escalation times are derived from it by the domain and kept only so lists can sort
 * and the reminder sweep can find what is due. A version column stops two people's changes to one
 * clock overwriting each other.
 */
@Entity
@Table(name = "tracked_clock")
public class ClockRecord {

    @Id
    private String id;
    @Version
    @Column(name = "row_version")
    private int rowVersion;
    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;
    @Column(name = "subject_id", nullable = false, updatable = false)
    private String subjectId;
    @Column(name = "subject_label", nullable = false)
    private String subjectLabel;
    @Column(name = "owner_name", nullable = false)
    private String ownerName;
    @Column(name = "owner_email")
    private String ownerEmail;
    @Column(name = "rule_key", nullable = false, updatable = false)
    private String ruleKey;
    @Column(name = "rule_version", nullable = false)
    private int ruleVersion;
    @Column(name = "chosen_amount", updatable = false)
    private Integer chosenAmount;
    @Enumerated(EnumType.STRING)
    @Column(name = "chosen_unit", updatable = false)
    private uk.safeguarding.reviews.clocks.domain.ClockUnit chosenUnit;
    @Column(name = "calendar_version", nullable = false)
    private int calendarVersion;
    @Column(name = "started_at", nullable = false, updatable = false)
    private OffsetDateTime startedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RunningClock.State state;
    @Column(name = "met_at")
    private OffsetDateTime metAt;
    @Column(name = "due_by", nullable = false)
    private OffsetDateTime dueBy;
    @Column(name = "reminder_at")
    private OffsetDateTime reminderAt;
    @Column(name = "escalation_at")
    private OffsetDateTime escalationAt;

    // Lazy (issue 20): a list of clocks reads these only for the clocks that have any (most have none),
    // instead of three queries a clock; see JpaRunningClockRepository.restoreAll.
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "clock_pause", joinColumns = @JoinColumn(name = "clock_id"))
    @OrderColumn(name = "position")
    private List<StoredPause> pauses = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "clock_extension", joinColumns = @JoinColumn(name = "clock_id"))
    @OrderColumn(name = "position")
    private List<StoredExtension> extensions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "clock_recomputation", joinColumns = @JoinColumn(name = "clock_id"))
    @OrderColumn(name = "position")
    private List<StoredRecomputation> recomputations = new ArrayList<>();

    protected ClockRecord() {
        // for JPA
    }

    static ClockRecord of(RunningClock clock) {
        ClockRecord record = new ClockRecord();
        record.id = clock.id().toString();
        record.subjectType = clock.subject().type();
        record.subjectId = clock.subject().id();
        record.ruleKey = clock.rule().key();
        clock.chosenPeriod().ifPresent(period -> {
            record.chosenAmount = period.amount();
            record.chosenUnit = period.unit();
        });
        record.startedAt = clock.startedAt().toOffsetDateTime();
        return record;
    }

    /** Copies everything that can change; the log is only ever appended to by the domain. */
    void update(RunningClock clock, WorkingDayCalendar calendar) {
        subjectLabel = clock.subject().label();
        ownerName = clock.owner().name();
        ownerEmail = clock.owner().email();
        ruleVersion = clock.ruleVersion();
        calendarVersion = clock.deadline().calendarVersion();
        state = clock.state();
        metAt = offset(clock.metAt());
        dueBy = clock.deadline().dueBy().toOffsetDateTime();
        reminderAt = clock.reminderAt(calendar).map(ZonedDateTime::toOffsetDateTime).orElse(null);
        escalationAt = clock.escalationAt(calendar).map(ZonedDateTime::toOffsetDateTime).orElse(null);
        pauses = new ArrayList<>(clock.pauses().stream().map(StoredPause::of).toList());
        extensions = new ArrayList<>(clock.extensions().stream().map(StoredExtension::of).toList());
        recomputations = new ArrayList<>(clock.recomputations().stream().map(StoredRecomputation::of).toList());
    }

    RunningClock toClock(uk.safeguarding.reviews.clocks.domain.ClockRule rule, WorkingDayCalendar calendar) {
        return toClock(rule, calendar, true);
    }

    /**
     * The clock as the domain knows it. {@code hasLog} false: the caller knows the clock has no pause,
     * extension or recomputation, so its log is not read (the collections stay unread, and unchanged).
     */
    RunningClock toClock(uk.safeguarding.reviews.clocks.domain.ClockRule rule, WorkingDayCalendar calendar,
            boolean hasLog) {
        return RunningClock.restore(UUID.fromString(id), new ClockSubject(subjectType, subjectId, subjectLabel),
                new ClockOwner(ownerName, ownerEmail), rule, chosenAmount == null ? null
                        : new uk.safeguarding.reviews.clocks.domain.ClockPeriod(chosenAmount, chosenUnit), ruleVersion,
                uk(startedAt), state, uk(metAt),
                hasLog ? pauses.stream().map(StoredPause::toPause).toList() : List.of(),
                hasLog ? extensions.stream().map(StoredExtension::toExtension).toList() : List.of(),
                hasLog ? recomputations.stream().map(StoredRecomputation::toRecomputation).toList() : List.of(),
                calendar);
    }

    String id() {
        return id;
    }

    String ruleKey() {
        return ruleKey;
    }

    int ruleVersion() {
        return ruleVersion;
    }

    int calendarVersion() {
        return calendarVersion;
    }

    private static OffsetDateTime offset(ZonedDateTime at) {
        return at == null ? null : at.toOffsetDateTime();
    }

    private static ZonedDateTime uk(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(DeadlineCalculator.UK);
    }

    /** One stretch the clock did not run. */
    @Embeddable
    public static class StoredPause {
        @Column(name = "paused_at", nullable = false)
        private OffsetDateTime pausedAt;
        @Column(name = "resumed_at")
        private OffsetDateTime resumedAt;
        @Column(name = "paused_by", nullable = false)
        private String by;
        @Column(nullable = false)
        private String reason;

        protected StoredPause() {
            // for JPA
        }

        static StoredPause of(Pause pause) {
            StoredPause stored = new StoredPause();
            stored.pausedAt = pause.pausedAt().toOffsetDateTime();
            stored.resumedAt = offset(pause.resumedAt());
            stored.by = pause.by();
            stored.reason = pause.why();
            return stored;
        }

        Pause toPause() {
            return new Pause(uk(pausedAt), uk(resumedAt), by, reason);
        }
    }

    /** More time granted. */
    @Embeddable
    public static class StoredExtension {
        @Column(nullable = false)
        private int amount;
        @Column(name = "granted_at", nullable = false)
        private OffsetDateTime grantedAt;
        @Column(name = "granted_by", nullable = false)
        private String by;
        @Column(nullable = false)
        private String reason;

        protected StoredExtension() {
            // for JPA
        }

        static StoredExtension of(Extension extension) {
            StoredExtension stored = new StoredExtension();
            stored.amount = extension.amount();
            stored.grantedAt = extension.at().toOffsetDateTime();
            stored.by = extension.by();
            stored.reason = extension.why();
            return stored;
        }

        Extension toExtension() {
            return new Extension(amount, uk(grantedAt), by, reason);
        }
    }

    /** A due time that moved, and why. */
    @Embeddable
    public static class StoredRecomputation {
        @Column(name = "recomputed_at", nullable = false)
        private OffsetDateTime at;
        @Column(name = "previous_due_by", nullable = false)
        private OffsetDateTime previousDueBy;
        @Column(name = "new_due_by", nullable = false)
        private OffsetDateTime newDueBy;
        @Column(name = "previous_calendar_version", nullable = false)
        private int previousCalendarVersion;
        @Column(name = "new_calendar_version", nullable = false)
        private int newCalendarVersion;
        @Column(name = "previous_rule_version", nullable = false)
        private int previousRuleVersion;
        @Column(name = "new_rule_version", nullable = false)
        private int newRuleVersion;
        @Column(nullable = false)
        private String reason;

        protected StoredRecomputation() {
            // for JPA
        }

        static StoredRecomputation of(Recomputation change) {
            StoredRecomputation stored = new StoredRecomputation();
            stored.at = change.at().toOffsetDateTime();
            stored.previousDueBy = change.previousDueBy().toOffsetDateTime();
            stored.newDueBy = change.newDueBy().toOffsetDateTime();
            stored.previousCalendarVersion = change.previousCalendarVersion();
            stored.newCalendarVersion = change.newCalendarVersion();
            stored.previousRuleVersion = change.previousRuleVersion();
            stored.newRuleVersion = change.newRuleVersion();
            stored.reason = change.reason();
            return stored;
        }

        Recomputation toRecomputation() {
            return new Recomputation(uk(at), uk(previousDueBy), uk(newDueBy), previousCalendarVersion,
                    newCalendarVersion, previousRuleVersion, newRuleVersion, reason);
        }
    }
}

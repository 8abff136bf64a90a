package uk.safeguarding.reviews.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.clocks.application.ClockLine;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.clocks.domain.ClockSubject;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.clocks.domain.StartEvent;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InternalApi;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.review.domain.Review;
import uk.safeguarding.reviews.review.domain.ReviewPause;
import uk.safeguarding.reviews.review.domain.ReviewRepository;
import uk.safeguarding.reviews.review.domain.StageTransition;
import uk.safeguarding.reviews.review.domain.kind.Capability;
import uk.safeguarding.reviews.review.domain.kind.KindDefinition;
import uk.safeguarding.reviews.review.domain.kind.StageDefinition;
import uk.safeguarding.reviews.review.domain.kind.Transition;
import uk.safeguarding.reviews.tenancy.api.TenantContext;
import uk.safeguarding.reviews.thresholds.domain.ReviewKind;

/**
 * The one review engine (issue 13 §1): it opens a review at the first stage of its kind, moves it on
 * when a capability reports the work an exit of its stage is keyed by (after the exit's guards
 * allow it), logs every move, and pauses and resumes it. Entering and leaving a stage raise
 * {@link StageEntered} and {@link StageLeft}, which start and meet the stage's clocks. Nothing here
 * knows a kind of review: kinds are data ({@link ReviewKinds}).
 *
 * <p>Called by services that have already checked their caller, inside their transaction.
 */
@InternalApi
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReviewEngine {

    private static final String RECORD_TYPE = ReviewService.RECORD_TYPE;

    @Inject
    private ReviewRepository reviews;

    @Inject
    private ReviewKinds kinds;

    @Inject
    private Instance<StageGuard> guards;

    @Inject
    private Event<StageEntered> entered;

    @Inject
    private jakarta.enterprise.inject.Instance<ReviewOwnedClocks> ownedClocks;

    @Inject
    private Event<StageLeft> left;

    @Inject
    private ClockService clocks;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Opens a review of {@code kind} at its first stage, whose clocks start from the events that have happened. */
    Review open(ReviewKind kind, String referralId, String referralReference, int thresholdVersion,
            Map<StartEvent, ZonedDateTime> events) {
        return open(kind, referralId, referralReference, thresholdVersion, events, "Opened from " + referralReference);
    }

    /** As {@link #open(ReviewKind, String, String, int, Map)}, the stage log saying {@code why} it opened. */
    Review open(ReviewKind kind, String referralId, String referralReference, int thresholdVersion,
            Map<StartEvent, ZonedDateTime> events, String why) {
        Caller caller = TenantContext.caller();
        OffsetDateTime now = OffsetDateTime.now(clock);
        ReviewKinds.KindVersion opening = kinds.opening(kind.key());
        KindDefinition definition = opening.definition();
        Review review = Review.open(definition.reference(now.getYear(), reviews.nextNumber()), kind, opening.version(),
                definition.first().key(), referralId, referralReference, thresholdVersion, caller.username(), now);
        reviews.add(review);
        ZonedDateTime notified = events.get(StartEvent.NATIONAL_PANEL_NOTIFIED);
        if (notified != null) {
            review.nationalPanelNotifiedPerReferral(notified.toLocalDate());
        }
        reviews.add(new StageTransition(review.id(), null, null, review.stage(), now, caller.username(), why));
        entered.fire(new StageEntered(ReviewSummary.of(review), definition.first(), now.atZoneSameInstant(DeadlineCalculator.UK),
                Map.copyOf(events)));
        return review;
    }

    /**
     * A review received by handover (§10.2) continues at the stage it had reached, under this
     * partnership's definition of its kind; the log says where it came from.
     */
    void received(String reviewId, String from) {
        Review review = reviews.find(reviewId).orElseThrow();
        reviews.add(new StageTransition(reviewId, null, null, review.stage(), OffsetDateTime.now(clock),
                TenantContext.caller().username(), "Received by handover from " + from + " at this stage"));
    }

    /**
     * The work {@code work} was done on the review at {@code at} (the stage's clocks count from it;
     * the log records when it was recorded): if its stage has an exit keyed by
     * that work, and the exit's guards allow it, the review moves on. Work already done since the
     * review entered its stage (more requests sent, attendance corrected) moves nothing again; work that cannot happen at this stage
     * is refused with what moves the review on instead.
     */
    public void reached(String reviewId, String work, ZonedDateTime at) {
        Review review = existing(reviewId);
        review.requireOpen();
        KindDefinition definition = kinds.definition(review.kind().key(), review.kindVersion());
        boolean leadsOnFromHere = definition.stage(review.stage()).flatMap(stage -> stage.exit(work)).isPresent();
        List<StageTransition> log = reviews.transitions(reviewId);
        if (doneSinceEnteringItsStage(review, work, log)
                || !leadsOnFromHere && log.stream().anyMatch(t -> work.equals(t.exitKey()))) {
            return;
        }
        Transition transition = definition.leave(review.stage(), work);
        requireNotPaused(review);
        ReviewSummary before = ReviewSummary.of(review);
        for (String guard : transition.exit().guards()) {
            guard(guard).refusal(before).ifPresent(refusal -> {
                throw refusal;
            });
        }
        left.fire(new StageLeft(before, transition.from(), work, at));
        review.moveTo(transition.to().key());
        String by = TenantContext.caller().username();
        // Logged when it was recorded; the clocks count from when the work happened (a meeting's start).
        reviews.add(new StageTransition(reviewId, transition.from().key(), work, transition.to().key(),
                OffsetDateTime.now(clock), by, transition.exit().name()));
        entered.fire(new StageEntered(ReviewSummary.of(review), transition.to(), at, Map.of()));
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, reviewId, "stage: " + transition.from().name() + " \u2192 "
                + transition.to().name() + " (" + transition.exit().name() + ")");
    }

    /**
     * {@code event} happened at {@code at}, after the review opened (the National Panel notified,
     * §4.2 table): the clocks of the stages entered so far that count from it start, unless already
     * running or their work is done, and those it meets are met.
     */
    public void happened(String reviewId, StartEvent event, ZonedDateTime at) {
        Review review = existing(reviewId);
        review.requireOpen();
        ClockSubject subject = StageClocks.subject(ReviewSummary.of(review));
        notStarted(review).forEach(key -> clocks.startOnEvents(subject, clocks.businessUnit(), key, Map.of(event, at)));
        KindDefinition definition = kinds.definition(review.kind().key(), review.kindVersion());
        for (StageDefinition stage : stagesEntered(review, definition)) {
            stage.clocksMetByEvents().forEach((key, metBy) -> {
                if (metBy.equals(event.name())) {
                    clocks.meet(subject, key, at);
                }
            });
        }
    }

    /**
     * An event a running clock of the review counts from moved (a publication date planned again,
     * §8.3): the clock is counted again from its new moment, the old one closed saying why.
     */
    public void moved(String reviewId, StartEvent event, ZonedDateTime to, String why) {
        Review review = existing(reviewId);
        review.requireOpen();
        clocks.recount(StageClocks.subject(ReviewSummary.of(review)), event, to, why);
    }

    /**
     * §4.2 table: the local authority notified the National Panel on {@code sentOn}; recorded on the
     * review by {@code by}, it meets the notification's clock and starts any clock counted from it.
     */
    public void nationalPanelNotified(String reviewId, LocalDate sentOn, LocalDate copyReceivedOn, String by) {
        Review review = existing(reviewId);
        review.recordNationalPanelNotification(sentOn, copyReceivedOn, by, LocalDate.now(clock));
        happened(reviewId, StartEvent.NATIONAL_PANEL_NOTIFIED, DeadlineCalculator.endOf(sentOn));
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, reviewId, "National Panel notified on " + sentOn
                + (copyReceivedOn == null ? "" : "; the partnership's copy received on " + copyReceivedOn) + "; recorded by "
                + by);
    }

    /**
     * The clocks the review's stages so far start that have not started, because the event their
     * rule counts from has not been recorded yet (a partnership counting the Rapid Review from the
     * National Panel's notification): each rule's key and the event it waits for.
     */
    Map<String, StartEvent> waiting(Review review) {
        ClockSubject subject = StageClocks.subject(ReviewSummary.of(review));
        Map<String, StartEvent> waiting = new LinkedHashMap<>();
        notStarted(review).forEach(key -> waiting.put(key, clocks.startEventOf(subject, key)));
        return waiting;
    }

    /** The clocks the stages entered so far start that have not started, leaving out those whose work is done. */
    private List<String> notStarted(Review review) {
        ClockSubject subject = StageClocks.subject(ReviewSummary.of(review));
        KindDefinition definition = kinds.definition(review.kind().key(), review.kindVersion());
        Set<String> started = clocks.ofSubject(subject.type(), subject.id()).stream().map(ClockLine::ruleKey)
                .collect(Collectors.toSet());
        Set<String> done = stagesLeft(review, definition).stream().flatMap(s -> s.meetsClocks().stream())
                .collect(Collectors.toSet());
        return stagesEntered(review, definition).stream().flatMap(stage -> stage.startsClocks().stream())
                .filter(key -> !started.contains(key) && !done.contains(key)).distinct().toList();
    }

    private List<StageDefinition> stagesEntered(Review review, KindDefinition definition) {
        Set<String> entered = reviews.transitions(review.id()).stream().map(StageTransition::toStage)
                .collect(Collectors.toSet());
        entered.add(review.stage());
        return definition.stages().stream().filter(s -> entered.contains(s.key())).toList();
    }

    private List<StageDefinition> stagesLeft(Review review, KindDefinition definition) {
        Set<String> left = reviews.transitions(review.id()).stream().map(StageTransition::fromStage)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return definition.stages().stream().filter(s -> left.contains(s.key())).toList();
    }

    /**
     * Work of a capability was done on the review (requests sent, a meeting held, §7.7 "in all
     * cases"): refused unless the review's stage has that capability; it moves the review on where
     * an exit of its stage is keyed by it, and otherwise moves nothing.
     */
    public void worked(String reviewId, Capability capability, String work, ZonedDateTime at) {
        Review review = existing(reviewId);
        review.requireOpen();
        if (doneSinceEnteringItsStage(review, work, reviews.transitions(reviewId))) {
            return; // done before (more requests sent, attendance corrected): it moves nothing again
        }
        StageDefinition stage = kinds.definition(review.kind().key(), review.kindVersion()).stage(review.stage())
                .orElseThrow();
        if (!stage.capabilities().contains(capability)) {
            throw RefusedException.because("review.review-engine.stage-which-does-not-include", review.reference(),
                    stage.name(), capability.key());
        }
        if (stage.exit(work).isPresent()) {
            reached(reviewId, work, at);
        }
    }

    /**
     * Whether any stage of the review's kind, in the version it runs under, has {@code capability}:
     * for a capability module deciding how to speak of work another capability feeds.
     */
    public boolean kindUses(String reviewId, Capability capability) {
        Review review = existing(reviewId);
        return kinds.definition(review.kind().key(), review.kindVersion()).stages().stream()
                .anyMatch(stage -> stage.capabilities().contains(capability));
    }

    /** The review's own clocks and those its capability modules keep for it (§3.1: a pause stops them all). */
    private List<ClockSubject> subjectsOf(Review review) {
        List<ClockSubject> subjects = new java.util.ArrayList<>();
        subjects.add(StageClocks.subject(ReviewSummary.of(review)));
        ownedClocks.forEach(owned -> subjects.addAll(owned.subjectsOf(review.id())));
        return subjects;
    }

    /**
     * Whether {@code work} was reported since the review last entered its stage. Work reported on an
     * earlier visit does not count: a stage reached again by an exit that leads back (lessons returned
     * to the agency) moves on again when the work is done again.
     */
    private static boolean doneSinceEnteringItsStage(Review review, String work, List<StageTransition> log) {
        int entered = 0;
        for (int i = log.size() - 1; i >= 0; i--) {
            if (review.stage().equals(log.get(i).toStage())) {
                entered = i;
                break;
            }
        }
        return log.subList(entered, log.size()).stream().anyMatch(t -> work.equals(t.exitKey()));
    }

    /**
     * Whether the review's stage has {@code capability} in its kind's definition: for a capability
     * module deciding what its work leads to (an agreed report that waits for the partners' sign-off).
     */
    public boolean stageAllows(String reviewId, Capability capability) {
        Review review = existing(reviewId);
        return kinds.definition(review.kind().key(), review.kindVersion()).stage(review.stage())
                .map(stage -> stage.capabilities().contains(capability)).orElse(false);
    }

    /** §3.1: the review is held at its stage, for a reason, and its running clocks stop counting. */
    void pause(Review review, String reason, Caller caller) {
        review.requireOpen();
        requireNotPaused(review);
        StageDefinition stage = kinds.definition(review.kind().key(), review.kindVersion()).stage(review.stage())
                .orElseThrow();
        if (stage.isFinal()) {
            throw RefusedException.because("review.review-engine.has-reached-last-stage-there", review.reference(),
                    stage.name());
        }
        ReviewPause pause = new ReviewPause(review.id(), review.stage(), reason, caller.username(),
                OffsetDateTime.now(clock));
        reviews.add(pause);
        int stopped = 0;
        for (ClockSubject subject : subjectsOf(review)) {
            stopped += clocks.pauseAll(subject, caller.username(), "review paused: " + pause.reason()).size();
        }
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), "paused at " + stage.name() + ": " + pause.reason()
                + "; " + stopped + " clocks stopped");
    }

    /** The pause ends; the clocks count again, their due dates moved on by the working days paused. */
    void resume(Review review, Caller caller) {
        review.requireOpen();
        ReviewPause open = openPause(review).orElseThrow(() ->
                RefusedException.because("review.review-engine.not-paused", review.reference()));
        open.resume(caller.username(), OffsetDateTime.now(clock));
        int restarted = 0;
        for (ClockSubject subject : subjectsOf(review)) {
            restarted += clocks.resumeAll(subject, caller.username()).size();
        }
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), "resumed after pause (" + open.reason() + "); "
                + restarted + " clocks counting again");
    }

    /** The stage the review is at, how it got there, and its pauses. */
    ReviewStageView stageOf(Review review) {
        KindDefinition definition = kinds.definition(review.kind().key(), review.kindVersion());
        StageDefinition stage = definition.stage(review.stage()).orElseThrow();
        List<ReviewStageView.Move> moves = reviews.transitions(review.id()).stream()
                .map(t -> new ReviewStageView.Move(t.fromStage() == null ? null : definition.stageName(t.fromStage()),
                        definition.stageName(t.toStage()), t.at(), t.by(), t.reason()))
                .toList();
        List<ReviewStageView.Hold> holds = reviews.pauses(review.id()).stream()
                .map(p -> new ReviewStageView.Hold(definition.stageName(p.stage()), p.reason(), p.pausedAt(), p.pausedBy(),
                        p.resumedAt(), p.resumedBy()))
                .toList();
        Set<Capability> uses = definition.stages().stream().flatMap(st -> st.capabilities().stream())
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(Capability.class)));
        return new ReviewStageView(definition.name(), review.kindVersion(), stage, moves, holds,
                openPause(review).isPresent(), uses);
    }

    private Review existing(String reviewId) {
        return reviews.find(reviewId).orElseThrow(() ->
                RefusedException.because("review.review-engine.review-no-longer-there"));
    }

    private java.util.Optional<ReviewPause> openPause(Review review) {
        return reviews.pauses(review.id()).stream().filter(ReviewPause::isOpen).findFirst();
    }

    private void requireNotPaused(Review review) {
        openPause(review).ifPresent(pause -> {
            throw RefusedException.because("review.review-engine.paused-resume-before-moves", review.reference(),
                    pause.reason());
        });
    }

    private StageGuard guard(String key) {
        return guards.stream().filter(g -> g.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No module provides the guard " + key));
    }
}

package uk.safeguarding.reviews.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.safeguarding.reviews.clocks.application.ClockLine;
import uk.safeguarding.reviews.kernel.Page;
import uk.safeguarding.reviews.review.domain.ReviewListing;
import uk.safeguarding.reviews.review.domain.kind.KindDefinition;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.clocks.domain.StartEvent;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.review.domain.Review;
import uk.safeguarding.reviews.review.domain.ReviewAct;
import uk.safeguarding.reviews.review.domain.ReviewRepository;
import uk.safeguarding.reviews.thresholds.domain.ReviewKind;

/** A review as its people see it: its summary and clocks, its chair and its Ofsted check. */
@ApplicationScoped
@Transactional
public class ReviewService {

    static final String RECORD_TYPE = "review";

    @Inject
    private ReviewRepository reviews;

    @Inject
    private ClockService clocks;

    @Inject
    private AuditTrail audit;

    @Inject
    private ReviewAccess access;

    @Inject
    private Clock clock;

    @Inject
    private ReviewEngine engine;

    @Inject
    private ReviewKinds kinds;

    public ReviewSummary view(String id) {
        access.requireOn(id, ReviewAct.SEE, AuditAction.VIEW, RECORD_TYPE, id);
        Review review = find(id, AuditAction.VIEW);
        audit.allowed(AuditAction.VIEW, RECORD_TYPE, review.id(), null);
        return ReviewSummary.of(review);
    }

    /** The review's clocks (§4.2 table), for whoever may see the review. */
    public List<uk.safeguarding.reviews.clocks.application.ClockLine> clocksOf(String id) {
        access.requireOn(id, ReviewAct.SEE, AuditAction.VIEW, RECORD_TYPE, id);
        Review review = find(id, AuditAction.VIEW);
        return clocks.ofSubject(Review.CLOCK_SUBJECT_TYPE, review.id());
    }

    /**
     * The reviews the caller may see, newest first, a page at a time (issue 13 §4; for someone outside
     * the Virtual Panel, those assigned to them or that otherwise name them, issue 14 §1): the columns shown, the
     * stage named by each review's own version of its kind, and the page's clocks read at once.
     */
    public Page<ReviewRow> list(int pageNumber) {
        return list(ReviewFilter.NONE, pageNumber);
    }

    /** The same, narrowed and ordered as {@code filter} says (issue 14 §2): by kind, stage and year, in SQL. */
    public Page<ReviewRow> list(ReviewFilter filter, int pageNumber) {
        Caller caller = access.requireSomewhere(ReviewAct.LIST, AuditAction.LIST, RECORD_TYPE, null);
        boolean everywhere = ReviewAct.LIST.allowsEverywhere(caller.roles());
        List<String> named = everywhere ? List.of() : access.namedOutsideAssignments(caller);
        String onlyFor = everywhere ? null : caller.username();
        long total = reviews.count(filter.query(), onlyFor, named);
        int number = Page.within(pageNumber, total, Page.DEFAULT_SIZE);
        int offset = Page.offset(number, Page.DEFAULT_SIZE);
        List<ReviewListing> listed = reviews.listing(filter.query(), onlyFor, named, offset, Page.DEFAULT_SIZE);
        Map<String, List<ClockLine>> clocksOf = clocks.ofSubjects(Review.CLOCK_SUBJECT_TYPE,
                listed.stream().map(ReviewListing::id).toList());
        Map<String, KindDefinition> definitions = new HashMap<>();
        List<ReviewRow> rows = listed.stream().map(r -> {
            KindDefinition kind = definitions.computeIfAbsent(r.kind().key() + "/" + r.kindVersion(),
                    key -> kinds.definition(r.kind().key(), r.kindVersion()));
            Optional<ClockLine> next = clocksOf.getOrDefault(r.id(), List.of()).stream()
                    .filter(ClockLine::isOpen)
                    .min(Comparator.comparing(ClockLine::dueBy));
            return new ReviewRow(r.id(), r.reference(), kind.name(), kind.stageName(r.stage()), r.openedAt(), r.chair(),
                    r.handedOverTo(),
                    next.map(ClockLine::ruleKey).orElse(null), next.map(ClockLine::dueDay).orElse(null));
        }).toList();
        audit.allowed(AuditAction.LIST, RECORD_TYPE, null, "reviews page " + number + ": " + rows.size() + " of " + total
                + (filter.narrows() || filter.sort() != ReviewRepository.Order.NEWEST ? " (" + filter + ")" : ""));
        return new Page<>(rows, number, Page.DEFAULT_SIZE, total);
    }

    /** §7.5: the panel checks and records whether an Ofsted notification was needed and made. */
    public ReviewSummary recordOfstedCheck(String id, boolean needed, LocalDate notifiedOn) {
        Caller caller = access.require(ReviewAct.CHECK_OFSTED, AuditAction.UPDATE, RECORD_TYPE, id);
        Review review = find(id, AuditAction.UPDATE);
        review.recordOfstedCheck(needed, notifiedOn, caller.username(), LocalDate.now(clock));
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), "Ofsted notification "
                + (needed ? "needed, made on " + notifiedOn : "not needed"));
        return ReviewSummary.of(review);
    }

    /**
     * What a list of reviews can be narrowed to: each kind of review with its stages, as the
     * partnership's definitions in force name them, and the years in which its reviews opened.
     */
    public ReviewFilterChoices filterChoices() {
        access.requireSomewhere(ReviewAct.LIST, AuditAction.LIST, RECORD_TYPE, null);
        List<ReviewFilterChoices.Kind> kindChoices = java.util.Arrays.stream(ReviewKind.values()).map(kind -> {
            KindDefinition definition = kinds.opening(kind.key()).definition();
            return new ReviewFilterChoices.Kind(kind.key(), definition.name(), definition.stages().stream()
                    .map(s -> new ReviewFilterChoices.Stage(s.key(), s.name())).toList());
        }).toList();
        return new ReviewFilterChoices(kindChoices, reviews.yearsOpened());
    }

    /**
     * §4.2 table: whether and when the National Panel was notified, the partnership's copy (§7.4),
     * and the clocks waiting for the notification to be recorded before they can start.
     */
    public NationalPanelNotice nationalPanelNotice(String id) {
        access.requireOn(id, ReviewAct.SEE, AuditAction.VIEW, RECORD_TYPE, id);
        Review review = find(id, AuditAction.VIEW);
        List<String> waiting = engine.waiting(review).entrySet().stream()
                .filter(e -> e.getValue() == StartEvent.NATIONAL_PANEL_NOTIFIED).map(Map.Entry::getKey).toList();
        boolean applies = review.nationalPanelNotifiedOn() != null || !waiting.isEmpty()
                || kinds.definition(review.kind().key(), review.kindVersion()).stages().stream()
                        .anyMatch(s -> s.clocksMetByEvents().containsValue(StartEvent.NATIONAL_PANEL_NOTIFIED.name()));
        return new NationalPanelNotice(applies, review.nationalPanelNotifiedOn(), review.nationalPanelNoticeBy(),
                review.nationalPanelCopyReceivedOn(), waiting);
    }

    /** Where the review stands: its stage, how it got there and its pauses (issue 13 §1). */
    public ReviewStageView stage(String id) {
        access.requireOn(id, ReviewAct.SEE, AuditAction.VIEW, RECORD_TYPE, id);
        return engine.stageOf(find(id, AuditAction.VIEW));
    }

    /** §3.1: the review is held at its stage (for example for criminal proceedings); its clocks stop. */
    public ReviewStageView pause(String id, String reason) {
        Caller caller = access.require(ReviewAct.RUN, AuditAction.UPDATE, RECORD_TYPE, id);
        Review review = find(id, AuditAction.UPDATE);
        engine.pause(review, reason, caller);
        return engine.stageOf(review);
    }

    public ReviewStageView resume(String id) {
        Caller caller = access.require(ReviewAct.RUN, AuditAction.UPDATE, RECORD_TYPE, id);
        Review review = find(id, AuditAction.UPDATE);
        engine.resume(review, caller);
        return engine.stageOf(review);
    }

    private Review find(String id, AuditAction action) {
        return reviews.find(id == null ? "" : id.strip()).orElseThrow(() -> audit.notFound(action, RECORD_TYPE, id));
    }
}

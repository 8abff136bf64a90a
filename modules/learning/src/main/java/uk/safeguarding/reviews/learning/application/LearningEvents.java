package uk.safeguarding.reviews.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.ReadOnlyRecordException;
import uk.safeguarding.reviews.kernel.figures.ReportingYear;
import uk.safeguarding.reviews.learning.domain.ActionPlanRepository;
import uk.safeguarding.reviews.learning.domain.EventFeedback;
import uk.safeguarding.reviews.learning.domain.LearningEvent;
import uk.safeguarding.reviews.review.application.ReviewAccess;
import uk.safeguarding.reviews.review.application.ReviewLookup;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.review.domain.ReviewAct;

/**
 * How a review's learning reached practice (§1, §4.2, §9): learning products with where they went,
 * learning events and reflective sessions with how many attended, and the attendees' feedback forms
 * (§10.3 h). Seen by whoever may see the review; recorded by the business unit that runs it, while
 * the partnership holds it; every record audited.
 */
@ApplicationScoped
@Transactional
public class LearningEvents {

    static final String RECORD_TYPE = "learning-event";

    @Inject
    private ActionPlanRepository plans;

    @Inject
    private ReviewLookup reviews;

    @Inject
    private ReviewAccess access;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public LearningEventsView of(String reviewId) {
        access.requireOn(reviewId, ReviewAct.SEE, AuditAction.VIEW, RECORD_TYPE, reviewId);
        return view(review(reviewId, AuditAction.VIEW));
    }

    /** Records a product, event or session; each refusal beside its field, with what was typed kept. */
    public LearningEventsView record(String reviewId, LearningEventForm form) {
        Caller caller = access.requireOn(reviewId, ReviewAct.RUN, AuditAction.CREATE, RECORD_TYPE, reviewId);
        ReviewSummary review = held(review(reviewId, AuditAction.CREATE));
        LearningEvent event = LearningEvent.record(review.id(), review.reference(), form.details(),
                caller.displayName(), OffsetDateTime.now(clock), today());
        plans.add(event);
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, event.id(), review.reference() + ": " + describe(event));
        return view(review);
    }

    /** One attendee's feedback form, typed in from the event or session: its answer, and any comment. */
    public LearningEventsView addFeedback(String eventId, EventFeedback.Answer understandsMore, String comment) {
        LearningEvent event = plans.learningEvent(eventId)
                .orElseThrow(() -> audit.notFound(AuditAction.CREATE, RECORD_TYPE, eventId));
        Caller caller = access.requireOn(event.reviewId(), ReviewAct.RUN, AuditAction.CREATE, RECORD_TYPE, eventId);
        ReviewSummary review = held(review(event.reviewId(), AuditAction.CREATE));
        int sofar = plans.feedbackOf(List.of(event.id())).size();
        EventFeedback feedback = event.feedback(understandsMore, comment, sofar, caller.displayName(),
                OffsetDateTime.now(clock));
        plans.add(feedback);
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, event.id(), review.reference() + ": feedback form "
                + (sofar + 1) + " of \u201c" + event.title() + "\u201d: understands more " + understandsMore.name()
                .toLowerCase(java.util.Locale.ROOT));
        return view(review);
    }

    private LearningEventsView view(ReviewSummary review) {
        List<LearningEvent> events = plans.learningEventsOf(review.id());
        Map<String, List<EventFeedback>> forms = plans.feedbackOf(events.stream().map(LearningEvent::id).toList())
                .stream().collect(Collectors.groupingBy(EventFeedback::eventId));
        List<LearningEventsView.Line> lines = events.stream().map(e -> {
            List<EventFeedback> of = forms.getOrDefault(e.id(), List.of());
            return new LearningEventsView.Line(e.id(), e.kind(), e.title(), e.heldOn(), e.audience(), e.wentTo(),
                    e.attended(), of.size(), count(of, EventFeedback.Answer.YES), count(of, EventFeedback.Answer.PARTLY),
                    of.stream().map(EventFeedback::comment).filter(c -> c != null).toList());
        }).toList();
        boolean mayRecord = review.handedOverTo() == null && access.mayOn(review.id(), ReviewAct.RUN);
        return new LearningEventsView(review.id(), review.reference(), lines, mayRecord);
    }

    private static int count(List<EventFeedback> forms, EventFeedback.Answer answer) {
        return (int) forms.stream().filter(f -> f.understandsMore() == answer).count();
    }

    static String describe(LearningEvent event) {
        return switch (event.kind()) {
            case PRODUCT -> "learning product \u201c" + event.title() + "\u201d sent to " + event.wentTo();
            case LEARNING_EVENT -> "learning event \u201c" + event.title() + "\u201d, " + event.attended()
                    + " attended";
            case REFLECTIVE_SESSION -> "reflective session \u201c" + event.title() + "\u201d, " + event.attended()
                    + " attended";
        };
    }

    private ReviewSummary review(String reviewId, AuditAction action) {
        return reviews.find(reviewId == null ? "" : reviewId.strip())
                .orElseThrow(() -> audit.notFound(action, RECORD_TYPE, reviewId));
    }

    /** A review handed over is kept as it was here: its learning is recorded where it went (§10.2). */
    private static ReviewSummary held(ReviewSummary review) {
        if (review.handedOverTo() != null) {
            throw ReadOnlyRecordException.because("learning.learning-events.handed-over", review.handedOverTo());
        }
        return review;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ReportingYear.UK));
    }
}

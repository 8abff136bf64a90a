package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.clocks.application.ClockLine;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.kernel.work.WorkItem;
import uk.safeguarding.reviews.review.application.ReviewLookup;
import uk.safeguarding.reviews.review.application.ReviewSummary;

/**
 * What every step on a practice review needs alike: the review found or audited as not found, its
 * days, and its tasks in the work list.
 */
@ApplicationScoped
class ReviewWork {

    @Inject
    private ReviewLookup lookup;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private ClockService clocks;

    /** The review {@code id}; if there is none here, a "not found" the trail records under {@code recordType}. */
    ReviewSummary review(String id, AuditAction action, String recordType) {
        return lookup.find(id == null ? "" : id.strip()).orElseThrow(() -> audit.notFound(action, recordType, id));
    }

    /**
     * A task on each of the reviews (those handed over to another partnership are no longer this
     * one's work): {@code action} on the review's page {@code page}, due with its clock
     * {@code clockRule} where one runs.
     */
    List<WorkItem> tasks(List<String> reviewIds, String action, String page, String clockRule) {
        return reviewIds.stream().flatMap(id -> lookup.find(id).filter(r -> r.handedOverTo() == null).stream())
                .map(review -> ClockLine.task(action, review.reference(), "/app/reviews/" + page + "?id="
                        + review.id(), clockRule == null ? Optional.empty() : ClockLine.openOfRule(
                                clocks.ofSubject(ReviewSummary.CLOCK_SUBJECT_TYPE, review.id()), clockRule)))
                .toList();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(DeadlineCalculator.UK));
    }

    /** When something recorded as done on {@code day} happened: now if today, else that day's end. */
    ZonedDateTime dayOf(LocalDate day) {
        return day.equals(today()) ? ZonedDateTime.now(clock.withZone(DeadlineCalculator.UK))
                : DeadlineCalculator.endOf(day);
    }
}

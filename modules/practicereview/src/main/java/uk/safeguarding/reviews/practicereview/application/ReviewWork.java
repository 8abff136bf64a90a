package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.review.application.ReviewLookup;
import uk.safeguarding.reviews.review.application.ReviewSummary;

/** What every step on a practice review needs alike: the review found or audited as not found, and its days. */
@ApplicationScoped
class ReviewWork {

    @Inject
    private ReviewLookup lookup;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The review {@code id}; if there is none here, a "not found" the trail records under {@code recordType}. */
    ReviewSummary review(String id, AuditAction action, String recordType) {
        return lookup.find(id == null ? "" : id.strip()).orElseThrow(() -> audit.notFound(action, recordType, id));
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

package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.safeguarding.reviews.agencies.application.AgencyLookup;
import uk.safeguarding.reviews.clocks.application.ClockLine;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.kernel.work.WorkItem;
import uk.safeguarding.reviews.kernel.work.WorkSource;
import uk.safeguarding.reviews.practicereview.domain.AgencyReview;
import uk.safeguarding.reviews.practicereview.domain.AgencyReviewRound;
import uk.safeguarding.reviews.practicereview.domain.PracticeReviewRepository;
import uk.safeguarding.reviews.review.application.ReviewEngine;
import uk.safeguarding.reviews.review.application.ReviewLookup;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.review.domain.ReviewAct;
import uk.safeguarding.reviews.review.domain.kind.Capability;
import uk.safeguarding.reviews.thresholds.domain.ReviewKind;

/**
 * §4.2 table: what an individual agency review asks of people next. The business unit names the
 * agency once the panel has decided, and scrutinises the lessons once they are sent; the agency's
 * contacts send its lessons, due with the agency's clock.
 */
@ApplicationScoped
@Transactional
public class AgencyReviewWork implements WorkSource {

    @Inject
    private PracticeReviewRepository practiceReviews;

    @Inject
    private ReviewLookup reviews;

    @Inject
    private ReviewEngine engine;

    @Inject
    private ReviewWork work;

    @Inject
    private AgencyLookup agencies;

    @Inject
    private ClockService clocks;

    @Override
    public List<WorkItem> waitingFor(Caller caller, int limit) {
        List<WorkItem> tasks = new ArrayList<>();
        if (ReviewAct.RUN.allowsEverywhere(caller.roles())) {
            List<String> toName = reviews.recentOfKind(ReviewKind.INDIVIDUAL_AGENCY_REVIEW, limit).stream()
                    .map(ReviewSummary::id).filter(id -> practiceReviews.agencyReviewOf(id).isEmpty()
                            && engine.stageAllows(id, Capability.AGENCY_REVIEW))
                    .toList();
            tasks.addAll(work.tasks(toName, "Name the agency that reviews its own practice", "agency-review.xhtml",
                    null));
            tasks.addAll(work.tasks(practiceReviews.reviewsWithLessonsToScrutinise(limit),
                    "Scrutinise the agency's lessons", "agency-review.xhtml", null));
        }
        if (caller.hasRole(Role.AGENCY_CONTRIBUTOR)) {
            List<String> mine = List.copyOf(agencies.idsOfContact(caller.username()));
            List<AgencyReview> waiting = practiceReviews.agencyReviewsOf(mine, limit).stream()
                    .filter(a -> !lastRound(a).sent()).toList();
            Map<String, List<ClockLine>> clocksOf = clocks.ofSubjects(AgencyReview.CLOCK_SUBJECT_TYPE,
                    waiting.stream().map(AgencyReview::id).toList());
            waiting.forEach(a -> tasks.add(ClockLine.task("Send your agency's lessons (" + a.agencyName() + ")",
                    a.reviewReference(), "/app/agency/agency-review.xhtml?id=" + a.id(), ClockLine.openOfRule(
                            clocksOf.getOrDefault(a.id(), List.of()), IndividualAgencyReviews.AGENCY_REVIEW_CLOCK))));
        }
        return tasks;
    }

    private AgencyReviewRound lastRound(AgencyReview asked) {
        List<AgencyReviewRound> rounds = practiceReviews.roundsOf(asked.id());
        return rounds.get(rounds.size() - 1);
    }
}

package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.kernel.work.WorkItem;
import uk.safeguarding.reviews.kernel.work.WorkSource;
import uk.safeguarding.reviews.practicereview.domain.PracticeReviewRepository;
import uk.safeguarding.reviews.practicereview.domain.ReportSignOff;
import uk.safeguarding.reviews.practicereview.domain.ReportVersion;
import uk.safeguarding.reviews.review.application.ReviewLookup;
import uk.safeguarding.reviews.review.application.ReviewSummary;

/**
 * §8.3, §7.12: an agreed report waits in each statutory partner's representative's work list until
 * their partner has answered, and a declined sign-off in the Safeguarding Executive's until it has
 * decided. The policy sets no period for either: these tasks have no clock.
 */
@ApplicationScoped
@Transactional
public class SignOffWork implements WorkSource {

    @Inject
    private PracticeReviewRepository practiceReviews;

    @Inject
    private ReviewLookup reviews;

    @Inject
    private PartnerSignOffs signOffs;

    @Override
    public List<WorkItem> waitingFor(Caller caller, int limit) {
        if (!caller.hasRole(Role.STATUTORY_PARTNER) && !caller.hasRole(Role.EXECUTIVE)) {
            return List.of();
        }
        List<WorkItem> tasks = new ArrayList<>();
        for (String reviewId : practiceReviews.reviewsWithAgreedReports(limit)) {
            Optional<ReviewSummary> review = reviews.find(reviewId).filter(r -> r.handedOverTo() == null);
            Optional<ReportVersion> agreed = practiceReviews.reportVersionsOf(reviewId).stream()
                    .filter(ReportVersion::isFinal).findFirst();
            if (review.isEmpty() || agreed.isEmpty() || practiceReviews.reportOf(reviewId).isPresent()) {
                continue;
            }
            List<ReportSignOff> answers = practiceReviews.signOffsOf(reviewId).stream()
                    .filter(s -> s.versionId().equals(agreed.get().id())).toList();
            String link = "/app/reviews/report.xhtml?id=" + reviewId;
            for (String partner : signOffs.represented(caller, signOffs.partnersOf(review.get()))) {
                if (answers.stream().noneMatch(s -> s.partner().equals(partner))) {
                    tasks.add(new WorkItem("Sign off the report for " + partner, review.get().reference(), link,
                            null, false, null));
                }
            }
            if (caller.hasRole(Role.EXECUTIVE)) {
                answers.stream().filter(ReportSignOff::awaitingExecutive).forEach(s -> tasks.add(new WorkItem(
                        "Decide on " + s.partner() + "'s declined sign-off", review.get().reference(), link, null,
                        false, null)));
            }
        }
        return tasks;
    }
}

package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.safeguarding.reviews.kernel.InternalApi;
import uk.safeguarding.reviews.practicereview.domain.LearningReport;
import uk.safeguarding.reviews.practicereview.domain.PracticeReviewRepository;
import uk.safeguarding.reviews.practicereview.domain.ReportVersion;

/**
 * §8.3: "The findings from any Practice Review will be published in the SSCP Annual Report along with
 * the actions taken in relation to those findings": the reports published in a period, each with its
 * findings (the agreed report's summary written in the product, or the findings recorded with a
 * report agreed as a file). Checks nothing: its callers have checked who may read the annual report.
 */
@InternalApi
@ApplicationScoped
@Transactional
public class PublishedFindings {

    @Inject
    private PracticeReviewRepository practiceReviews;

    /** A published report: its review, title, the day it was published and its findings. */
    public record Published(String reviewId, String title, LocalDate publishedOn, String findings) {
    }

    public List<Published> between(LocalDate first, LocalDate last) {
        List<Published> found = new ArrayList<>();
        practiceReviews.publishedBetween(first, last).forEach(p -> found.add(new Published(p.reviewId(), p.title(),
                p.publishedOn(), findings(p.reviewId()))));
        return found;
    }

    private String findings(String reviewId) {
        Optional<ReportVersion> agreed = practiceReviews.reportVersionsOf(reviewId).stream()
                .filter(ReportVersion::isFinal).findFirst();
        if (agreed.isPresent() && agreed.get().executiveSummary() != null) {
            return agreed.get().executiveSummary();
        }
        return practiceReviews.reportOf(reviewId).map(LearningReport::findings).orElse(null);
    }
}

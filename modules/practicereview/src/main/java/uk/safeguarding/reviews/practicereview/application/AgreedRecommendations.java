package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.safeguarding.reviews.kernel.InternalApi;
import uk.safeguarding.reviews.practicereview.domain.PracticeReviewRepository;
import uk.safeguarding.reviews.practicereview.domain.ReportVersion;
import uk.safeguarding.reviews.practicereview.domain.SmartRecommendation;

/**
 * The recommendations a review agreed, as an action plan takes them on (§9): the SMART
 * recommendations of the report's agreed version, or, for a review that agreed a report written
 * elsewhere, the recommendations recorded with it. Checks nothing: its callers have checked who may
 * read the review.
 */
@InternalApi
@ApplicationScoped
@Transactional
public class AgreedRecommendations {

    @Inject
    private PracticeReviewRepository practiceReviews;

    /** Empty until a report is agreed. */
    public List<Recommendation> of(String reviewId) {
        Optional<ReportVersion> agreed = practiceReviews.reportVersionsOf(reviewId).stream()
                .filter(ReportVersion::isFinal).findFirst();
        List<Recommendation> found = new ArrayList<>();
        if (agreed.isPresent()) {
            List<SmartRecommendation> smart = agreed.get().recommendations();
            for (int i = 0; i < smart.size(); i++) {
                SmartRecommendation r = smart.get(i);
                found.add(new Recommendation(i + 1, r.action(), r.finding(), r.agency(), r.measure(), r.dueBy()));
            }
            return found;
        }
        practiceReviews.reportOf(reviewId).ifPresent(report -> {
            List<String> lines = report.recommendations();
            for (int i = 0; i < lines.size(); i++) {
                found.add(new Recommendation(i + 1, lines.get(i), null, null, null, null));
            }
        });
        return found;
    }

    /**
     * One recommendation, numbered as the report numbers them: what must change, the finding it
     * answers, the agency it names, how we will know and by when (those the report gave).
     */
    public record Recommendation(int number, String action, String finding, String agency, String measure,
            LocalDate dueBy) {
    }
}

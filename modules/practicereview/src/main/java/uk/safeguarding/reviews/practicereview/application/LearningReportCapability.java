package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import uk.safeguarding.reviews.review.application.ReviewCapability;

/**
 * What the learning report capability brings to the review engine (issue 13 §1): the work it reports
 * once a review's report is agreed. Any kind whose stage names {@code learning-report} may use it.
 */
@ApplicationScoped
public class LearningReportCapability implements ReviewCapability {

    @Override
    public Set<String> work() {
        return Set.of(ReportAgreement.AGREED, WrittenReports.DRAFTED, FactualAccuracy.CIRCULATED);
    }

    @Override
    public Set<String> documents() {
        return Set.of();
    }
}

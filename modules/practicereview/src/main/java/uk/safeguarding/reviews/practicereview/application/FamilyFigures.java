package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import uk.safeguarding.reviews.kernel.figures.Figure;
import uk.safeguarding.reviews.kernel.figures.FigureRecord;
import uk.safeguarding.reviews.kernel.figures.FigureSource;
import uk.safeguarding.reviews.kernel.figures.Measure;
import uk.safeguarding.reviews.kernel.figures.ReportingYear;
import uk.safeguarding.reviews.practicereview.domain.FamilyMember;
import uk.safeguarding.reviews.practicereview.domain.PracticeReviewRepository;
import uk.safeguarding.reviews.review.application.ReviewLookup;
import uk.safeguarding.reviews.review.application.ReviewSummary;

/**
 * §10.3 j: the feedback family members involved in a review gave in the year (Document 3), and how
 * many said it was conducted in a sensitive way. The lists name the review and the relationship,
 * never the person. A review handed over is counted where it went.
 */
@ApplicationScoped
@Transactional
public class FamilyFigures implements FigureSource {

    @Inject
    private PracticeReviewRepository practiceReviews;

    @Inject
    private ReviewLookup reviews;

    @Override
    public List<Figure> figures(ReportingYear year) {
        List<FamilyMember> found = practiceReviews.familyFeedbackBetween(year.firstDay(), year.lastDay()).stream()
                .filter(m -> year.holds(m.feedbackOn())).toList();
        Map<String, ReviewSummary> held = reviews.heldHere(found.stream().map(FamilyMember::reviewId).distinct()
                .toList());
        List<FamilyMember> ours = found.stream().filter(m -> held.containsKey(m.reviewId())).toList();
        Figure given = Figure.count(Measure.FAMILY_FEEDBACK, "j.feedback", "Family members' feedback recorded",
                records(ours, held));
        return List.of(given, Figure.partOf(given, "j.sensitive", "Said the review was conducted in a sensitive way",
                records(ours.stream().filter(m -> Boolean.TRUE.equals(m.feedbackSensitive())).toList(), held)));
    }

    private static List<FigureRecord> records(List<FamilyMember> members, Map<String, ReviewSummary> held) {
        return members.stream().map(m -> new FigureRecord(held.get(m.reviewId()).reference(), "the child's "
                + m.relationship() + (Boolean.TRUE.equals(m.feedbackSensitive()) ? ": conducted sensitively"
                        : ": not conducted sensitively"), m.feedbackOn(), "/app/reviews/family.xhtml?id=" + m.reviewId()))
                .toList();
    }
}

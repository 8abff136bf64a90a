package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeguarding.reviews.kernel.figures.Figure;
import uk.safeguarding.reviews.kernel.figures.FigureKeys;
import uk.safeguarding.reviews.kernel.figures.FigureRecord;
import uk.safeguarding.reviews.kernel.figures.FigureSource;
import uk.safeguarding.reviews.kernel.figures.Measure;
import uk.safeguarding.reviews.kernel.figures.ReportingYear;
import uk.safeguarding.reviews.practicereview.domain.PartnershipList;
import uk.safeguarding.reviews.practicereview.domain.PracticeReviewRepository;
import uk.safeguarding.reviews.practicereview.domain.SummaryRating;
import uk.safeguarding.reviews.review.application.ReviewLookup;
import uk.safeguarding.reviews.review.application.ReviewSummary;

/**
 * §10.3 e: the agency summaries rated in the year (each summary once, by the rating that stands),
 * and how many were given each rating of the partnership's scale as it is today; a rating since
 * dropped from the scale is still counted, under its own words. A review handed over is counted
 * where it went.
 */
@ApplicationScoped
@Transactional
public class SummaryQualityFigures implements FigureSource {

    @Inject
    private PracticeReviewRepository practiceReviews;

    @Inject
    private PartnershipLists lists;

    @Inject
    private ReviewLookup reviews;

    @Override
    public List<Figure> figures(ReportingYear year) {
        List<SummaryRating> found = practiceReviews.standingRatingsBetween(year.start(), year.end());
        Map<String, ReviewSummary> held = reviews.heldHere(found.stream().map(SummaryRating::reviewId).distinct()
                .toList());
        List<SummaryRating> ours = found.stream().filter(r -> held.containsKey(r.reviewId())).toList();
        Figure rated = Figure.count(Measure.AGENCY_SUMMARY_QUALITY, "e.rated", "Agency summaries rated", records(ours));
        // The scale's words by key, then any rating since dropped from it; words alike as keys are one figure.
        Map<String, String> ratings = new LinkedHashMap<>();
        lists.stored(PartnershipList.SUMMARY_QUALITY_SCALE).forEach(r -> ratings.putIfAbsent(FigureKeys.slug(r), r));
        ours.forEach(r -> ratings.putIfAbsent(FigureKeys.slug(r.rating()), r.rating()));
        List<Figure> figures = new ArrayList<>();
        figures.add(rated);
        ratings.forEach((key, words) -> figures.add(Figure.partOf(rated, "e.rating." + key, "Rated \u201c" + words
                + "\u201d", records(ours.stream().filter(r -> FigureKeys.slug(r.rating()).equals(key)).toList()))));
        return figures;
    }

    private static List<FigureRecord> records(List<SummaryRating> ratings) {
        return ratings.stream().map(r -> new FigureRecord(r.reviewReference(), r.agencyName() + ": " + r.rating(),
                r.ratedAt().atZoneSameInstant(ReportingYear.UK).toLocalDate(),
                "/app/reviews/return.xhtml?id=" + r.requestId())).toList();
    }
}

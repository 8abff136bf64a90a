package uk.safeguarding.reviews.rapidreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import uk.safeguarding.reviews.kernel.figures.Figure;
import uk.safeguarding.reviews.kernel.figures.FigureKeys;
import uk.safeguarding.reviews.kernel.figures.FigureRecord;
import uk.safeguarding.reviews.kernel.figures.FigureSource;
import uk.safeguarding.reviews.kernel.figures.Measure;
import uk.safeguarding.reviews.kernel.figures.ReportingYear;
import uk.safeguarding.reviews.rapidreview.domain.RapidReviewMeeting;
import uk.safeguarding.reviews.rapidreview.domain.RapidReviewMeetingRepository;
import uk.safeguarding.reviews.rapidreview.domain.Recommendation;
import uk.safeguarding.reviews.review.application.ReviewLookup;
import uk.safeguarding.reviews.review.application.ReviewSummary;

/**
 * §10.3 b, a Rapid Review's outcome: the recommendation that stood (§7.12, after any escalation),
 * counted in the year it was recorded; and §10.3 c: the National Panel's responses dated in the year
 * (§7.13), and those that disagreed with the partnership. A review handed over is counted where it went.
 */
@ApplicationScoped
@Transactional
public class RapidReviewFigures implements FigureSource {

    @Inject
    private RapidReviewMeetingRepository meetings;

    @Inject
    private ReviewLookup reviews;

    @Override
    public List<Figure> figures(ReportingYear year) {
        List<RapidReviewMeeting> found = meetings.decidedOrAnsweredBetween(year.start(), year.end(), year.firstDay(),
                year.lastDay());
        Map<String, ReviewSummary> held = reviews.heldHere(found.stream().map(RapidReviewMeeting::reviewId).toList());
        List<RapidReviewMeeting> ours = found.stream().filter(m -> held.containsKey(m.reviewId())).toList();
        List<Figure> figures = new ArrayList<>();
        for (Recommendation recommendation : Recommendation.values()) {
            figures.add(Figure.count(Measure.REVIEWS, "b.rapid-review-outcome." + FigureKeys.slug(recommendation.name()),
                    "Rapid Review outcome: " + recommendation.label(), records(ours, held,
                            m -> year.holds(m.outcomeRecordedAt()) && m.finalRecommendation() == recommendation,
                            m -> m.outcomeRecordedAt().atZoneSameInstant(ReportingYear.UK).toLocalDate())));
        }
        Predicate<RapidReviewMeeting> answered = m -> year.holds(m.panelRespondedOn()) && m.panelAgrees() != null;
        Figure responded = Figure.count(Measure.NATIONAL_PANEL_DISAGREEMENT, "c.answered",
                "Rapid Reviews the National Panel responded to", records(ours, held, answered,
                        RapidReviewMeeting::panelRespondedOn));
        figures.add(responded);
        figures.add(Figure.partOf(responded, "c.disagreed", "The National Panel disagreed with the partnership",
                records(ours, held, answered.and(m -> !m.panelAgrees()), RapidReviewMeeting::panelRespondedOn)));
        return figures;
    }

    private static List<FigureRecord> records(List<RapidReviewMeeting> meetings, Map<String, ReviewSummary> held,
            Predicate<RapidReviewMeeting> counted, Function<RapidReviewMeeting, LocalDate> on) {
        return meetings.stream().filter(counted)
                .map(m -> new FigureRecord(held.get(m.reviewId()).reference(), "Rapid Review: "
                        + m.finalRecommendation().label()
                        + (m.panelAgrees() == null ? "" : m.panelAgrees() ? "; the National Panel agreed"
                                : "; the National Panel disagreed"),
                        on.apply(m), "/app/reviews/meeting.xhtml?id=" + m.reviewId()))
                .sorted(Comparator.comparing(FigureRecord::on).thenComparing(FigureRecord::reference))
                .toList();
    }
}

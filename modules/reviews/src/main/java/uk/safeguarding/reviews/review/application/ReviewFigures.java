package uk.safeguarding.reviews.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.safeguarding.reviews.kernel.figures.Figure;
import uk.safeguarding.reviews.kernel.figures.FigureRecord;
import uk.safeguarding.reviews.kernel.figures.FigureSource;
import uk.safeguarding.reviews.kernel.figures.Measure;
import uk.safeguarding.reviews.kernel.figures.ReportingYear;
import uk.safeguarding.reviews.review.domain.Review;
import uk.safeguarding.reviews.review.domain.ReviewRepository;
import uk.safeguarding.reviews.review.domain.StageMove;
import uk.safeguarding.reviews.review.domain.kind.KindDefinition;
import uk.safeguarding.reviews.thresholds.domain.ReviewKind;

/**
 * §10.3 b: the reviews the partnership opened in the year, by kind, and those that reached their
 * kind's last stage in the year. A review handed over to another partnership is counted there
 * (§10.2), once.
 */
@ApplicationScoped
@Transactional
public class ReviewFigures implements FigureSource {

    @Inject
    private ReviewRepository reviews;

    @Inject
    private ReviewKinds kinds;

    @Override
    public List<Figure> figures(ReportingYear year) {
        Map<String, KindDefinition> definitions = new HashMap<>();
        List<Review> opened = reviews.openedBetween(year.start(), year.end());
        List<StageMove> finished = reviews.movesBetween(year.start(), year.end()).stream()
                .filter(move -> definition(definitions, move.kind(), move.kindVersion()).stage(move.toStage())
                        .map(stage -> stage.isFinal()).orElse(false))
                .toList();
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.count(Measure.REVIEWS, "b.opened", "Reviews opened", opened.stream()
                .map(review -> opened(review, definitions)).toList()));
        for (ReviewKind kind : ReviewKind.values()) {
            String kindKey = kind.key();
            String name = definition(definitions, kind, null).name();
            figures.add(Figure.count(Measure.REVIEWS, "b.opened." + kindKey, "Opened: " + name, opened.stream()
                    .filter(review -> review.kind() == kind).map(review -> opened(review, definitions)).toList()));
            figures.add(Figure.count(Measure.REVIEWS, "b.completed." + kindKey, "Completed: " + name, finished.stream()
                    .filter(move -> move.kind() == kind).map(move -> completed(move, definitions)).toList()));
        }
        return figures;
    }

    private FigureRecord opened(Review review, Map<String, KindDefinition> definitions) {
        KindDefinition definition = definition(definitions, review.kind(), review.kindVersion());
        return new FigureRecord(review.reference(), definition.name() + "; now " + definition.stageName(review.stage()),
                review.openedAt().atZoneSameInstant(ReportingYear.UK).toLocalDate(), link(review.id()));
    }

    private FigureRecord completed(StageMove move, Map<String, KindDefinition> definitions) {
        KindDefinition definition = definition(definitions, move.kind(), move.kindVersion());
        return new FigureRecord(move.reference(), definition.name() + "; " + definition.stageName(move.toStage()),
                move.at().atZoneSameInstant(ReportingYear.UK).toLocalDate(), link(move.reviewId()));
    }

    /** A kind's definition, read once per version for one set of figures; null for the version in force. */
    private KindDefinition definition(Map<String, KindDefinition> read, ReviewKind kind, Integer version) {
        return read.computeIfAbsent(kind.key() + "@" + version, k -> version == null ? kinds.opening(kind.key()).definition()
                : kinds.definition(kind.key(), version));
    }

    private static String link(String reviewId) {
        return "/app/reviews/view.xhtml?id=" + reviewId;
    }
}

package uk.safeguarding.reviews.review.application;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import uk.safeguarding.reviews.kernel.PlainDates;
import uk.safeguarding.reviews.review.domain.ReviewRepository;
import uk.safeguarding.reviews.review.domain.ReviewRepository.Order;
import uk.safeguarding.reviews.thresholds.domain.ReviewKind;

/**
 * What a list of reviews is narrowed to and ordered by (issue 14 §2): a kind, a stage (by its key in
 * the kinds' definitions), the year a review opened, and the order. Anything a page cannot read (an
 * unknown kind, a year that is not a number) narrows nothing: the page shows what it filters on.
 */
public record ReviewFilter(ReviewKind kind, String stage, Integer year, Order sort) {

    public static final ReviewFilter NONE = new ReviewFilter(null, null, null, Order.NEWEST);

    public ReviewFilter {
        stage = stage == null || stage.isBlank() ? null : stage.strip();
        sort = sort == null ? Order.NEWEST : sort;
    }

    /** From a page's parameters, as typed into its address: what cannot be read is left out. */
    public static ReviewFilter of(String kindKey, String stage, String year, String sort) {
        ReviewKind kind = Arrays.stream(ReviewKind.values()).filter(k -> k.key().equals(kindKey)).findFirst()
                .orElse(null);
        Integer opened = null;
        if (year != null && year.strip().matches("\\d{4}")) {
            opened = Integer.valueOf(year.strip());
        }
        Order order = Arrays.stream(Order.values()).filter(o -> o.name().equalsIgnoreCase(sort == null ? "" : sort.strip()))
                .findFirst().orElse(Order.NEWEST);
        return new ReviewFilter(kind, stage, opened, order);
    }

    public boolean narrows() {
        return kind != null || stage != null || year != null;
    }

    public Optional<String> kindKey() {
        return Optional.ofNullable(kind).map(ReviewKind::key);
    }

    /** The store's terms: a year is the span of its days in the UK. */
    ReviewRepository.ReviewQuery query() {
        OffsetDateTime from = year == null ? null : PlainDates.startOfYear(year);
        OffsetDateTime before = year == null ? null : PlainDates.startOfYear(year + 1);
        return new ReviewRepository.ReviewQuery(kind, stage, from, before, sort);
    }
}

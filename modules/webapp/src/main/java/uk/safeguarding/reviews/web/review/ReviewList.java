package uk.safeguarding.reviews.web.review;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.Page;
import uk.safeguarding.reviews.review.application.ReviewFilter;
import uk.safeguarding.reviews.review.application.ReviewFilterChoices;
import uk.safeguarding.reviews.review.application.ReviewRow;
import uk.safeguarding.reviews.review.application.ReviewService;
import uk.safeguarding.reviews.review.domain.ReviewRepository.Order;
import uk.safeguarding.reviews.web.shell.Messages;
import uk.safeguarding.reviews.web.shell.ListAddress;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * The partnership's reviews, a page at a time, with the stage each is at and its next deadline,
 * filtered by kind, stage and year and ordered as chosen (issue 14 §2). The filters are a plain GET
 * form, so a filtered list has its own address, and an empty result says which filter hid what.
 */
@Named
@RequestScoped
public class ReviewList extends ListAddress {

    @Inject
    private ReviewService reviews;

    private String stage;
    private ReviewFilter filter = ReviewFilter.NONE;
    private ReviewFilterChoices choices = new ReviewFilterChoices(List.of(), List.of());
    private Page<ReviewRow> list = new Page<>(List.of(), 1, Page.DEFAULT_SIZE, 0);

    /** View action: loads before rendering, so a refusal is a clean 403. */
    public void load() {
        try {
            filter = ReviewFilter.of(getKind(), stage, getYear(), getSort());
            choices = reviews.filterChoices();
            list = reviews.list(filter, Pages.number(getPage()));
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    /** The filters in force, in words: "Kind: Rapid Review; Year: 2025". Empty when nothing narrows the list. */
    public String getActiveFilters() {
        List<String> active = new ArrayList<>();
        filter.kindKey().ifPresent(k -> active.add(Messages.text("reviews.filter.kind") + ": " + choices.kindName(k)));
        if (filter.stage() != null) {
            active.add(Messages.text("reviews.filter.stage") + ": " + choices.stageName(filter.stage()));
        }
        if (filter.year() != null) {
            active.add(Messages.text("reviews.filter.year") + ": " + filter.year());
        }
        return String.join("; ", active);
    }

    public String getCaptionKey() {
        return "reviews.caption." + filter.sort().name();
    }

    public Order[] getSorts() {
        return Order.values();
    }

    public ReviewFilter getFilter() {
        return filter;
    }

    public ReviewFilterChoices getChoices() {
        return choices;
    }

    public List<ReviewRow> getRows() {
        return list.items();
    }

    public Page<ReviewRow> getList() {
        return list;
    }





    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }




}

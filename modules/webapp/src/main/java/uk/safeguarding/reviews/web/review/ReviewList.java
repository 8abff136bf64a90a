package uk.safeguarding.reviews.web.review;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.Page;
import uk.safeguarding.reviews.review.application.ReviewRow;
import uk.safeguarding.reviews.review.application.ReviewService;
import uk.safeguarding.reviews.web.shell.Pages;

/** The partnership's reviews, a page at a time, with the stage each is at and its next deadline. */
@Named
@RequestScoped
public class ReviewList {

    @Inject
    private ReviewService reviews;

    private String page;
    private Page<ReviewRow> list = new Page<>(List.of(), 1, Page.DEFAULT_SIZE, 0);

    /** View action: loads before rendering, so a refusal is a clean 403. */
    public void load() {
        try {
            list = reviews.list(Pages.number(page));
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public List<ReviewRow> getRows() {
        return list.items();
    }

    public Page<ReviewRow> getList() {
        return list;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}

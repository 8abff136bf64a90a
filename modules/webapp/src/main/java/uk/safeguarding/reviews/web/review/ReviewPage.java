package uk.safeguarding.reviews.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import uk.safeguarding.reviews.clocks.application.ClockLine;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.ReadOnlyRecordException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.review.application.ReviewService;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.web.shell.Messages;
import uk.safeguarding.reviews.web.shell.Pages;

/** One review: its clocks and the Ofsted check (§7.5). */
@Named
@ViewScoped
public class ReviewPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private ReviewService reviews;


    private String id;
    private ReviewSummary review;
    private List<ClockLine> reviewClocks = List.of();
    private Boolean ofstedNeeded;
    private LocalDate ofstedNotifiedOn;

    public void load() {
        try {
            review = reviews.view(id);
            reviewClocks = reviews.clocksOf(review.id());
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        } catch (RecordNotFoundException e) {
            Pages.notFound();
        }
    }

    public String recordOfstedCheck() {
        if (ofstedNeeded == null) {
            Messages.errorFor("ofsted:needed", Messages.text("review.ofsted.choose"));
            return null;
        }
        try {
            reviews.recordOfstedCheck(id, ofstedNeeded, ofstedNotifiedOn);
            Messages.info("review.ofstedRecorded");
            return "/app/reviews/view?faces-redirect=true&id=" + id;
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        } catch (InvalidFieldException | ReadOnlyRecordException e) {
            Messages.errorFor("ofsted:notifiedOn", e.getMessage());
        }
        return null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ReviewSummary getReview() {
        return review;
    }

    public List<ClockLine> getClocks() {
        return reviewClocks;
    }



    public Boolean getOfstedNeeded() {
        return ofstedNeeded;
    }

    public void setOfstedNeeded(Boolean ofstedNeeded) {
        this.ofstedNeeded = ofstedNeeded;
    }

    public LocalDate getOfstedNotifiedOn() {
        return ofstedNotifiedOn;
    }

    public void setOfstedNotifiedOn(LocalDate ofstedNotifiedOn) {
        this.ofstedNotifiedOn = ofstedNotifiedOn;
    }
}

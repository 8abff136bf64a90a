package uk.safeguarding.reviews.web.rapidreview;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.safeguarding.reviews.kernel.Page;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.learning.application.OwnerAction;
import uk.safeguarding.reviews.learning.application.OwnerActions;
import uk.safeguarding.reviews.practicereview.application.AccuracyTask;
import uk.safeguarding.reviews.practicereview.application.AgencyReviewView;
import uk.safeguarding.reviews.practicereview.application.IndividualAgencyReviews;
import uk.safeguarding.reviews.practicereview.application.FactualAccuracy;
import uk.safeguarding.reviews.rapidreview.application.AgencyReturns;
import uk.safeguarding.reviews.rapidreview.application.AgencyTask;
import uk.safeguarding.reviews.rapidreview.application.CrossBoundaryTask;
import uk.safeguarding.reviews.rapidreview.application.CrossBoundaryTasks;
import uk.safeguarding.reviews.web.shell.Pages;

/** The requests of the agencies the contributor answers for. */
@Named
@RequestScoped
public class AgencyTasksPage {

    @Inject
    private AgencyReturns returns;

    @Inject
    private CrossBoundaryTasks crossBoundary;

    @Inject
    private FactualAccuracy accuracy;

    @Inject
    private IndividualAgencyReviews individualReviews;

    @Inject
    private OwnerActions ownerActions;

    private String page;
    private Page<AgencyTask> tasks = new Page<>(List.of(), 1, Page.DEFAULT_SIZE, 0);
    private List<CrossBoundaryTask> fromElsewhere = List.of();
    private List<AccuracyTask> drafts = List.of();
    private List<AgencyReviewView> agencyReviews = List.of();
    private List<OwnerAction> actions = List.of();

    public void load() {
        try {
            tasks = returns.myTasks(Pages.number(page));
            fromElsewhere = crossBoundary.mine();
            drafts = accuracy.forMe(Page.DEFAULT_SIZE);
            agencyReviews = individualReviews.forMe(Page.DEFAULT_SIZE);
            actions = ownerActions.mine(Page.DEFAULT_SIZE);
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public List<AgencyTask> getTasks() {
        return tasks.items();
    }

    public Page<AgencyTask> getList() {
        return tasks;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    /** §8.3: draft reports sent to this person's agencies for factual accuracy, the latest first. */
    public List<AccuracyTask> getDrafts() {
        return drafts;
    }

    /** §4.2 table: the individual agency reviews asked of this person's agencies, the latest first. */
    public List<AgencyReviewView> getAgencyReviews() {
        return agencyReviews;
    }

    /** §9: the actions of review plans owned by this person's agencies. */
    public List<OwnerAction> getActions() {
        return actions;
    }

    /** Requests other partnerships sent this person's agency (§10.2), opened from here. */
    public List<CrossBoundaryTask> getFromElsewhere() {
        return fromElsewhere;
    }
}

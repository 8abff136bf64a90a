package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import java.time.LocalDate;
import uk.safeguarding.reviews.practicereview.domain.Dissemination;
import uk.safeguarding.reviews.practicereview.domain.LearningSummary;

/** A Good Outcome Review's learning summary (§5.3) and an occasion it was shared, as typed. */
public class GoodPracticeForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String success;
    private String learning;
    private String furtherImprovement;
    private String audiences;
    private String agreedBy;
    private LocalDate agreedOn;
    private LocalDate sharedOn;
    private String audience;
    private String method;
    private Integer reached;

    LearningSummary.Summary summary() {
        return new LearningSummary.Summary(success, learning, furtherImprovement, audiences, agreedBy, agreedOn);
    }

    Dissemination.Occasion occasion() {
        return new Dissemination.Occasion(sharedOn, audience, method, reached);
    }

    public String getSuccess() {
        return success;
    }

    public void setSuccess(String success) {
        this.success = success;
    }

    public String getLearning() {
        return learning;
    }

    public void setLearning(String learning) {
        this.learning = learning;
    }

    public String getFurtherImprovement() {
        return furtherImprovement;
    }

    public void setFurtherImprovement(String furtherImprovement) {
        this.furtherImprovement = furtherImprovement;
    }

    public String getAudiences() {
        return audiences;
    }

    public void setAudiences(String audiences) {
        this.audiences = audiences;
    }

    public String getAgreedBy() {
        return agreedBy;
    }

    public void setAgreedBy(String agreedBy) {
        this.agreedBy = agreedBy;
    }

    public LocalDate getAgreedOn() {
        return agreedOn;
    }

    public void setAgreedOn(LocalDate agreedOn) {
        this.agreedOn = agreedOn;
    }

    public LocalDate getSharedOn() {
        return sharedOn;
    }

    public void setSharedOn(LocalDate sharedOn) {
        this.sharedOn = sharedOn;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public Integer getReached() {
        return reached;
    }

    public void setReached(Integer reached) {
        this.reached = reached;
    }
}

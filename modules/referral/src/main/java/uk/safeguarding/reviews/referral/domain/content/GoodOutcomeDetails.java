package uk.safeguarding.reviews.referral.domain.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A Good Outcome Review referral (Document 6, §5.3): what was done, how it made a difference to the
 * child's lived experience and how that is known, the barriers overcome, and the learning for others.
 */
public class GoodOutcomeDetails implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{content.gor.livedExperience.required}", groups = ReferralStep.GoodOutcome.class)
    @Size(max = 4000, message = "{content.text4000}", groups = ReferralStep.GoodOutcome.class)
    private String livedExperience;

    @NotBlank(message = "{content.gor.howKnown.required}", groups = ReferralStep.GoodOutcome.class)
    @Size(max = 4000, message = "{content.text4000}", groups = ReferralStep.GoodOutcome.class)
    private String howKnown;

    @NotBlank(message = "{content.gor.stepsTaken.required}", groups = ReferralStep.GoodOutcome.class)
    @Size(max = 4000, message = "{content.text4000}", groups = ReferralStep.GoodOutcome.class)
    private String stepsTaken;

    @Size(max = 4000, message = "{content.text4000}", groups = ReferralStep.GoodOutcome.class)
    private String barriers;

    @NotBlank(message = "{content.gor.effect.required}", groups = ReferralStep.GoodOutcome.class)
    @Size(max = 4000, message = "{content.text4000}", groups = ReferralStep.GoodOutcome.class)
    private String effectOnOutcomes;

    @NotBlank(message = "{content.gor.learning.required}", groups = ReferralStep.GoodOutcome.class)
    @Size(max = 4000, message = "{content.text4000}", groups = ReferralStep.GoodOutcome.class)
    private String learningForOthers;

    /** §5.3: "clear objectives, including an explanation of what was happening before ..., why it was needed and how it was implemented". */
    @NotBlank(message = "{content.gor.objectives.required}", groups = ReferralStep.GoodOutcome.class)
    @Size(max = 4000, message = "{content.text4000}", groups = ReferralStep.GoodOutcome.class)
    private String objectives;

    /** §5.3: "the effect the change had on service performance and outcomes through an evaluation process". */
    @NotBlank(message = "{content.gor.evaluation.required}", groups = ReferralStep.GoodOutcome.class)
    @Size(max = 4000, message = "{content.text4000}", groups = ReferralStep.GoodOutcome.class)
    private String servicePerformance;

    /** §5.3: "help to identify learning and further areas for improvement". */
    @NotBlank(message = "{content.gor.furtherImprovement.required}", groups = ReferralStep.GoodOutcome.class)
    @Size(max = 4000, message = "{content.text4000}", groups = ReferralStep.GoodOutcome.class)
    private String furtherImprovement;

    public String getLivedExperience() {
        return livedExperience;
    }

    public void setLivedExperience(String livedExperience) {
        this.livedExperience = livedExperience;
    }

    public String getHowKnown() {
        return howKnown;
    }

    public void setHowKnown(String howKnown) {
        this.howKnown = howKnown;
    }

    public String getStepsTaken() {
        return stepsTaken;
    }

    public void setStepsTaken(String stepsTaken) {
        this.stepsTaken = stepsTaken;
    }

    public String getBarriers() {
        return barriers;
    }

    public void setBarriers(String barriers) {
        this.barriers = barriers;
    }

    public String getEffectOnOutcomes() {
        return effectOnOutcomes;
    }

    public void setEffectOnOutcomes(String effectOnOutcomes) {
        this.effectOnOutcomes = effectOnOutcomes;
    }

    public String getLearningForOthers() {
        return learningForOthers;
    }

    public void setLearningForOthers(String learningForOthers) {
        this.learningForOthers = learningForOthers;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public String getServicePerformance() {
        return servicePerformance;
    }

    public void setServicePerformance(String servicePerformance) {
        this.servicePerformance = servicePerformance;
    }

    public String getFurtherImprovement() {
        return furtherImprovement;
    }

    public void setFurtherImprovement(String furtherImprovement) {
        this.furtherImprovement = furtherImprovement;
    }
}

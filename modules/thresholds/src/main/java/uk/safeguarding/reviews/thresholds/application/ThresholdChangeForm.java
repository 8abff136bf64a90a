package uk.safeguarding.reviews.thresholds.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.safeguarding.reviews.thresholds.domain.ReviewKind;
import uk.safeguarding.reviews.thresholds.domain.TieRule;

/**
 * A business manager's change to the thresholds, as typed: questions and partners one per line.
 * Messages: ContributorValidationMessages.properties.
 */
public class ThresholdChangeForm implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotEmpty(message = "{thresholds.kinds.required}")
    private List<ReviewKind> kinds = new ArrayList<>();

    @Size(max = 5000, message = "{thresholds.questions.tooLong}")
    private String rapidReviewQuestions;

    @Size(max = 5000, message = "{thresholds.questions.tooLong}")
    private String localCaseReviewQuestions;

    @Size(max = 5000, message = "{thresholds.questions.tooLong}")
    private String goodOutcomeReviewQuestions;

    @NotNull(message = "{thresholds.quorum.required}")
    @Min(value = 1, message = "{thresholds.quorum.min}")
    @Max(value = 50, message = "{thresholds.panel.max}")
    private Integer quorum;

    @NotNull(message = "{thresholds.panelSize.required}")
    @Min(value = 1, message = "{thresholds.panelSize.min}")
    @Max(value = 50, message = "{thresholds.panel.max}")
    private Integer panelSize;

    @NotNull(message = "{thresholds.tieRule.required}")
    private TieRule tieRule;

    @NotBlank(message = "{thresholds.partners.required}")
    @Size(max = 2000, message = "{thresholds.partners.tooLong}")
    private String statutoryPartners;

    private boolean equalityConsiderationRequired = true;

    /** §10.1: the Virtual Panel's members by sign-in name, one to a line; empty for anyone with the role. */
    private String panelMembers;

    @NotNull(message = "{thresholds.effectiveFrom.required}")
    private LocalDate effectiveFrom;

    @NotBlank(message = "{thresholds.reason.required}")
    @Size(max = 1000, message = "{thresholds.reason.tooLong}")
    private String reason;

    /** The lines typed for one kind's questions. */
    public String questionsFor(ReviewKind kind) {
        return switch (kind) {
            case RAPID_REVIEW -> rapidReviewQuestions;
            case LOCAL_CASE_REVIEW -> localCaseReviewQuestions;
            case GOOD_OUTCOME_REVIEW -> goodOutcomeReviewQuestions;
            // never decided by criteria questions on a referral: no questions
            case CHILD_SAFEGUARDING_PRACTICE_REVIEW, INDIVIDUAL_AGENCY_REVIEW -> null;
        };
    }

    public void setQuestionsFor(ReviewKind kind, String lines) {
        switch (kind) {
            case RAPID_REVIEW -> rapidReviewQuestions = lines;
            case LOCAL_CASE_REVIEW -> localCaseReviewQuestions = lines;
            case GOOD_OUTCOME_REVIEW -> goodOutcomeReviewQuestions = lines;
            default -> throw new IllegalArgumentException(kind.name());
        }
    }

    /** The form field that holds a kind's questions, for placing a message beside it. */
    public static String questionsField(ReviewKind kind) {
        return switch (kind) {
            case RAPID_REVIEW -> "rapidReviewQuestions";
            case LOCAL_CASE_REVIEW -> "localCaseReviewQuestions";
            case GOOD_OUTCOME_REVIEW -> "goodOutcomeReviewQuestions";
            case CHILD_SAFEGUARDING_PRACTICE_REVIEW, INDIVIDUAL_AGENCY_REVIEW -> "kinds";
        };
    }

    public List<ReviewKind> getKinds() {
        return kinds;
    }

    public void setKinds(List<ReviewKind> kinds) {
        this.kinds = kinds == null ? new ArrayList<>() : new ArrayList<>(kinds);
    }

    public String getRapidReviewQuestions() {
        return rapidReviewQuestions;
    }

    public void setRapidReviewQuestions(String rapidReviewQuestions) {
        this.rapidReviewQuestions = rapidReviewQuestions;
    }

    public String getLocalCaseReviewQuestions() {
        return localCaseReviewQuestions;
    }

    public void setLocalCaseReviewQuestions(String localCaseReviewQuestions) {
        this.localCaseReviewQuestions = localCaseReviewQuestions;
    }

    public String getGoodOutcomeReviewQuestions() {
        return goodOutcomeReviewQuestions;
    }

    public void setGoodOutcomeReviewQuestions(String goodOutcomeReviewQuestions) {
        this.goodOutcomeReviewQuestions = goodOutcomeReviewQuestions;
    }

    public Integer getQuorum() {
        return quorum;
    }

    public void setQuorum(Integer quorum) {
        this.quorum = quorum;
    }

    public Integer getPanelSize() {
        return panelSize;
    }

    public void setPanelSize(Integer panelSize) {
        this.panelSize = panelSize;
    }

    public TieRule getTieRule() {
        return tieRule;
    }

    public void setTieRule(TieRule tieRule) {
        this.tieRule = tieRule;
    }

    public String getPanelMembers() {
        return panelMembers;
    }

    public void setPanelMembers(String panelMembers) {
        this.panelMembers = panelMembers;
    }

    public boolean isEqualityConsiderationRequired() {
        return equalityConsiderationRequired;
    }

    public void setEqualityConsiderationRequired(boolean equalityConsiderationRequired) {
        this.equalityConsiderationRequired = equalityConsiderationRequired;
    }

    public String getStatutoryPartners() {
        return statutoryPartners;
    }

    public void setStatutoryPartners(String statutoryPartners) {
        this.statutoryPartners = statutoryPartners;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

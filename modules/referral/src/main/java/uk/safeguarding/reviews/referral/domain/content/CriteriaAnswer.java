package uk.safeguarding.reviews.referral.domain.content;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/** The referrer's answer to one of the partnership's criteria questions, with the question as it was asked. */
public class CriteriaAnswer implements Serializable {
    private static final long serialVersionUID = 1L;

    public enum Answer { YES, NO, NOT_KNOWN }

    private String kind;

    private String question;

    @NotNull(message = "{content.criteria.required}", groups = ReferralStep.Criteria.class)
    private Answer answer;

    public CriteriaAnswer() {
        // for binding and JSON
    }

    public CriteriaAnswer(String kind, String question) {
        this.kind = kind;
        this.question = question;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public Answer getAnswer() {
        return answer;
    }

    public void setAnswer(Answer answer) {
        this.answer = answer;
    }
}

package uk.safeguarding.reviews.rapidreview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Agency Summary (Toolkit Document 8, §7.7): what the agency knew of the child and family, the
 * decisions it took, its own analysis of its practice, the learning and actions already taken, and
 * whether its records were secured (§7.9). A JavaBean so the form binds to it directly.
 */
@Embeddable
public class AgencySummary implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Longest answer accepted in one box; a summary is a summary (the full report comes later, §8). */
    public static final int MAX_LENGTH = 8000;

    @Column(name = "involvement")
    private String involvement;

    @Column(name = "key_decisions")
    private String keyDecisions;

    @Column(name = "practice_analysis")
    private String practiceAnalysis;

    @Column(name = "immediate_learning")
    private String immediateLearning;

    @Column(name = "actions_taken")
    private String actionsTaken;

    public AgencySummary() {
        // empty until the agency writes it
    }

    public AgencySummary(AgencySummary other) {
        involvement = other.involvement;
        keyDecisions = other.keyDecisions;
        practiceAnalysis = other.practiceAnalysis;
        immediateLearning = other.immediateLearning;
        actionsTaken = other.actionsTaken;
    }

    /** Field name to its question, in the order of Document 8. */
    public static Map<String, String> questions() {
        Map<String, String> questions = new LinkedHashMap<>();
        questions.put("involvement", "The agency's involvement with the child and family");
        questions.put("keyDecisions", "Key decisions taken");
        questions.put("practiceAnalysis", "Analysis of the agency's practice");
        questions.put("immediateLearning", "Immediate learning");
        questions.put("actionsTaken", "Actions already taken");
        return questions;
    }

    public Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("involvement", involvement);
        answers.put("keyDecisions", keyDecisions);
        answers.put("practiceAnalysis", practiceAnalysis);
        answers.put("immediateLearning", immediateLearning);
        answers.put("actionsTaken", actionsTaken);
        return answers;
    }

    /** What stops submission: an unanswered question says so by name; "none" is an answer. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> questions = questions();
        answers().forEach((field, answer) -> {
            if (answer == null || answer.isBlank()) {
                problems.add(new Problem(field, "Answer \u201c" + questions.get(field)
                        + "\u201d (write \u201cNone\u201d if there is nothing to say)"));
            } else if (answer.length() > MAX_LENGTH) {
                problems.add(new Problem(field, "\u201c" + questions.get(field) + "\u201d is " + answer.length()
                        + " characters long; at most " + MAX_LENGTH + " are kept in a summary"));
            }
        });
        return problems;
    }

    /** A field-level problem: the form shows it beside the field it names. */
    public record Problem(String field, String message) {
    }

    public String getInvolvement() {
        return involvement;
    }

    public void setInvolvement(String involvement) {
        this.involvement = involvement;
    }

    public String getKeyDecisions() {
        return keyDecisions;
    }

    public void setKeyDecisions(String keyDecisions) {
        this.keyDecisions = keyDecisions;
    }

    public String getPracticeAnalysis() {
        return practiceAnalysis;
    }

    public void setPracticeAnalysis(String practiceAnalysis) {
        this.practiceAnalysis = practiceAnalysis;
    }

    public String getImmediateLearning() {
        return immediateLearning;
    }

    public void setImmediateLearning(String immediateLearning) {
        this.immediateLearning = immediateLearning;
    }

    public String getActionsTaken() {
        return actionsTaken;
    }

    public void setActionsTaken(String actionsTaken) {
        this.actionsTaken = actionsTaken;
    }
}

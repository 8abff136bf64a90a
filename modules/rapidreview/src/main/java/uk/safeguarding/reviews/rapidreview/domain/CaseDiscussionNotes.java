package uk.safeguarding.reviews.rapidreview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The meeting's notes under the headings of the Case Discussion Tool (Document 11), which §3 (Methodology)
 * recommends for Rapid Review meetings, following what §7.12 says the meeting should do. A JavaBean
 * so the form binds to it.
 */
@Embeddable
public class CaseDiscussionNotes implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "notes_facts")
    private String facts;

    @Column(name = "notes_worries")
    private String worries;

    @Column(name = "notes_working_well")
    private String workingWell;

    @Column(name = "notes_improvements")
    private String improvements;

    @Column(name = "notes_learning")
    private String learning;

    public CaseDiscussionNotes() {
        // empty until the meeting writes them
    }

    public CaseDiscussionNotes(CaseDiscussionNotes other) {
        facts = other.facts;
        worries = other.worries;
        workingWell = other.workingWell;
        improvements = other.improvements;
        learning = other.learning;
    }

    /** Field name to heading, in the tool's order. */
    public static Map<String, String> headings() {
        Map<String, String> headings = new LinkedHashMap<>();
        headings.put("facts", "The facts of the case as the papers present them");
        headings.put("worries", "What are we worried about? Practice and multi-agency concerns");
        headings.put("workingWell", "What was working well?");
        headings.put("improvements", "What needs to happen? Potential improvements to safeguard children");
        headings.put("learning", "Learning to share now");
        return headings;
    }

    public Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("facts", facts);
        answers.put("worries", worries);
        answers.put("workingWell", workingWell);
        answers.put("improvements", improvements);
        answers.put("learning", learning);
        return answers;
    }

    public String getFacts() {
        return facts;
    }

    public void setFacts(String facts) {
        this.facts = facts;
    }

    public String getWorries() {
        return worries;
    }

    public void setWorries(String worries) {
        this.worries = worries;
    }

    public String getWorkingWell() {
        return workingWell;
    }

    public void setWorkingWell(String workingWell) {
        this.workingWell = workingWell;
    }

    public String getImprovements() {
        return improvements;
    }

    public void setImprovements(String improvements) {
        this.improvements = improvements;
    }

    public String getLearning() {
        return learning;
    }

    public void setLearning(String learning) {
        this.learning = learning;
    }
}

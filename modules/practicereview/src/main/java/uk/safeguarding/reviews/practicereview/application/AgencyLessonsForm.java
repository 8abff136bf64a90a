package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import uk.safeguarding.reviews.practicereview.domain.AgencyReviewRound;

/** An agency's lessons from reviewing its own practice (§4.2 table), as its contact typed them. */
public class AgencyLessonsForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String scope;
    private String findings;
    private String lessons;
    private String changes;
    private String sharedLearning;

    AgencyReviewRound.Lessons lessonsSent() {
        return new AgencyReviewRound.Lessons(scope, findings, lessons, changes, sharedLearning);
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    public String getLessons() {
        return lessons;
    }

    public void setLessons(String lessons) {
        this.lessons = lessons;
    }

    public String getChanges() {
        return changes;
    }

    public void setChanges(String changes) {
        this.changes = changes;
    }

    public String getSharedLearning() {
        return sharedLearning;
    }

    public void setSharedLearning(String sharedLearning) {
        this.sharedLearning = sharedLearning;
    }
}

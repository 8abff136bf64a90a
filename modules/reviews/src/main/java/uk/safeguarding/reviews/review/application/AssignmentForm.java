package uk.safeguarding.reviews.review.application;

import java.io.Serializable;
import uk.safeguarding.reviews.review.domain.ReviewPart;

/** Who is assigned to a review, and as what: the business manager's form (issue 14 §1). */
public class AssignmentForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String username;
    private String personName;
    private ReviewPart part;
    private String represents;
    private boolean independent;
    private String conflicts;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPersonName() {
        return personName;
    }

    public void setPersonName(String personName) {
        this.personName = personName;
    }

    public ReviewPart getPart() {
        return part;
    }

    public void setPart(ReviewPart part) {
        this.part = part;
    }

    public String getRepresents() {
        return represents;
    }

    public void setRepresents(String represents) {
        this.represents = represents;
    }

    public boolean isIndependent() {
        return independent;
    }

    public void setIndependent(boolean independent) {
        this.independent = independent;
    }

    public String getConflicts() {
        return conflicts;
    }

    public void setConflicts(String conflicts) {
        this.conflicts = conflicts;
    }
}

package uk.safeguarding.reviews.linking.application;

import java.time.LocalDate;

/** What a board's business manager enters to record a review the board decided to hold. */
public class BoardReviewForm {

    private String kind;
    private String subjectName;
    private LocalDate subjectBornOn;
    private LocalDate decidedOn;
    private String leadReviewer;

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public void setSubjectName(String subjectName) {
        this.subjectName = subjectName;
    }

    public LocalDate getSubjectBornOn() {
        return subjectBornOn;
    }

    public void setSubjectBornOn(LocalDate subjectBornOn) {
        this.subjectBornOn = subjectBornOn;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getLeadReviewer() {
        return leadReviewer;
    }

    public void setLeadReviewer(String leadReviewer) {
        this.leadReviewer = leadReviewer;
    }
}

package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import java.time.LocalDate;
import uk.safeguarding.reviews.practicereview.domain.TermsOfReference;

/**
 * What the terms of reference page sends: a version's headings and questions (§8.2, §8.3), the
 * review group's agreement, or the Practice Review Sub-Group's sign-off (§8.1).
 */
public class TermsForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String timescales;
    private String familyInvolvement;
    private String evidence;
    private String policyAndProcedure;
    private String legalAdvice;
    private String questions;
    private LocalDate agreedOn;
    private String agreedBy;
    private LocalDate signedOffOn;
    private String meeting;
    private String chair;

    TermsOfReference.Headings headings() {
        return new TermsOfReference.Headings(timescales, familyInvolvement, evidence, policyAndProcedure, legalAdvice,
                questions);
    }

    /** Starts the next version from the latest one, so a change is typed as a change. */
    public void startFrom(TermsVersionView latest) {
        timescales = latest.timescales();
        familyInvolvement = latest.familyInvolvement();
        evidence = latest.evidence();
        policyAndProcedure = latest.policyAndProcedure();
        legalAdvice = latest.legalAdvice();
        questions = String.join("\n", latest.questions());
    }

    public String getTimescales() {
        return timescales;
    }

    public void setTimescales(String timescales) {
        this.timescales = timescales;
    }

    public String getFamilyInvolvement() {
        return familyInvolvement;
    }

    public void setFamilyInvolvement(String familyInvolvement) {
        this.familyInvolvement = familyInvolvement;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public String getPolicyAndProcedure() {
        return policyAndProcedure;
    }

    public void setPolicyAndProcedure(String policyAndProcedure) {
        this.policyAndProcedure = policyAndProcedure;
    }

    public String getLegalAdvice() {
        return legalAdvice;
    }

    public void setLegalAdvice(String legalAdvice) {
        this.legalAdvice = legalAdvice;
    }

    public String getQuestions() {
        return questions;
    }

    public void setQuestions(String questions) {
        this.questions = questions;
    }

    public LocalDate getAgreedOn() {
        return agreedOn;
    }

    public void setAgreedOn(LocalDate agreedOn) {
        this.agreedOn = agreedOn;
    }

    public String getAgreedBy() {
        return agreedBy;
    }

    public void setAgreedBy(String agreedBy) {
        this.agreedBy = agreedBy;
    }

    public LocalDate getSignedOffOn() {
        return signedOffOn;
    }

    public void setSignedOffOn(LocalDate signedOffOn) {
        this.signedOffOn = signedOffOn;
    }

    public String getMeeting() {
        return meeting;
    }

    public void setMeeting(String meeting) {
        this.meeting = meeting;
    }

    public String getChair() {
        return chair;
    }

    public void setChair(String chair) {
        this.chair = chair;
    }
}

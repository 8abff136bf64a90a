package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import java.time.LocalDate;
import uk.safeguarding.reviews.practicereview.domain.FamilyMember;

/**
 * What the family page sends (§6, Document 3): a family member to add, the decision on involving
 * one ({@code memberId}), a contact with them, or their feedback.
 */
public class FamilyForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String name;
    private String relationship;
    private String ageAndUnderstanding;
    private String memberId;
    private FamilyMember.Involvement involvement;
    private String reasons;
    private String facilitator;
    private String notShared;
    private LocalDate decidedOn;
    private FamilyMember.ContactKind contactKind;
    private LocalDate contactOn;
    private String contactNote;
    private String feedback;
    private Boolean feedbackSensitive;
    private java.time.LocalDate feedbackOn;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRelationship() {
        return relationship;
    }

    public void setRelationship(String relationship) {
        this.relationship = relationship;
    }

    public String getAgeAndUnderstanding() {
        return ageAndUnderstanding;
    }

    public void setAgeAndUnderstanding(String ageAndUnderstanding) {
        this.ageAndUnderstanding = ageAndUnderstanding;
    }

    public String getMemberId() {
        return memberId;
    }

    public void setMemberId(String memberId) {
        this.memberId = memberId;
    }

    public FamilyMember.Involvement getInvolvement() {
        return involvement;
    }

    public void setInvolvement(FamilyMember.Involvement involvement) {
        this.involvement = involvement;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public String getFacilitator() {
        return facilitator;
    }

    public void setFacilitator(String facilitator) {
        this.facilitator = facilitator;
    }

    public String getNotShared() {
        return notShared;
    }

    public void setNotShared(String notShared) {
        this.notShared = notShared;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public FamilyMember.ContactKind getContactKind() {
        return contactKind;
    }

    public void setContactKind(FamilyMember.ContactKind contactKind) {
        this.contactKind = contactKind;
    }

    public LocalDate getContactOn() {
        return contactOn;
    }

    public void setContactOn(LocalDate contactOn) {
        this.contactOn = contactOn;
    }

    public String getContactNote() {
        return contactNote;
    }

    public void setContactNote(String contactNote) {
        this.contactNote = contactNote;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }

    public Boolean getFeedbackSensitive() {
        return feedbackSensitive;
    }

    public void setFeedbackSensitive(Boolean feedbackSensitive) {
        this.feedbackSensitive = feedbackSensitive;
    }

    public java.time.LocalDate getFeedbackOn() {
        return feedbackOn;
    }

    public void setFeedbackOn(java.time.LocalDate feedbackOn) {
        this.feedbackOn = feedbackOn;
    }
}

package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the publication section of a review's page sends, one step at a time (§8.3): the decision,
 * the National Panel's advice and the final decision, the plan, the Panel's copy, the redacted
 * file, publication and taking it down.
 */
public class PublicationForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private Boolean publish;
    private String reasons;
    private LocalDate decidedOn;
    private LocalDate panelInformedOn;
    private String panelAdvice;
    private Boolean finalPublish;
    private String finalReasons;
    private LocalDate finalDecidedOn;
    private String title;
    private LocalDate plannedOn;
    private String moveReason;
    private LocalDate panelCopySentOn;
    private LocalDate publishedOn;
    private LocalDate takenDownOn;
    private String takeDownReason;
    private LocalDate requestedOn;
    private String requestedBy;
    private String requestAnswer;
    private LocalDate answeredOn;
    private String fileName;
    private byte[] content;

    public Boolean getPublish() {
        return publish;
    }

    public void setPublish(Boolean publish) {
        this.publish = publish;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public LocalDate getPanelInformedOn() {
        return panelInformedOn;
    }

    public void setPanelInformedOn(LocalDate panelInformedOn) {
        this.panelInformedOn = panelInformedOn;
    }

    public String getPanelAdvice() {
        return panelAdvice;
    }

    public void setPanelAdvice(String panelAdvice) {
        this.panelAdvice = panelAdvice;
    }

    public Boolean getFinalPublish() {
        return finalPublish;
    }

    public void setFinalPublish(Boolean finalPublish) {
        this.finalPublish = finalPublish;
    }

    public String getFinalReasons() {
        return finalReasons;
    }

    public void setFinalReasons(String finalReasons) {
        this.finalReasons = finalReasons;
    }

    public LocalDate getFinalDecidedOn() {
        return finalDecidedOn;
    }

    public void setFinalDecidedOn(LocalDate finalDecidedOn) {
        this.finalDecidedOn = finalDecidedOn;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public void setPlannedOn(LocalDate plannedOn) {
        this.plannedOn = plannedOn;
    }

    public LocalDate getPanelCopySentOn() {
        return panelCopySentOn;
    }

    public void setPanelCopySentOn(LocalDate panelCopySentOn) {
        this.panelCopySentOn = panelCopySentOn;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public LocalDate getTakenDownOn() {
        return takenDownOn;
    }

    public void setTakenDownOn(LocalDate takenDownOn) {
        this.takenDownOn = takenDownOn;
    }

    public String getTakeDownReason() {
        return takeDownReason;
    }

    public void setTakeDownReason(String takeDownReason) {
        this.takeDownReason = takeDownReason;
    }

    public String getFileName() {
        return fileName;
    }

    /** The redacted final report as uploaded: its name as the browser gave it, and its bytes. */
    public void attachFile(String name, byte[] bytes) {
        this.fileName = name;
        this.content = bytes == null ? null : bytes.clone();
    }

    byte[] content() {
        return content == null ? null : content.clone();
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public void setRequestedOn(LocalDate requestedOn) {
        this.requestedOn = requestedOn;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public void setRequestedBy(String requestedBy) {
        this.requestedBy = requestedBy;
    }

    public String getRequestAnswer() {
        return requestAnswer;
    }

    public void setRequestAnswer(String requestAnswer) {
        this.requestAnswer = requestAnswer;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public void setAnsweredOn(LocalDate answeredOn) {
        this.answeredOn = answeredOn;
    }

    public String getMoveReason() {
        return moveReason;
    }

    public void setMoveReason(String moveReason) {
        this.moveReason = moveReason;
    }
}

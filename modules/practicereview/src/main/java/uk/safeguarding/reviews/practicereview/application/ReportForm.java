package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import java.time.LocalDate;

/** §4.2 table, §8.3: the agreed written report and its learning recommendations, as the business unit records them. */
public class ReportForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String findings;
    private String recommendations;
    private String agreedBy;
    private LocalDate agreedOn;
    private String fileName;
    private byte[] content;

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(String recommendations) {
        this.recommendations = recommendations;
    }

    public String getAgreedBy() {
        return agreedBy;
    }

    public void setAgreedBy(String agreedBy) {
        this.agreedBy = agreedBy;
    }

    public LocalDate getAgreedOn() {
        return agreedOn;
    }

    public void setAgreedOn(LocalDate agreedOn) {
        this.agreedOn = agreedOn;
    }

    public String getFileName() {
        return fileName;
    }

    /** The written report as uploaded: its name as the browser gave it, and its bytes. */
    public void attachReport(String name, byte[] bytes) {
        this.fileName = name;
        this.content = bytes == null ? null : bytes.clone();
    }

    byte[] content() {
        return content == null ? null : content.clone();
    }
}

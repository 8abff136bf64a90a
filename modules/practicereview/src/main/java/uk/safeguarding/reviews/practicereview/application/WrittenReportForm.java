package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeguarding.reviews.practicereview.domain.ReportSection;
import uk.safeguarding.reviews.practicereview.domain.ReportVersion;

/**
 * The report as the lead reviewer types it (§8.3): each section by its key, the executive summary,
 * one row per SMART recommendation; and the review group's agreement of the latest version.
 */
public class WrittenReportForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Map<String, String> sections = new LinkedHashMap<>();
    private String executiveSummary;
    private final List<RecommendationRow> recommendations = new ArrayList<>();
    private LocalDate agreedOn;
    private String agreedBy;

    public WrittenReportForm() {
        for (ReportSection section : ReportSection.values()) {
            sections.put(section.key(), null);
        }
    }

    /** A new version starts as the latest was, with a blank row for one more recommendation. */
    public void startFrom(WrittenReportView.VersionView latest) {
        latest.sections().forEach(s -> sections.put(s.key(), s.text()));
        executiveSummary = latest.executiveSummary();
        recommendations.clear();
        latest.recommendations().forEach(r -> recommendations.add(new RecommendationRow(r.action(), r.finding(),
                r.agency(), r.measure(), r.dueBy())));
        addRecommendation();
    }

    /** The first version starts from the questions of the terms of reference (§8.3 "clearly framed questions"). */
    public void startFromQuestions(List<String> questions) {
        if (!questions.isEmpty()) {
            sections.put(ReportSection.QUESTIONS.key(), String.join("\n", questions));
        }
        addRecommendation();
    }

    public void addRecommendation() {
        recommendations.add(new RecommendationRow(null, null, null, null, null));
    }

    ReportVersion.Draft draft() {
        Map<ReportSection, String> texts = new EnumMap<>(ReportSection.class);
        for (ReportSection section : ReportSection.values()) {
            texts.put(section, sections.get(section.key()));
        }
        return new ReportVersion.Draft(texts, executiveSummary, recommendations.stream()
                .map(r -> new ReportVersion.RecommendationLines(r.getAction(), r.getFinding(), r.getAgency(),
                        r.getMeasure(), r.getDueBy()))
                .toList());
    }

    public Map<String, String> getSections() {
        return sections;
    }

    public String getExecutiveSummary() {
        return executiveSummary;
    }

    public void setExecutiveSummary(String executiveSummary) {
        this.executiveSummary = executiveSummary;
    }

    public List<RecommendationRow> getRecommendations() {
        return recommendations;
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

    /** One SMART recommendation's boxes. */
    public static class RecommendationRow implements Serializable {
        private static final long serialVersionUID = 1L;

        private String action;
        private String finding;
        private String agency;
        private String measure;
        private LocalDate dueBy;

        public RecommendationRow() {
        }

        RecommendationRow(String action, String finding, String agency, String measure, LocalDate dueBy) {
            this.action = action;
            this.finding = finding;
            this.agency = agency;
            this.measure = measure;
            this.dueBy = dueBy;
        }

        public String getAction() {
            return action;
        }

        public void setAction(String action) {
            this.action = action;
        }

        public String getFinding() {
            return finding;
        }

        public void setFinding(String finding) {
            this.finding = finding;
        }

        public String getAgency() {
            return agency;
        }

        public void setAgency(String agency) {
            this.agency = agency;
        }

        public String getMeasure() {
            return measure;
        }

        public void setMeasure(String measure) {
            this.measure = measure;
        }

        public LocalDate getDueBy() {
            return dueBy;
        }

        public void setDueBy(LocalDate dueBy) {
            this.dueBy = dueBy;
        }
    }
}

package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import uk.safeguarding.reviews.practicereview.domain.ReportSection;
import uk.safeguarding.reviews.practicereview.domain.ReportVersion;
import uk.safeguarding.reviews.practicereview.domain.SmartRecommendation;

/**
 * A review's written report as its page shows it (§8.3): the latest version in full, how long its
 * executive summary is in A4 pages, the names and dates of birth found in it, and every version.
 */
public record WrittenReportView(String reviewId, String reviewReference, VersionView latest,
        List<VersionLine> versions, List<String> warnings, int summaryPages, boolean mayWrite, boolean mayAgree,
        List<String> termsQuestions) implements Serializable {

    public WrittenReportView {
        versions = List.copyOf(versions);
        warnings = List.copyOf(warnings);
        termsQuestions = List.copyOf(termsQuestions);
    }

    /** Null before the first version; a getter so pages can test it. */
    public VersionView getLatest() {
        return latest;
    }

    /** Every section the policy asks for, in its order, with nothing written: the form's boxes. */
    public List<SectionText> headings() {
        return java.util.Arrays.stream(ReportSection.values())
                .map(s -> new SectionText(s.key(), s.heading(), s.hint(), "")).toList();
    }

    public int maxSummaryPages() {
        return ReportVersion.MAX_SUMMARY_PAGES;
    }

    public boolean summaryTooLong() {
        return summaryPages > ReportVersion.MAX_SUMMARY_PAGES;
    }

    /** One version in full. */
    public record VersionView(int version, List<SectionText> sections, String executiveSummary,
            List<RecommendationView> recommendations, String draftedBy, OffsetDateTime draftedAt, LocalDate agreedOn,
            String agreedBy, List<String> unwritten) implements Serializable {

        static VersionView of(ReportVersion version) {
            List<SectionText> sections = java.util.Arrays.stream(ReportSection.values())
                    .map(s -> new SectionText(s.key(), s.heading(), s.hint(), version.sections().getOrDefault(s, "")))
                    .toList();
            return new VersionView(version.version(), sections, version.executiveSummary(),
                    version.recommendations().stream().map(RecommendationView::of).toList(), version.draftedBy(),
                    version.draftedAt(), version.agreedOn(), version.agreedBy(),
                    version.unwritten().stream().map(ReportSection::heading).toList());
        }

        public boolean agreed() {
            return agreedOn != null;
        }
    }

    /** A section: its key (the form's field), the policy's heading and hint, and the text ("" if unwritten). */
    public record SectionText(String key, String heading, String hint, String text) implements Serializable {
    }

    /** A SMART recommendation as recorded. */
    public record RecommendationView(String action, String finding, String agency, String measure, LocalDate dueBy)
            implements Serializable {

        static RecommendationView of(SmartRecommendation r) {
            return new RecommendationView(r.action(), r.finding(), r.agency(), r.measure(), r.dueBy());
        }
    }

    /** A version in the list of versions. */
    public record VersionLine(int version, String draftedBy, OffsetDateTime draftedAt, LocalDate agreedOn,
            String agreedBy, LocalDate returnedOn, String returnReason) implements Serializable {
    }
}

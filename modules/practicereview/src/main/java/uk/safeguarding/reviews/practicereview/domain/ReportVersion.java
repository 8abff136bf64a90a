package uk.safeguarding.reviews.practicereview.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.PlainDates;
import uk.safeguarding.reviews.kernel.ProductClock;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.kernel.Texts;

/**
 * One version of the report a lead reviewer writes in the product (§8.3): its sections, its executive
 * summary and its SMART recommendations. Every save is a new version and none is changed afterwards,
 * so what was circulated or agreed is always the text that was. A draft may be unfinished; the review
 * group agrees a version only when every section is written, there is at least one recommendation and
 * the executive summary fits on two A4 pages (§8.3).
 */
@Entity
@Table(name = "report_version")
public class ReportVersion {

    /** §8.3: "an executive summary of no more than 2 A4 pages". */
    public static final int MAX_SUMMARY_PAGES = 2;

    /** Far beyond two pages: the page count, not this, is the real limit; this only stops a pasted book. */
    public static final int MAX_SUMMARY_LENGTH = 20_000;

    public static final int MAX_RECOMMENDATION_TEXT = 1000;

    @Id
    private String id;

    @Column(name = "review_id", nullable = false, updatable = false)
    private String reviewId;

    @Column(nullable = false, updatable = false)
    private int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_section", joinColumns = @JoinColumn(name = "version_id"))
    @MapKeyColumn(name = "section")
    @Column(name = "text", nullable = false)
    private Map<String, String> sections = new HashMap<>();

    @Column(name = "executive_summary", updatable = false)
    private String executiveSummary;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_recommendation", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<SmartRecommendation> recommendations = new ArrayList<>();

    @Column(name = "drafted_by", nullable = false, updatable = false)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false, updatable = false)
    private OffsetDateTime draftedAt;

    @Column(name = "agreed_on")
    private LocalDate agreedOn;

    /** §8.3: the review group's meeting that agreed it. */
    @Column(name = "agreed_by")
    private String agreedBy;

    @Column(name = "agreement_recorded_by")
    private String agreementRecordedBy;

    /** §8.3, §7.12: set aside after a partner declined to sign it off and the Safeguarding Executive returned it. */
    @Column(name = "returned_on")
    private LocalDate returnedOn;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "returned_by")
    private String returnedBy;

    protected ReportVersion() {
        // for JPA
    }

    /** A recommendation's boxes as typed; a row left wholly blank is no recommendation. */
    public record RecommendationLines(String action, String finding, String agency, String measure, LocalDate dueBy) {

        boolean isBlank() {
            return Texts.isBlank(action) && Texts.isBlank(finding) && Texts.isBlank(agency) && Texts.isBlank(measure)
                    && dueBy == null;
        }
    }

    /** What the lead reviewer typed: any section may still be blank in a draft. */
    public record Draft(Map<ReportSection, String> sections, String executiveSummary,
            List<RecommendationLines> recommendations) {
    }

    /**
     * Version {@code version}: each text within its length, each recommendation that was begun
     * finished (every SMART part, due no earlier than today) and listed once; each refusal beside its
     * box, a recommendation's as {@code recommendation-N-part}.
     */
    public static ReportVersion draft(String reviewId, int version, Draft draft, String by, OffsetDateTime at,
            LocalDate today) {
        ReportVersion report = new ReportVersion();
        report.id = UUID.randomUUID().toString();
        report.reviewId = Objects.requireNonNull(reviewId);
        report.version = version;
        for (ReportSection section : ReportSection.values()) {
            String text = draft.sections().get(section);
            Texts.requireAtMost(section.key(), text, ReportSection.MAX_LENGTH);
            if (!Texts.isBlank(text)) {
                report.sections.put(section.key(), text.strip());
            }
        }
        Texts.requireAtMost("executiveSummary", draft.executiveSummary(), MAX_SUMMARY_LENGTH);
        report.executiveSummary = Texts.blankToNull(draft.executiveSummary());
        report.recommendations = recommendations(draft.recommendations(), today);
        report.draftedBy = Objects.requireNonNull(by);
        report.draftedAt = Objects.requireNonNull(at);
        return report;
    }

    private static List<SmartRecommendation> recommendations(List<RecommendationLines> rows, LocalDate today) {
        List<SmartRecommendation> made = new ArrayList<>();
        Set<String> actions = new HashSet<>();
        int row = 0;
        for (RecommendationLines lines : rows == null ? List.<RecommendationLines>of() : rows) {
            row++;
            if (lines == null || lines.isBlank()) {
                continue;
            }
            String at = "recommendation-" + row + "-";
            String action = part(at + "action", lines.action(), "practicereview.report-version.say-what-must-done-specific");
            String finding = part(at + "finding", lines.finding(), "practicereview.report-version.say-which-finding-learning-point");
            String agency = part(at + "agency", lines.agency(), "practicereview.report-version.name-agency-responsible-partnership");
            String measure = part(at + "measure", lines.measure(), "practicereview.report-version.say-how-partnership-will-know");
            if (lines.dueBy() == null) {
                throw InvalidFieldException.refused(at + "dueBy", "practicereview.report-version.enter-date-done");
            }
            if (lines.dueBy().isBefore(today)) {
                throw InvalidFieldException.refused(at + "dueBy",
                        "practicereview.report-version.date-do-must-today-later", PlainDates.day(lines.dueBy()));
            }
            if (!actions.add(action.toLowerCase(java.util.Locale.UK))) {
                throw InvalidFieldException.refused(at + "action",
                        "practicereview.report-version.recommendation-there-twice-list-each");
            }
            made.add(new SmartRecommendation(action, finding, agency, measure, lines.dueBy()));
        }
        return made;
    }

    private static String part(String field, String text, String whenMissingKey) {
        return Texts.requiredWithin(field, text, MAX_RECOMMENDATION_TEXT, whenMissingKey);
    }

    /**
     * §8.3: the review group agreed this version on {@code on} (from its saving to today). Refused,
     * saying what is missing, while a section is unwritten, there is no recommendation or summary, the
     * summary is longer than two A4 pages ({@code summaryPages}, measured on the partnership's own
     * document) or a recommendation falls due before the agreement.
     */
    public void agree(LocalDate on, String by, String recordedBy, int summaryPages, LocalDate today) {
        if (agreedOn != null) {
            throw RefusedException.because("practicereview.report-version.version-report-was-agreed-already", version);
        }
        List<String> unwritten = unwritten().stream().map(ReportSection::heading).toList();
        if (!unwritten.isEmpty()) {
            throw RefusedException.because("practicereview.report-version.version-cannot-agreed-yet-8", version,
                    String.join("; ", unwritten));
        }
        if (executiveSummary == null) {
            throw RefusedException.because("practicereview.report-version.version-has-no-executive-summary",
                    version, MAX_SUMMARY_PAGES);
        }
        if (summaryPages > MAX_SUMMARY_PAGES) {
            throw RefusedException.because("practicereview.report-version.executive-summary-version-runs-a4",
                    version, summaryPages, MAX_SUMMARY_PAGES);
        }
        if (recommendations.isEmpty()) {
            throw RefusedException.because("practicereview.report-version.version-has-no-recommendations-report",
                    version);
        }
        String agreedByText = Texts.required("agreedBy", by,
                "practicereview.report-version.say-which-meeting-review-group");
        Texts.requireAtMost("agreedBy", agreedByText, 300);
        if (on == null) {
            throw InvalidFieldException.refused("agreedOn",
                    "practicereview.report-version.enter-date-review-group-agreed");
        }
        if (on.isAfter(today)) {
            throw InvalidFieldException.refused("agreedOn", "practicereview.report-version.date-was-agreed-must-today");
        }
        LocalDate saved = draftedAt.atZoneSameInstant(ProductClock.UK).toLocalDate();
        if (on.isBefore(saved)) {
            throw InvalidFieldException.refused("agreedOn",
                    "practicereview.report-version.version-was-saved-cannot-have", version, PlainDates.day(saved));
        }
        recommendations.stream().filter(r -> r.dueBy().isBefore(on)).findFirst().ifPresent(r -> {
            throw RefusedException.because("practicereview.report-version.recommendation-due-before-report-was",
                    r.action(), PlainDates.day(r.dueBy()));
        });
        this.agreedOn = on;
        this.agreedBy = agreedByText;
        this.agreementRecordedBy = Objects.requireNonNull(recordedBy);
    }

    /**
     * §8.3, §7.12: the agreed version goes back to the review group (a partner declined to sign it
     * off and the Safeguarding Executive decided so): it stays in the record as agreed and returned,
     * and the next version is written, agreed and signed off in its place.
     */
    public void returnToReviewGroup(String reason, String by, LocalDate on) {
        if (!isFinal()) {
            throw RefusedException.because("practicereview.report-version.only-agreed-version-force-can");
        }
        String why = Texts.required("reason", reason, "practicereview.report-version.say-why-report-goes-back");
        Texts.requireAtMost("reason", why, 2000);
        returnedOn = Objects.requireNonNull(on);
        returnReason = why;
        returnedBy = Objects.requireNonNull(by);
    }

    /** Agreed and not returned: the report as it stands, which nothing may change. */
    public boolean isFinal() {
        return agreedOn != null && returnedOn == null;
    }

    public LocalDate returnedOn() {
        return returnedOn;
    }

    public String returnReason() {
        return returnReason;
    }

    /** The sections still to write, in the policy's order. */
    public List<ReportSection> unwritten() {
        return java.util.Arrays.stream(ReportSection.values()).filter(s -> !sections.containsKey(s.key())).toList();
    }

    public String id() {
        return id;
    }

    public String reviewId() {
        return reviewId;
    }

    public int version() {
        return version;
    }

    /** Each written section's text, in the policy's order. */
    public Map<ReportSection, String> sections() {
        Map<ReportSection, String> written = new EnumMap<>(ReportSection.class);
        sections.forEach((key, text) -> ReportSection.ofKey(key).ifPresent(s -> written.put(s, text)));
        return written;
    }

    /** Empty while unwritten. */
    public String executiveSummary() {
        return executiveSummary == null ? "" : executiveSummary;
    }

    public List<SmartRecommendation> recommendations() {
        return List.copyOf(recommendations);
    }

    public String draftedBy() {
        return draftedBy;
    }

    public OffsetDateTime draftedAt() {
        return draftedAt;
    }

    public boolean isAgreed() {
        return agreedOn != null;
    }

    public LocalDate agreedOn() {
        return agreedOn;
    }

    public String agreedBy() {
        return agreedBy;
    }

    public String agreementRecordedBy() {
        return agreementRecordedBy;
    }
}

package uk.safeguarding.reviews.practicereview.domain;

import uk.safeguarding.reviews.kernel.AttachedDocument;
import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.Texts;

/**
 * §4.2 table, §8.3: a review's own written report, agreed by those who ran it, with its learning
 * recommendations, each one line to be acted on (the action plan's source, §9). Agreeing it completes
 * a local case review. Refused beside the field that lacks something.
 */
@Entity
@Table(name = "learning_report")
public class LearningReport {

    /** A report is a document, not an archive: 20 MB is generous. */
    public static final int MAX_REPORT_BYTES = 20 * 1024 * 1024;


    @Id
    @Column(name = "review_id")
    private String reviewId;

    @Column(nullable = false, updatable = false)
    private String findings;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "learning_recommendation", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false)
    private List<String> recommendations = new ArrayList<>();

    @Column(name = "agreed_by", nullable = false, updatable = false)
    private String agreedBy;

    @Column(name = "agreed_on", nullable = false, updatable = false)
    private LocalDate agreedOn;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "file_size", nullable = false, updatable = false)
    private int fileSize;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected LearningReport() {
        // for JPA
    }

    /** What the business unit records of the agreed report. */
    public record Agreement(String findings, String recommendations, String agreedBy, LocalDate agreedOn,
            String fileName, byte[] content) {
    }

    /**
     * The agreed report: its findings in brief, at least one learning recommendation (one to a line,
     * each once), who agreed it and when (not before the review opened, not in the future), and the
     * written report itself.
     */
    public static LearningReport agree(String reviewId, Agreement agreement, LocalDate reviewOpenedOn, String by,
            OffsetDateTime at, LocalDate today) {
        String findings = Texts.required("findings", agreement.findings(),
                "practicereview.learning-report.give-report-findings-brief-what");
        Texts.requireAtMost("findings", findings, 10000);
        List<String> lines = Texts.distinctLines("recommendations", agreement.recommendations(), 1000,
                "recommendation", "practicereview.learning-report.list-recommendations-agreed");
        String agreedBy = Texts.required("agreedBy", agreement.agreedBy(),
                "practicereview.learning-report.say-who-agreed-report-review");
        Texts.requireAtMost("agreedBy", agreedBy, 300);
        if (agreement.agreedOn() == null) {
            throw InvalidFieldException.refused("agreedOn",
                    "practicereview.learning-report.enter-date-report-was-agreed");
        }
        if (agreement.agreedOn().isAfter(today)) {
            throw InvalidFieldException.refused("agreedOn",
                    "practicereview.learning-report.date-report-was-agreed-must");
        }
        if (agreement.agreedOn().isBefore(reviewOpenedOn)) {
            throw InvalidFieldException.refused("agreedOn",
                    "practicereview.learning-report.report-cannot-agreed-before-review");
        }
        AttachedDocument file = AttachedDocument.of("report", "written report", agreement.fileName(),
                agreement.content(), MAX_REPORT_BYTES);
        LearningReport report = new LearningReport();
        report.reviewId = Objects.requireNonNull(reviewId);
        report.findings = findings;
        report.recommendations = new ArrayList<>(lines);
        report.agreedBy = agreedBy;
        report.agreedOn = agreement.agreedOn();
        report.fileName = file.fileName();
        report.fileSize = file.content().length;
        report.content = file.content();
        report.recordedBy = Objects.requireNonNull(by);
        report.recordedAt = Objects.requireNonNull(at);
        return report;
    }


    public String reviewId() {
        return reviewId;
    }

    public String findings() {
        return findings;
    }

    public List<String> recommendations() {
        return List.copyOf(recommendations);
    }

    public String agreedBy() {
        return agreedBy;
    }

    public LocalDate agreedOn() {
        return agreedOn;
    }

    public String fileName() {
        return fileName;
    }

    public int fileSize() {
        return fileSize;
    }

    public byte[] content() {
        return content.clone();
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}

package uk.safeguarding.reviews.practicereview.domain;

import uk.safeguarding.reviews.kernel.RecordedDay;
import uk.safeguarding.reviews.kernel.AttachedDocument;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.PlainDates;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.kernel.Texts;

/**
 * §8.3: whether and how a review's report is published. Publishing: a planned date, the copy to the
 * National Panel "at least one week before publication", the redacted final file, the day it went
 * online, and at least 12 months online before it may come down without a reason (both periods as
 * the partnership's clock rules set them, {@link PublicationTimescales}); afterwards it is
 * available on request. Not publishing: the reasons, the National Panel informed, its advice, and
 * the partners' final decision, which may still be to publish.
 */
@Entity
@Table(name = "publication")
public class Publication {

    /** Where a report's publication stands. */
    public enum Stage {
        /** Publishing is decided; the date, the Panel's copy and the file come next. */
        PREPARING,
        /** Not publishing, for now: the Panel is informed and advises before the final decision (§8.3). */
        WITHHELD_PENDING_PANEL,
        /** The final decision is not to publish. */
        NOT_PUBLISHED,
        /** Online on the partnership's public page. */
        PUBLISHED,
        /** Taken down: available on request. */
        TAKEN_DOWN
    }

    /** A redacted report is a document, not an archive. */
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    @Id
    @Column(name = "review_id")
    private String reviewId;

    /** What the public page's address names instead of the review: nothing of the case can be guessed from it. */
    @Column(name = "public_id", nullable = false, updatable = false)
    private String publicId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage;

    @Column(name = "decided_publish", nullable = false, updatable = false)
    private boolean decidedToPublish;

    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;

    @Column(name = "decision_reasons", updatable = false)
    private String decisionReasons;

    @Column(name = "decided_by", nullable = false, updatable = false)
    private String decidedBy;

    @Column(name = "panel_informed_on")
    private LocalDate panelInformedOn;

    @Column(name = "panel_advice")
    private String panelAdvice;

    @Column(name = "final_decided_on")
    private LocalDate finalDecidedOn;

    @Column(name = "final_reasons")
    private String finalReasons;

    @Column(name = "title")
    private String title;

    @Column(name = "planned_on")
    private LocalDate plannedOn;

    /** The date planned before the last move, and why it moved (§8.3: the Panel's copy is counted back again). */
    @Column(name = "planned_moved_from")
    private LocalDate plannedMovedFrom;

    @Column(name = "planned_moved_why")
    private String plannedMovedWhy;

    @Column(name = "panel_copy_sent_on")
    private LocalDate panelCopySentOn;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "file_size")
    private Integer fileSize;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content")
    private byte[] content;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    /** §8.3: the first day it may come down without a reason, by the partnership's rule when it went online. */
    @Column(name = "online_until")
    private LocalDate onlineUntil;

    /** The agreed written version also published as the accessible web page, if the partnership chose to. */
    @Column(name = "web_version_id")
    private String webVersionId;

    @Column(name = "taken_down_on")
    private LocalDate takenDownOn;

    @Column(name = "take_down_reason")
    private String takeDownReason;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Publication() {
        // for JPA
    }

    /**
     * §8.3: the decision to publish the report or not, on a day from the report's agreement to today;
     * not publishing needs its reasons, which the National Panel is told.
     */
    public static Publication decide(String reviewId, boolean publish, String reasons, LocalDate on,
            LocalDate reportAgreedOn, String by, OffsetDateTime at, LocalDate today) {
        RecordedDay.require("decidedOn", on, "The date of the decision",
                "practicereview.family-member.enter-date-decision", reportAgreedOn, today,
                "practicereview.publication.decision-cannot-come-before-report", PlainDates.day(reportAgreedOn));
        String why = publish ? Texts.blankToNull(reasons) : Texts.required("reasons", reasons,
                "practicereview.publication.say-why-report-will-not");
        Texts.requireAtMost("reasons", why, 4000);
        Publication publication = new Publication();
        publication.reviewId = Objects.requireNonNull(reviewId);
        publication.publicId = UUID.randomUUID().toString();
        publication.decidedToPublish = publish;
        publication.decidedOn = on;
        publication.decisionReasons = why;
        publication.decidedBy = Objects.requireNonNull(by);
        publication.stage = publish ? Stage.PREPARING : Stage.WITHHELD_PENDING_PANEL;
        publication.touch(by, at);
        return publication;
    }

    /**
     * §8.3: not publishing, the National Panel was informed on {@code informedOn} and advised; the
     * partners' final decision follows its advice: to publish after all, or not, with reasons.
     */
    public void finalDecision(LocalDate informedOn, String advice, boolean publish, String reasons, LocalDate on,
            String by, OffsetDateTime at, LocalDate today) {
        if (stage != Stage.WITHHELD_PENDING_PANEL) {
            throw RefusedException.because("practicereview.publication.final-decision-follows-decision-not");
        }
        RecordedDay.require("panelInformedOn", informedOn, "The date the Panel was informed",
                "practicereview.publication.enter-date-national-panel-was", decidedOn, today,
                "practicereview.publication.panel-cannot-informed-before-decision", PlainDates.day(decidedOn));
        String panelSaid = Texts.required("panelAdvice", advice,
                "practicereview.publication.record-national-panel-advice-8");
        Texts.requireAtMost("panelAdvice", panelSaid, 4000);
        RecordedDay.require("finalDecidedOn", on, "The date of the final decision",
                "practicereview.publication.enter-date-final-decision", informedOn, today,
                "practicereview.publication.final-decision-follows-panel-being", PlainDates.day(informedOn));
        String why = publish ? Texts.blankToNull(reasons) : Texts.required("finalReasons", reasons,
                "practicereview.publication.say-why-report-will-not-2");
        Texts.requireAtMost("finalReasons", why, 4000);
        panelInformedOn = informedOn;
        panelAdvice = panelSaid;
        finalDecidedOn = on;
        finalReasons = why;
        stage = publish ? Stage.PREPARING : Stage.NOT_PUBLISHED;
        touch(by, at);
    }

    /**
     * The planned date and the title the public page lists: once, while preparing; the date today or
     * later, and at least a week away so the Panel's copy can go in time (§8.3).
     */
    public void plan(String title, LocalDate on, String by, OffsetDateTime at, LocalDate today,
            PublicationTimescales timescales) {
        requirePreparing();
        if (plannedOn != null) {
            throw RefusedException.because("practicereview.publication.publication-planned-already",
                    PlainDates.day(plannedOn));
        }
        String named = Texts.required("title", title, "practicereview.publication.give-title-public-page-lists");
        Texts.requireAtMost("title", named, 300);
        if (on == null) {
            throw InvalidFieldException.refused("plannedOn",
                    "practicereview.publication.enter-planned-date-publication");
        }
        requireTimeForTheCopy(on, today, timescales);
        this.title = named;
        plannedOn = on;
        touch(by, at);
    }

    /**
     * The planned date moves, with a reason (a date slips: the family asked for time, a trial was
     * listed). Before the National Panel's copy goes, the new date is planned as the first was; once
     * it went, the new date must still leave the copy the partnership's period before it (§8.3).
     */
    public void movePlannedDate(LocalDate on, String why, String by, OffsetDateTime at, LocalDate today,
            PublicationTimescales timescales) {
        requirePreparing();
        if (plannedOn == null) {
            throw RefusedException.because("practicereview.publication.plan-date-before-moving-it");
        }
        if (on == null) {
            throw InvalidFieldException.refused("plannedOn",
                    "practicereview.publication.enter-planned-date-publication");
        }
        if (on.equals(plannedOn)) {
            throw InvalidFieldException.refused("plannedOn", "practicereview.publication.publication-planned-already",
                    PlainDates.day(plannedOn));
        }
        String reason = Texts.requiredWithin("moveReason", why, 500, "practicereview.publication.say-why-date-moves");
        if (panelCopySentOn != null && timescales.latestCopyFor(on).isBefore(panelCopySentOn)) {
            throw InvalidFieldException.refused("plannedOn", "practicereview.publication.copy-went-publish-on-after",
                    PlainDates.day(timescales.earliestPublicationFor(on, panelCopySentOn)), timescales.copyPeriod(),
                    PlainDates.day(panelCopySentOn));
        }
        if (panelCopySentOn == null) {
            requireTimeForTheCopy(on, today, timescales);
        }
        plannedMovedFrom = plannedOn;
        plannedMovedWhy = reason;
        plannedOn = on;
        touch(by, at);
    }

    /** §8.3: the copy of the report sent to the National Panel, once publication is planned. */
    public void panelCopySent(LocalDate on, String by, OffsetDateTime at, LocalDate today) {
        requirePreparing();
        if (plannedOn == null) {
            throw RefusedException.because("practicereview.publication.plan-date-publication-first-panel");
        }
        if (panelCopySentOn != null) {
            throw RefusedException.because("practicereview.publication.copy-went-national-panel-already",
                    PlainDates.day(panelCopySentOn));
        }
        RecordedDay.require("panelCopySentOn", on, "The date the copy was sent",
                "practicereview.publication.enter-date-copy-went-national", decidedOn, today,
                "practicereview.publication.copy-cannot-have-gone-before", PlainDates.day(decidedOn));
        panelCopySentOn = on;
        touch(by, at);
    }

    /**
     * The agreed report's own text is published as a web page beside the PDF: the accessible version
     * (a PDF here is not tagged). Refused once it is online, or while that text names anyone or gives
     * a date of birth from the referral (§8.3: "published nationally with minimal redaction", written
     * so publication "will not be likely to harm the welfare of any children").
     */
    public void withWebVersion(String versionId, List<String> identifyingDetails, String by, OffsetDateTime at) {
        requirePreparing();
        if (!identifyingDetails.isEmpty()) {
            throw InvalidFieldException.refused("webVersion",
                    "practicereview.publication.agreed-report-text-cannot-go", identifyingDetails.get(0),
                    (identifyingDetails.size() > 1 ? " (and "
                            + (identifyingDetails.size() - 1) + " more)" : ""));
        }
        webVersionId = Objects.requireNonNull(versionId);
        touch(by, at);
    }

    /** Null unless the agreed text is published as a web page too. */
    public String webVersionId() {
        return webVersionId;
    }

    /** The redacted final report the public page serves: a PDF. */
    public void attach(String sentName, byte[] file, String by, OffsetDateTime at) {
        requirePreparing();
        AttachedDocument document = AttachedDocument.of("file", "redacted final report", sentName, file,
                MAX_FILE_BYTES);
        if (!document.fileName().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            throw InvalidFieldException.refused("file", "practicereview.publication.attach-redacted-final-report-pdf");
        }
        fileName = document.fileName();
        fileSize = document.content().length;
        content = document.content();
        touch(by, at);
    }

    /**
     * §8.3: the report went online on {@code on}. Refused without the planned date or the redacted
     * file, and refused, quoting §8.3, unless the National Panel had its copy at least a week before.
     */
    public void published(LocalDate on, String by, OffsetDateTime at, LocalDate today,
            PublicationTimescales timescales) {
        requirePreparing();
        if (plannedOn == null || fileName == null) {
            throw RefusedException.because("practicereview.publication.plan-date-attach-redacted-final");
        }
        RecordedDay.require("publishedOn", on, "The date of publication",
                "practicereview.publication.enter-date-report-was-published", decidedOn, today,
                "practicereview.publication.cannot-published-before-decision", PlainDates.day(decidedOn));
        LocalDate latestCopy = timescales.latestCopyFor(on);
        if (panelCopySentOn == null || panelCopySentOn.isAfter(latestCopy)) {
            throw InvalidFieldException.refused("publishedOn", "practicereview.publication.8-3-copies-all-reports",
                    (panelCopySentOn == null ? "no copy is recorded as sent"
                            : "the copy went on " + PlainDates.day(panelCopySentOn) + ", "
                                    + ChronoUnit.DAYS.between(panelCopySentOn, on) + " days before"), (panelCopySentOn == null ? "a day at least a week after it goes"
                            : PlainDates.day(timescales.earliestPublicationFor(on, panelCopySentOn)) + " or later"), timescales.copyPeriod());
        }
        publishedOn = on;
        onlineUntil = timescales.onlineUntil(on);
        stage = Stage.PUBLISHED;
        touch(by, at);
    }

    /** §8.3: the first day it may come down without a reason. */
    public LocalDate onlineUntilAtLeast() {
        return onlineUntil;
    }

    /**
     * Taken off the public page; before its minimum period online is up only with a reason (§8.3). Afterwards the
     * report is available on request.
     */
    public void takeDown(LocalDate on, String reason, String by, OffsetDateTime at, LocalDate today) {
        if (stage != Stage.PUBLISHED) {
            throw RefusedException.because("practicereview.publication.only-published-report-can-taken");
        }
        RecordedDay.require("takenDownOn", on, "The date it was taken down",
                "practicereview.publication.enter-date-was-taken-down", publishedOn, today,
                "practicereview.publication.cannot-come-down-before-was", PlainDates.day(publishedOn));
        String why = Texts.blankToNull(reason);
        if (why == null && on.isBefore(onlineUntilAtLeast())) {
            throw InvalidFieldException.refused("takeDownReason",
                    "practicereview.publication.8-3-published-reports-stay", PlainDates.day(onlineUntilAtLeast()));
        }
        Texts.requireAtMost("takeDownReason", why, 2000);
        takenDownOn = on;
        takeDownReason = why;
        stage = Stage.TAKEN_DOWN;
        touch(by, at);
    }

    public boolean online() {
        return stage == Stage.PUBLISHED;
    }

    private void requirePreparing() {
        if (stage != Stage.PREPARING) {
            throw RefusedException.because(switch (stage) {
                case WITHHELD_PENDING_PANEL -> "practicereview.publication.withheld-pending-panel";
                case NOT_PUBLISHED -> "practicereview.publication.final-decision-not-to-publish";
                default -> "practicereview.publication.published-already";
            });
        }
    }

    private void touch(String by, OffsetDateTime at) {
        updatedBy = Objects.requireNonNull(by);
        updatedAt = Objects.requireNonNull(at);
    }

    public String reviewId() {
        return reviewId;
    }

    public String publicId() {
        return publicId;
    }

    public Stage stage() {
        return stage;
    }

    public boolean decidedToPublish() {
        return decidedToPublish;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String decisionReasons() {
        return decisionReasons;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public LocalDate panelInformedOn() {
        return panelInformedOn;
    }

    public String panelAdvice() {
        return panelAdvice;
    }

    public LocalDate finalDecidedOn() {
        return finalDecidedOn;
    }

    public String finalReasons() {
        return finalReasons;
    }

    public String title() {
        return title;
    }

    public LocalDate plannedOn() {
        return plannedOn;
    }

    /** §8.3: a date planned today must leave the National Panel's copy time to go before it. */
    private static void requireTimeForTheCopy(LocalDate on, LocalDate today, PublicationTimescales timescales) {
        if (timescales.latestCopyFor(on).isBefore(today)) {
            throw InvalidFieldException.refused("plannedOn",
                    "practicereview.publication.plan-publication-later-national-panel",
                    PlainDates.day(timescales.earliestPublicationFor(on, today)), timescales.copyPeriod());
        }
    }

    /** Null unless the planned date moved. */
    public LocalDate plannedMovedFrom() {
        return plannedMovedFrom;
    }

    public String plannedMovedWhy() {
        return plannedMovedWhy;
    }

    public LocalDate panelCopySentOn() {
        return panelCopySentOn;
    }

    public String fileName() {
        return fileName;
    }

    public Integer fileSize() {
        return fileSize;
    }

    public byte[] content() {
        return content == null ? null : content.clone();
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public LocalDate takenDownOn() {
        return takenDownOn;
    }

    public String takeDownReason() {
        return takeDownReason;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}

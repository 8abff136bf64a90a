package uk.safeguarding.reviews.practicereview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.kernel.Texts;

/**
 * §8.3: "agree the final version for sign off by the three statutory partners". One partner's answer
 * on one agreed version: signed off, or declined with the reason; a decline escalates to the
 * Safeguarding Executive as §7.12 does for a disagreement (a product choice), who signs it off for
 * the partnership or returns the report to the review group.
 */
@Entity
@Table(name = "report_sign_off")
public class ReportSignOff {

    /** A partner's answer. */
    public enum Answer {
        SIGNED_OFF, DECLINED
    }

    /** The Safeguarding Executive's decision on a declined sign-off. */
    public enum ExecutiveDecision {
        SIGN_OFF_FOR_THE_PARTNERSHIP, RETURN_TO_THE_REVIEW_GROUP
    }

    @Id
    private String id;

    @Column(name = "review_id", nullable = false, updatable = false)
    private String reviewId;

    @Column(name = "version_id", nullable = false, updatable = false)
    private String versionId;

    @Column(name = "version", nullable = false, updatable = false)
    private int version;

    @Column(name = "partner", nullable = false, updatable = false)
    private String partner;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer", nullable = false, updatable = false)
    private Answer answer;

    @Column(name = "reason", updatable = false)
    private String reason;

    @Column(name = "answered_by", nullable = false, updatable = false)
    private String answeredBy;

    @Column(name = "answered_by_name", nullable = false, updatable = false)
    private String answeredByName;

    @Column(name = "answered_at", nullable = false, updatable = false)
    private OffsetDateTime answeredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "executive_decision")
    private ExecutiveDecision executiveDecision;

    @Column(name = "executive_reason")
    private String executiveReason;

    @Column(name = "executive_by")
    private String executiveBy;

    @Column(name = "executive_at")
    private OffsetDateTime executiveAt;

    protected ReportSignOff() {
        // for JPA
    }

    /**
     * {@code partner}'s answer on the agreed version: refused for a version that is not the one in
     * force, for a partner not asked, or one that answered already; a decline needs its reason.
     */
    public static ReportSignOff answer(ReportVersion version, String partner, List<String> partners,
            List<ReportSignOff> existing, Answer answer, String reason, String by, String byName, OffsetDateTime at) {
        if (!version.isFinal()) {
            throw RefusedException.because("practicereview.report-sign-off.only-agreed-version-report-signed");
        }
        if (partner == null || !partners.contains(partner)) {
            throw InvalidFieldException.refused("partner",
                    "practicereview.report-sign-off.choose-statutory-partner-you-sign");
        }
        if (existing.stream().anyMatch(s -> s.versionId.equals(version.id()) && s.partner.equals(partner))) {
            throw RefusedException.because("practicereview.report-sign-off.has-answered-version-already", partner,
                    version.version());
        }
        if (answer == null) {
            throw InvalidFieldException.refused("answer",
                    "practicereview.report-sign-off.say-whether-signs-off-report", partner);
        }
        String why = Texts.blankToNull(reason);
        if (answer == Answer.DECLINED && why == null) {
            throw InvalidFieldException.refused("reason", "practicereview.report-sign-off.say-why-does-not-sign",
                    partner);
        }
        Texts.requireAtMost("reason", why, 2000);
        ReportSignOff signOff = new ReportSignOff();
        signOff.id = UUID.randomUUID().toString();
        signOff.reviewId = version.reviewId();
        signOff.versionId = version.id();
        signOff.version = version.version();
        signOff.partner = partner;
        signOff.answer = answer;
        signOff.reason = why;
        signOff.answeredBy = Objects.requireNonNull(by);
        signOff.answeredByName = Objects.requireNonNull(byName);
        signOff.answeredAt = Objects.requireNonNull(at);
        return signOff;
    }

    /** The Safeguarding Executive's decision on this declined sign-off, once, with its reason. */
    public void decide(ExecutiveDecision decision, String why, String by, OffsetDateTime at) {
        if (answer != Answer.DECLINED) {
            throw RefusedException.because("practicereview.report-sign-off.signed-report-off-there-nothing", partner);
        }
        if (executiveDecision != null) {
            throw RefusedException.because("practicereview.report-sign-off.safeguarding-executive-decided-sign-off",
                    partner);
        }
        if (decision == null) {
            throw InvalidFieldException.refused("decision",
                    "practicereview.report-sign-off.choose-safeguarding-executive-decision");
        }
        String reasonGiven = Texts.required("executiveReason", why,
                "practicereview.report-sign-off.give-safeguarding-executive-reasons");
        Texts.requireAtMost("executiveReason", reasonGiven, 2000);
        executiveDecision = decision;
        executiveReason = reasonGiven;
        executiveBy = Objects.requireNonNull(by);
        executiveAt = Objects.requireNonNull(at);
    }

    /** Signed off, by the partner or, after its decline, by the Safeguarding Executive for the partnership. */
    public boolean signedOff() {
        return answer == Answer.SIGNED_OFF || executiveDecision == ExecutiveDecision.SIGN_OFF_FOR_THE_PARTNERSHIP;
    }

    /** Declined and waiting for the Safeguarding Executive. */
    public boolean awaitingExecutive() {
        return answer == Answer.DECLINED && executiveDecision == null;
    }

    /**
     * The partners of {@code partners} that have not signed off {@code version}: empty when the
     * report is signed off by all of them.
     */
    public static List<String> stillToSignOff(ReportVersion version, List<String> partners,
            List<ReportSignOff> signOffs) {
        return partners.stream().filter(p -> signOffs.stream().noneMatch(s -> s.versionId.equals(version.id())
                && s.partner.equals(p) && s.signedOff())).toList();
    }

    public String id() {
        return id;
    }

    public String reviewId() {
        return reviewId;
    }

    public String versionId() {
        return versionId;
    }

    public int version() {
        return version;
    }

    public String partner() {
        return partner;
    }

    public Answer answer() {
        return answer;
    }

    public String reason() {
        return reason;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public String answeredByName() {
        return answeredByName;
    }

    public OffsetDateTime answeredAt() {
        return answeredAt;
    }

    /** The day of the answer that made it signed off: the partner's, or the Executive's. */
    public OffsetDateTime signedOffAt() {
        return executiveDecision == ExecutiveDecision.SIGN_OFF_FOR_THE_PARTNERSHIP ? executiveAt : answeredAt;
    }

    public ExecutiveDecision executiveDecision() {
        return executiveDecision;
    }

    public String executiveReason() {
        return executiveReason;
    }

    public String executiveBy() {
        return executiveBy;
    }

    public OffsetDateTime executiveAt() {
        return executiveAt;
    }

    /** Convenience for views: the day answered, in the partnership's zone. */
    public LocalDate answeredOn(java.time.ZoneId zone) {
        return answeredAt.atZoneSameInstant(zone).toLocalDate();
    }
}

package uk.safeguarding.reviews.referral.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.ReadOnlyRecordException;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.kernel.Texts;
import uk.safeguarding.reviews.referral.domain.content.ContentJson;
import uk.safeguarding.reviews.referral.domain.content.ReferralContent;
import uk.safeguarding.reviews.thresholds.domain.PanelRule;

/**
 * A referral for a practice review. State changes only through verbs that name the business act;
 * there are no setters.
 */
@Entity
@Table(name = "referral")
public class Referral {

    /** Initials as people write them: one to four letters, optionally with a hyphen or apostrophe. */
    public static final String INITIALS_PATTERN = "[A-Z][A-Z'-]{0,3}";
    public static final int SUMMARY_MAX = 2000;

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReferralKind kind = ReferralKind.PRACTICE_REVIEW;

    @NotNull
    @Column(name = "incident_date", nullable = false)
    private LocalDate incidentDate;

    @NotBlank
    @Size(max = SUMMARY_MAX)
    @Column(nullable = false)
    private String summary;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    @Valid
    @NotEmpty
    @OneToMany(mappedBy = "referral", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ReferralChild> children = new ArrayList<>();

    /** The Referral Form's content (Document 7) as JSON: a draft keeps whatever was typed. */
    @Column(name = "content_json")
    private String contentJson;

    /** A reference people can say on the phone, given at first submission: REF-2026-0001. */
    @Column(name = "reference")
    private String reference;

    /** Where the referrer's decision letters and reminders go: their address when they last submitted. */
    @Column(name = "referrer_email")
    private String referrerEmail;

    /** Where a referral handed over to this partnership came from, and its reference there (§10.2). */
    @Column(name = "received_from", updatable = false)
    private String receivedFrom;

    /** Where this referral went when it was handed over (§10.2); set by the receiving side's copy. */
    @Column(name = "handed_over_to", insertable = false, updatable = false)
    private String handedOverTo;

    /** The partnership's threshold version in force when the referral was first submitted. */
    @Column(name = "threshold_version")
    private Integer thresholdVersion;

    /**
     * §7.3-7.4: who sent a referral the business unit keyed in on their behalf, how it came and when
     * it was received; all null for a referral made in the product.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "outside_source", updatable = false)
    private OutsideSource outsideSource;

    @Column(name = "outside_source_name", updatable = false)
    private String outsideSourceName;

    @Enumerated(EnumType.STRING)
    @Column(name = "outside_channel", updatable = false)
    private OutsideChannel outsideChannel;

    @Column(name = "outside_received_at", updatable = false)
    private OffsetDateTime outsideReceivedAt;

    /** The latest submission: the moment the business unit received it (its clocks start here). */
    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    /** §7.3: the sign-in name of the agency's verifier the referrer asked, if verified in the product. */
    @Column(name = "verifier")
    private String verifier;

    @Column(name = "verification_asked_at")
    private OffsetDateTime verificationAskedAt;

    /** The verifier's name, once they verified it in the product. */
    @Column(name = "verified_by")
    private String verifiedBy;

    @Column(name = "verified_at")
    private OffsetDateTime verifiedAt;

    @Column(name = "verification_note")
    private String verificationNote;

    /** Why the verifier sent it back to the referrer, the last time they did. */
    @Column(name = "verification_returned_because")
    private String verificationReturnedBecause;

    /** Draft or returned by the partnership: where the referral goes back to from its agency's verifier. */
    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_verification")
    private ReferralStatus statusBeforeVerification;

    @Column(name = "forwarded_at")
    private OffsetDateTime forwardedAt;

    @Column(name = "forwarded_by")
    private String forwardedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private PanelOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_route")
    private DecisionRoute decisionRoute;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decision_rationale")
    private String decisionRationale;

    @Column(name = "disagreement")
    private String disagreement;

    @Column(name = "adviser_view")
    private String adviserView;

    @Column(name = "adviser_view_by")
    private String adviserViewBy;

    @Column(name = "review_id")
    private String reviewId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "referral_vote", joinColumns = @JoinColumn(name = "referral_id"))
    @OrderColumn(name = "position")
    private List<RecordedVote> votes = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "referral_submission", joinColumns = @JoinColumn(name = "referral_id"))
    @OrderColumn(name = "position")
    private List<Submission> submissions = new ArrayList<>();

    protected Referral() {
        // for JPA
    }

    /**
     * Starts a draft. The incident cannot be after the moment the draft is started.
     *
     * @param id the new referral's id; callers other than tests use {@link #newId()}
     */
    public static Referral startDraft(String id, List<String> childInitials, LocalDate incidentDate, String summary,
            String createdBy, OffsetDateTime now) {
        return startDraft(id, ReferralKind.PRACTICE_REVIEW, childInitials, incidentDate, summary, createdBy, now);
    }

    /** Starts a draft of either form: Document 7, or Document 6 for a Good Outcome Review. */
    public static Referral startDraft(String id, ReferralKind kind, List<String> childInitials, LocalDate incidentDate,
            String summary, String createdBy, OffsetDateTime now) {
        Objects.requireNonNull(now, "now");
        if (childInitials == null || childInitials.isEmpty()) {
            throw InvalidFieldException.refused("childInitials", "referral.referral.at-least-one-child");
        }
        if (incidentDate == null || incidentDate.isAfter(now.toLocalDate())) {
            throw InvalidFieldException.refused("incidentDate", "referral.referral.incident-date-given-not-future");
        }
        if (summary == null || summary.isBlank() || summary.length() > SUMMARY_MAX) {
            throw InvalidFieldException.refused("summary", "referral.referral.summary-length", SUMMARY_MAX);
        }
        Referral referral = new Referral();
        referral.id = UUID.fromString(id).toString();
        referral.status = ReferralStatus.DRAFT;
        referral.kind = Objects.requireNonNull(kind, "kind");
        referral.incidentDate = incidentDate;
        referral.summary = summary.strip();
        referral.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        referral.createdAt = now;
        referral.updatedAt = now;
        for (String initials : childInitials) {
            String normalised = normaliseInitials(initials);
            if (!normalised.matches(INITIALS_PATTERN)) {
                throw InvalidFieldException.refused("childInitials", "referral.referral.not-initials", initials);
            }
            referral.children.add(new ReferralChild(referral, referral.children.size(), normalised));
        }
        return referral;
    }

    /**
     * §7.3-7.4: the business unit keys in a referral that reached it from outside (the Coroner, the
     * Rapid Response Team, the Child Death Overview Panel, or an agency's form e-mailed to the mailbox).
     * The business manager who keys it in completes and submits the form in the sender's place; the
     * partnership received it at {@code receipt.receivedAt()}, which its clocks count from.
     */
    public static Referral keyIn(String id, ReferralKind kind, List<String> childInitials, LocalDate incidentDate,
            String summary, OutsideReceipt receipt, String keyedInBy, OffsetDateTime now) {
        Referral referral = startDraft(id, kind, childInitials, incidentDate, summary, keyedInBy, now);
        OutsideReceipt checked = OutsideReceipt.keyedIn(receipt.source(), receipt.sourceName(), receipt.channel(),
                receipt.receivedAt(), incidentDate, now);
        referral.outsideSource = checked.source();
        referral.outsideSourceName = checked.sourceName();
        referral.outsideChannel = checked.channel();
        referral.outsideReceivedAt = checked.receivedAt();
        return referral;
    }

    /** How the referral reached the business unit from outside, if it did (§7.3-7.4). */
    public java.util.Optional<OutsideReceipt> outsideReceipt() {
        return outsideSource == null ? java.util.Optional.empty() : java.util.Optional.of(new OutsideReceipt(
                outsideSource, outsideSourceName, outsideChannel, outsideReceivedAt));
    }

    /** The form as last saved; a fresh copy each time, so a caller's changes are saved only through {@link #saveContent}. */
    public ReferralContent content() {
        return ContentJson.read(contentJson);
    }

    /**
     * Saves the form as it is, valid or not: nothing typed is lost. The list columns (initials,
     * incident date, summary) follow the form where it says something usable.
     */
    public void saveContent(ReferralContent content, String by, OffsetDateTime now) {
        requireStatus("change", ReferralStatus.DRAFT, ReferralStatus.RETURNED);
        requireReferrer(by);
        contentJson = ContentJson.write(content);
        LocalDate date = content.getIncident().getDate();
        if (date != null && !date.isAfter(now.toLocalDate())) {
            incidentDate = date;
        }
        String happened = content.getIncident().getWhatHappened();
        if (happened != null && !happened.isBlank()) {
            summary = happened.strip().length() > SUMMARY_MAX ? happened.strip().substring(0, SUMMARY_MAX) : happened.strip();
        }
        List<String> initials = content.getChildren().stream().map(c -> initialsOf(c.getName()))
                .filter(i -> i.matches(INITIALS_PATTERN)).toList();
        if (!initials.isEmpty() && initials.size() == content.getChildren().size()) {
            children.clear();
            initials.forEach(i -> children.add(new ReferralChild(this, children.size(), i)));
        }
        updatedAt = now;
    }

    /** "Jamie Lee Smith" is JLS: what lists show instead of a child's name. */
    static String initialsOf(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder initials = new StringBuilder();
        for (String part : name.strip().split("[\\s-]+")) {
            if (!part.isEmpty() && Character.isLetter(part.charAt(0)) && initials.length() < 4) {
                initials.append(Character.toUpperCase(part.charAt(0)));
            }
        }
        return initials.toString();
    }

    /** The referrer corrects the draft, or a returned referral before re-submitting it. */
    public void revise(List<String> childInitials, LocalDate newIncidentDate, String newSummary, String by,
            OffsetDateTime now) {
        requireStatus("change", ReferralStatus.DRAFT, ReferralStatus.RETURNED);
        requireReferrer(by);
        Referral checked = startDraft(newId(), childInitials, newIncidentDate, newSummary, by, now);
        incidentDate = checked.incidentDate;
        summary = checked.summary;
        children.clear();
        checked.childInitials().forEach(i -> children.add(new ReferralChild(this, children.size(), i)));
        updatedAt = now;
    }

    /**
     * The referrer submits: the business unit receives it now. A returned referral is re-submitted
     * and its earlier submission stays on the record.
     *
     * @return true if this was a re-submission after a return
     */
    public boolean submit(String newReference, int thresholdVersionInForce, String by, OffsetDateTime now) {
        return submit(newReference, thresholdVersionInForce, by, null, now);
    }

    public boolean submit(String newReference, int thresholdVersionInForce, String by, String byEmail,
            OffsetDateTime now) {
        requireStatus("submit", ReferralStatus.DRAFT, ReferralStatus.RETURNED);
        requireReferrer(by);
        referrerEmail = byEmail;
        boolean resubmission = status == ReferralStatus.RETURNED;
        if (reference == null) {
            reference = Objects.requireNonNull(newReference, "reference");
            thresholdVersion = thresholdVersionInForce;
        }
        submissions.add(new Submission(now, by, String.join(", ", childInitials()), incidentDate, summary));
        submittedAt = now;
        forwardedAt = null;
        forwardedBy = null;
        votes.forEach(v -> {
            if (v.isCurrent()) {
                v.supersede(now, "Re-submitted after the return");
            }
        });
        outcome = null;
        decisionRoute = null;
        decidedAt = null;
        decidedBy = null;
        decisionRationale = null;
        status = ReferralStatus.SUBMITTED;
        updatedAt = now;
        return resubmission;
    }

    /**
     * The moment the partnership receives the referral when it is submitted {@code now}: for a
     * referral keyed in from outside, its first submission was received when the mailbox received it
     * (§7.5, "within 24 hours of receipt"); anything else, and any re-submission, is received now.
     */
    public OffsetDateTime receivedWhenSubmitted(OffsetDateTime now) {
        return outsideReceivedAt != null && reference == null ? outsideReceivedAt : now;
    }

    /**
     * §7.3: "each organisation needs to decide how a referral will be verified internally before the
     * referral is made": the referrer sends it to their agency's verifier on this service, instead of
     * to the partnership. It cannot be changed while the verifier has it.
     */
    public void sendForVerification(String by, String byEmail, String verifierUsername, OffsetDateTime now) {
        requireStatus("send for verification", ReferralStatus.DRAFT, ReferralStatus.RETURNED);
        requireReferrer(by);
        if (outsideSource != null) {
            // §7.3 is the sending organisation's own process; the business unit keyed in what it received.
            throw RefusedException.because("referral.referral.keyed-in-verified-by-sender");
        }
        if (verifierUsername == null || verifierUsername.isBlank()) {
            throw InvalidFieldException.refused("referrer.verifierUsername",
                    "referral.referral.name-your-agency-verifier-service");
        }
        if (verifierUsername.strip().equalsIgnoreCase(by)) {
            throw InvalidFieldException.refused("referrer.verifierUsername",
                    "referral.referral.someone-else-your-agency-verifies");
        }
        referrerEmail = byEmail;
        verifier = verifierUsername.strip();
        verificationAskedAt = now;
        verificationReturnedBecause = null;
        verifiedBy = null;
        verifiedAt = null;
        verificationNote = null;
        statusBeforeVerification = status;
        status = ReferralStatus.AWAITING_VERIFICATION;
        updatedAt = now;
    }

    /** §7.3: the verifier the referrer named verifies it; the partnership receives it next. */
    public void verify(String by, String byName, String note, OffsetDateTime now) {
        requireStatus("verify", ReferralStatus.AWAITING_VERIFICATION);
        requireVerifier(by);
        Texts.requireAtMost("verificationNote", note, 2000);
        verifiedBy = Objects.requireNonNull(byName);
        verifiedAt = now;
        verificationNote = Texts.blankToNull(note);
        status = statusBeforeVerification;
        updatedAt = now;
    }

    /** §7.3: the verifier sends it back to the referrer with the reason; the referrer changes it and sends it again. */
    public void returnFromVerification(String by, String because, OffsetDateTime now) {
        requireStatus("return", ReferralStatus.AWAITING_VERIFICATION);
        requireVerifier(by);
        Texts.requireAtMost("returnBecause", because, 2000);
        verificationReturnedBecause = Texts.required("returnBecause", because,
                "referral.referral.say-what-referrer-should-change");
        status = statusBeforeVerification;
        updatedAt = now;
    }

    private void requireVerifier(String by) {
        if (verifier == null || !verifier.equalsIgnoreCase(by)) {
            throw RefusedException.because("referral.referral.only-verifier-referrer-named-can");
        }
    }

    public String verifier() {
        return verifier;
    }

    public OffsetDateTime verificationAskedAt() {
        return verificationAskedAt;
    }

    public String verifiedBy() {
        return verifiedBy;
    }

    public OffsetDateTime verifiedAt() {
        return verifiedAt;
    }

    public String verificationNote() {
        return verificationNote;
    }

    public String verificationReturnedBecause() {
        return verificationReturnedBecause;
    }

    /** §7.5: the business unit forwards the referral to the Virtual Panel. */
    public void forwardToPanel(String by, OffsetDateTime now) {
        requireStatus("forward", ReferralStatus.SUBMITTED);
        forwardedAt = now;
        forwardedBy = Objects.requireNonNull(by);
        status = ReferralStatus.WITH_PANEL;
        updatedAt = now;
    }

    /** §7.5: "Where the review is obviously a rapid review, an immediate decision is taken by the Business Manager". */
    public void commenceRapidReviewAtOnce(String by, String rationale, OffsetDateTime now) {
        requireStatus("decide", ReferralStatus.SUBMITTED, ReferralStatus.WITH_PANEL);
        decide(PanelOutcome.COMMENCE_RAPID_REVIEW, DecisionRoute.BUSINESS_MANAGER_AT_ONCE, by, rationale, now);
    }

    /**
     * A panel member's vote. A member votes once; a changed mind supersedes the vote with a reason.
     * Once the panel has decided, no vote is taken.
     */
    public PanelDecisionRule.Tally vote(PanelVote vote, PanelRule rule) {
        requireStatus("vote on", ReferralStatus.WITH_PANEL);
        requireOutcomeOfKind(vote.outcome());
        if (currentVoteOf(vote.member()).isPresent()) {
            throw RefusedException.because("referral.referral.has-already-voted-changed-vote", vote.member());
        }
        votes.add(new RecordedVote(vote));
        return afterVote(rule, vote.at());
    }

    public PanelDecisionRule.Tally supersedeVote(PanelVote newVote, String because, PanelRule rule) {
        requireStatus("vote on", ReferralStatus.WITH_PANEL);
        requireOutcomeOfKind(newVote.outcome());
        if (because == null || because.isBlank()) {
            throw InvalidFieldException.refused("because", "referral.referral.say-why-vote-changes");
        }
        RecordedVote earlier = currentVoteOf(newVote.member()).orElseThrow(() ->
                RefusedException.because("referral.referral.has-no-vote-supersede", newVote.member()));
        earlier.supersede(newVote.at(), because.strip());
        votes.add(new RecordedVote(newVote));
        return afterVote(rule, newVote.at());
    }

    /** Where the counted votes stand now. */
    public PanelDecisionRule.Tally tally(PanelRule rule) {
        return PanelDecisionRule.tally(currentVotes(), rule);
    }

    /** The partnership's rule gave a tie to the chair, who decides between the tied outcomes. */
    public void chairDecidesTie(String chair, PanelOutcome chosen, String rationale, PanelRule rule, OffsetDateTime now) {
        requireStatus("decide", ReferralStatus.WITH_PANEL);
        if (!(tally(rule) instanceof PanelDecisionRule.TiedForChair tie)) {
            throw RefusedException.because("referral.referral.panel-votes-are-not-tied");
        }
        if (chosen == null || !tie.tied().contains(chosen)) {
            throw InvalidFieldException.refused("outcome", "referral.referral.chair-decides-between-tied", tie.tied());
        }
        decide(chosen, DecisionRoute.CHAIR_ON_TIE, chair, rationale, now);
    }

    /** The referrer disagrees with "no review" and says why (§7.5). */
    public void disagree(String by, String why, OffsetDateTime now) {
        requireStatus("disagree with", ReferralStatus.DECIDED);
        requireReferrer(by);
        if (outcome != PanelOutcome.NO_REVIEW) {
            throw RefusedException.because("referral.referral.only-decision-no-review-can");
        }
        disagreement = Texts.required("why", why, "referral.referral.say-why-disagree");
        status = ReferralStatus.DISPUTED;
        updatedAt = now;
    }

    public void recordAdviserView(String by, String view, OffsetDateTime now) {
        requireStatus("record the adviser's view on", ReferralStatus.DISPUTED);
        adviserView = Texts.required("view", view, "referral.referral.record-adviser-view");
        adviserViewBy = Objects.requireNonNull(by);
        updatedAt = now;
    }

    /** The final decision after a disagreement, recorded with the adviser's view. */
    public void finalDecision(String by, PanelOutcome finalOutcome, String rationale, OffsetDateTime now) {
        requireStatus("decide", ReferralStatus.DISPUTED);
        if (adviserView == null) {
            throw RefusedException.because("referral.referral.record-independent-adviser-view-before");
        }
        if (finalOutcome == PanelOutcome.INCOMPLETE_RETURN_TO_REFERRER) {
            throw InvalidFieldException.refused("outcome", "referral.referral.final-decision-review-or-none");
        }
        requireOutcomeOfKind(finalOutcome);
        decide(finalOutcome, DecisionRoute.FINAL_AFTER_DISAGREEMENT, by, rationale, now);
    }

    public void linkReview(String newReviewId) {
        if (reviewId != null) {
            throw RefusedException.because("referral.referral.referral-already-has-review");
        }
        reviewId = Objects.requireNonNull(newReviewId);
    }

    private PanelDecisionRule.Tally afterVote(PanelRule rule, OffsetDateTime now) {
        PanelDecisionRule.Tally tally = tally(rule);
        if (tally instanceof PanelDecisionRule.Decided decided) {
            String reasons = currentVotes().stream().filter(PanelVote::counts)
                    .filter(v -> v.outcome() == decided.outcome())
                    .map(v -> v.member() + ": " + v.reason()).reduce((a, b) -> a + "; " + b).orElse("");
            decide(decided.outcome(), decided.byTieRule() ? DecisionRoute.TIE_RULE : DecisionRoute.PANEL_MAJORITY,
                    "panel", reasons, now);
        }
        updatedAt = now;
        return tally;
    }

    private void decide(PanelOutcome decided, DecisionRoute route, String by, String rationale, OffsetDateTime now) {
        outcome = decided;
        decisionRoute = route;
        decidedBy = Objects.requireNonNull(by);
        decisionRationale = Texts.required("rationale", rationale, "referral.referral.give-rationale");
        decidedAt = now;
        if (decided == PanelOutcome.INCOMPLETE_RETURN_TO_REFERRER) {
            submissions.get(submissions.size() - 1).returned(decisionRationale);
            status = ReferralStatus.RETURNED;
        } else {
            status = ReferralStatus.DECIDED;
        }
        updatedAt = now;
    }

    private void requireOutcomeOfKind(PanelOutcome proposed) {
        if (proposed == null) {
            throw InvalidFieldException.refused("outcome", "referral.referral.choose-outcome");
        }
        if (!kind.outcomes().contains(proposed)) {
            throw InvalidFieldException.refused("outcome", "referral.referral.kind-cannot-lead-to", kind,
                    kind.outcomes(), proposed);
        }
    }

    private java.util.Optional<RecordedVote> currentVoteOf(String member) {
        return votes.stream().filter(v -> v.isCurrent() && v.member().equals(member)).findFirst();
    }

    public List<PanelVote> currentVotes() {
        return votes.stream().filter(RecordedVote::isCurrent).map(RecordedVote::vote).toList();
    }

    private void requireStatus(String act, ReferralStatus... allowed) {
        if (status == ReferralStatus.HANDED_OVER) {
            throw ReadOnlyRecordException.because("referral.referral.handed-over", handedOverTo);
        }
        if (!java.util.Arrays.asList(allowed).contains(status)) {
            throw RefusedException.because("referral.referral.referral-cannot-now", status, act);
        }
    }

    /**
     * Only the referrer who wrote it changes it; a referral keyed in from outside (§7.3-7.4) is the
     * business unit's, whose members the service lets through.
     */
    private void requireReferrer(String by) {
        if (!createdBy.equals(by) && outsideSource == null) {
            throw RefusedException.because("referral.referral.only-referrer-who-wrote-can");
        }
    }

    public String reference() {
        return reference;
    }

    public ReferralKind kind() {
        return kind;
    }

    public String referrerEmail() {
        return referrerEmail;
    }

    public Integer thresholdVersion() {
        return thresholdVersion;
    }

    public OffsetDateTime submittedAt() {
        return submittedAt;
    }

    public OffsetDateTime forwardedAt() {
        return forwardedAt;
    }

    public PanelOutcome outcome() {
        return outcome;
    }

    public DecisionRoute decisionRoute() {
        return decisionRoute;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String decisionRationale() {
        return decisionRationale;
    }

    public String disagreement() {
        return disagreement;
    }

    public String adviserView() {
        return adviserView;
    }

    public String reviewId() {
        return reviewId;
    }

    public List<RecordedVote> votes() {
        return Collections.unmodifiableList(votes);
    }

    public List<Submission> submissions() {
        return Collections.unmodifiableList(submissions);
    }

    /** What lists and clocks show: the reference once there is one, never a child's name. */
    public String label() {
        return reference != null ? reference : "Draft " + id.substring(0, 8);
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** "j.s", "J S" and "js" are all JS: people type initials many ways. */
    public static String normaliseInitials(String raw) {
        return raw == null ? "" : raw.replaceAll("[\\s.]", "").toUpperCase(java.util.Locale.UK);
    }

    public String id() {
        return id;
    }

    public String receivedFrom() {
        return receivedFrom;
    }

    public String handedOverTo() {
        return handedOverTo;
    }

    public ReferralStatus status() {
        return status;
    }

    public LocalDate incidentDate() {
        return incidentDate;
    }

    public String summary() {
        return summary;
    }

    public String createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public List<ReferralChild> children() {
        return Collections.unmodifiableList(children);
    }

    public List<String> childInitials() {
        return children.stream().map(ReferralChild::initials).toList();
    }
}

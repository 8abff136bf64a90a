package uk.safeguarding.reviews.thresholds.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.ScheduledVersion;

/**
 * One version of a partnership's thresholds: the review kinds it runs and the criteria questions for
 * each, how its Virtual Panel decides, and which statutory partners make a Rapid Review meeting
 * quorate. Versions never change; a change publishes the next one with an effective date, and a
 * referral keeps the version in force when it was made.
 */
@Entity
@Table(name = "threshold_set")
public class ThresholdSet extends ScheduledVersion {

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "threshold_review_kind", joinColumns = @JoinColumn(name = "threshold_version"))
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private Set<ReviewKind> kinds = EnumSet.noneOf(ReviewKind.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "threshold_question", joinColumns = @JoinColumn(name = "threshold_version"))
    @OrderColumn(name = "position")
    private List<StoredQuestion> questions = new ArrayList<>();

    @Column(name = "panel_quorum", nullable = false)
    private int quorum;

    @Column(name = "panel_size", nullable = false)
    private int panelSize;

    @Enumerated(EnumType.STRING)
    @Column(name = "tie_rule", nullable = false)
    private TieRule tieRule;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "threshold_statutory_partner", joinColumns = @JoinColumn(name = "threshold_version"))
    @OrderColumn(name = "position")
    @Column(name = "partner", nullable = false)
    private List<String> statutoryPartners = new ArrayList<>();

    @Column(name = "equality_consideration_required", nullable = false)
    private boolean equalityConsiderationRequired = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "threshold_panel_member", joinColumns = @JoinColumn(name = "threshold_version"))
    @OrderColumn(name = "position")
    @Column(name = "username", nullable = false)
    private List<String> panelMembers = new ArrayList<>();

    protected ThresholdSet() {
        // for JPA
    }

    private ThresholdSet(int version, LocalDate effectiveFrom, String reason, String by, OffsetDateTime at,
            Thresholds thresholds) {
        super(version, effectiveFrom, reason, by, at);
        this.kinds = EnumSet.copyOf(thresholds.kinds());
        thresholds.questions().forEach(q -> questions.add(StoredQuestion.of(q)));
        this.quorum = thresholds.panel().quorum();
        this.panelSize = thresholds.panel().panelSize();
        this.tieRule = thresholds.panel().tieRule();
        this.statutoryPartners = new ArrayList<>(thresholds.statutoryPartners());
        this.equalityConsiderationRequired = thresholds.equalityConsiderationRequired();
        this.panelMembers = new ArrayList<>(thresholds.panelMembers());
    }

    /** Version 1: the 2019 policy's thresholds. */
    public static ThresholdSet initial(LocalDate effectiveFrom, OffsetDateTime at) {
        return new ThresholdSet(1, effectiveFrom, "The 2019 policy's thresholds, shipped as the default", "system", at,
                new Thresholds(Set.copyOf(PolicyThresholds.KINDS), PolicyThresholds.QUESTIONS, PolicyThresholds.PANEL,
                        PolicyThresholds.STATUTORY_PARTNERS));
    }

    public ThresholdSet publishChange(Thresholds next, LocalDate effectiveFrom, String reason, String by,
            OffsetDateTime at) {
        requireNotBefore(effectiveFrom);
        return new ThresholdSet(version() + 1, effectiveFrom, reason, by, at, next);
    }

    public Thresholds thresholds() {
        return new Thresholds(kinds.isEmpty() ? Set.of() : EnumSet.copyOf(kinds),
                questions.stream().map(StoredQuestion::toQuestion).toList(),
                new PanelRule(quorum, panelSize, tieRule), List.copyOf(statutoryPartners), equalityConsiderationRequired,
                List.copyOf(panelMembers));
    }

    /**
     * The content of a version, checked as a whole: at least one kind of review, a question for every
     * kind run (and none for a kind not run), a panel that can reach its quorum, and named, distinct
     * statutory partners. {@code equalityConsiderationRequired}: whether a Rapid Review meeting records
     * its consideration of racism, inequality and disability before its outcome (issue 14 §4 item 6:
     * the 2019 policy does not require it, later national guidance does; on unless a partnership turns
     * it off). {@code panelMembers}: the sign-in names of the Virtual Panel's members (§10.1); when
     * listed, only they vote and the panel's size is their number; when empty, anyone holding the
     * panel-member role votes.
     */
    public record Thresholds(Set<ReviewKind> kinds, List<CriteriaQuestion> questions, PanelRule panel,
            List<String> statutoryPartners, boolean equalityConsiderationRequired, List<String> panelMembers) {

        /** With the consideration of racism, inequality and disability required, as shipped, and no list of members. */
        public Thresholds(Set<ReviewKind> kinds, List<CriteriaQuestion> questions, PanelRule panel,
                List<String> statutoryPartners) {
            this(kinds, questions, panel, statutoryPartners, true, List.of());
        }

        /** Whether {@code username} may vote: a listed member, or, with no list, anyone with the panel-member role. */
        public boolean listsPanelMember(String username) {
            return panelMembers.stream().anyMatch(m -> m.equalsIgnoreCase(username));
        }

        public Thresholds {
            if (kinds == null || kinds.isEmpty()) {
                throw InvalidFieldException.refused("kinds", "thresholds.threshold-set.choose-a-kind");
            }
            Set<ReviewKind> run = Set.copyOf(kinds);
            for (ReviewKind kind : run) {
                if (!ReviewKind.decidedOnReferrals().contains(kind)) {
                    throw InvalidFieldException.refused("kinds", "thresholds.threshold-set.kind-not-decided-on-referral",
                            kind);
                }
                if (questions.stream().noneMatch(q -> q.kind() == kind)) {
                    throw InvalidFieldException.refused("kinds", "thresholds.threshold-set.question-for-kind", kind);
                }
            }
            questions = questions.stream().filter(q -> run.contains(q.kind())).toList();
            java.util.Objects.requireNonNull(panel, "panel");
            List<String> partners = statutoryPartners == null ? List.of()
                    : statutoryPartners.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
            if (partners.isEmpty()) {
                throw InvalidFieldException.refused("statutoryPartners", "thresholds.threshold-set.name-a-partner");
            }
            if (new LinkedHashSet<>(partners.stream().map(p -> p.toLowerCase(java.util.Locale.UK)).toList()).size()
                    != partners.size()) {
                throw InvalidFieldException.refused("statutoryPartners", "thresholds.threshold-set.partner-named-once");
            }
            if (partners.stream().anyMatch(p -> p.length() > 100)) {
                throw InvalidFieldException.refused("statutoryPartners", "thresholds.threshold-set.partner-name-length");
            }
            List<String> members = panelMembers == null ? List.of()
                    : panelMembers.stream().map(String::strip).filter(m -> !m.isEmpty()).toList();
            if (new LinkedHashSet<>(members.stream().map(m -> m.toLowerCase(java.util.Locale.UK)).toList()).size()
                    != members.size()) {
                throw InvalidFieldException.refused("panelMembers", "thresholds.threshold-set.member-listed-once");
            }
            if (!members.isEmpty() && members.size() != panel.panelSize()) {
                panel = new PanelRule(panel.quorum(), members.size(), panel.tieRule());
            }
            kinds = run;
            statutoryPartners = partners;
            panelMembers = members;
        }

        public List<CriteriaQuestion> questionsFor(ReviewKind kind) {
            return questions.stream().filter(q -> q.kind() == kind).toList();
        }
    }

    /** A criteria question as stored. */
    @Embeddable
    public static class StoredQuestion {
        @Enumerated(EnumType.STRING)
        @Column(name = "kind", nullable = false)
        private ReviewKind kind;
        @Column(name = "question", nullable = false)
        private String text;
        @Column(name = "policy_reference", nullable = false)
        private String policyReference;

        protected StoredQuestion() {
            // for JPA
        }

        static StoredQuestion of(CriteriaQuestion question) {
            StoredQuestion stored = new StoredQuestion();
            stored.kind = question.kind();
            stored.text = question.text();
            stored.policyReference = question.policyReference();
            return stored;
        }

        CriteriaQuestion toQuestion() {
            return new CriteriaQuestion(kind, text, policyReference);
        }
    }
}

package uk.safeguarding.reviews.thresholds.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Forms;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.thresholds.domain.CriteriaQuestion;
import uk.safeguarding.reviews.thresholds.domain.PanelRule;
import uk.safeguarding.reviews.thresholds.domain.ReviewKind;
import uk.safeguarding.reviews.thresholds.domain.ThresholdSet;
import uk.safeguarding.reviews.thresholds.domain.ThresholdSet.Thresholds;
import uk.safeguarding.reviews.thresholds.domain.ThresholdSetRepository;

/**
 * The partnership's thresholds: read them (business managers), publish a change as a new version
 * (audited), and give referrals and reviews the version they run under.
 */
@ApplicationScoped
@Transactional
public class ThresholdsService {

    static final String RECORD_TYPE = "thresholds";

    @Inject
    private ThresholdSetRepository versions;

    @Inject
    private AuditTrail audit;

    @Inject
    private RoleGate roles;

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    public ThresholdsView current() {
        roles.read(AuditAction.VIEW, RECORD_TYPE, null, "the thresholds", Role.BUSINESS_MANAGER);
        ThresholdSet newest = newest();
        ThresholdSet today = setInForce();
        boolean scheduled = newest.version() != today.version();
        return new ThresholdsView(today.version(), today.effectiveFrom(), today.createdBy(), today.thresholds(),
                scheduled ? newest.version() : null, scheduled ? newest.effectiveFrom() : null, newest.thresholds());
    }

    /** The version in force today: what a referral made now is judged against. */
    public ThresholdVersion inForce() {
        ThresholdSet set = setInForce();
        return new ThresholdVersion(set.version(), set.thresholds());
    }

    public ThresholdVersion version(int version) {
        ThresholdSet set = versions.version(version)
                .orElseThrow(() -> new IllegalArgumentException("There is no threshold version " + version));
        return new ThresholdVersion(set.version(), set.thresholds());
    }

    /** The statutory partners of a threshold version: who must attend and endorse a review run under it (§7.12). */
    public java.util.List<String> statutoryPartners(int version) {
        return version(version).thresholds().statutoryPartners();
    }

    private ThresholdSet setInForce() {
        ThresholdSet newest = newest();
        return versions.inForceOn(LocalDate.now(clock)).orElse(newest);
    }

    /** The form filled from the newest version, which a change builds on. */
    public ThresholdChangeForm changeFormFromNewest() {
        roles.require(AuditAction.VIEW, RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        Thresholds newest = newest().thresholds();
        ThresholdChangeForm form = new ThresholdChangeForm();
        form.setKinds(newest.kinds().stream().sorted().toList());
        for (ReviewKind kind : ReviewKind.decidedOnReferrals()) {
            form.setQuestionsFor(kind, String.join("\n", newest.questionsFor(kind).stream()
                    .map(CriteriaQuestion::text).toList()));
        }
        form.setQuorum(newest.panel().quorum());
        form.setPanelSize(newest.panel().panelSize());
        form.setTieRule(newest.panel().tieRule());
        form.setStatutoryPartners(String.join("\n", newest.statutoryPartners()));
        form.setEqualityConsiderationRequired(newest.equalityConsiderationRequired());
        form.setPanelMembers(String.join("\n", newest.panelMembers()));
        form.setEffectiveFrom(LocalDate.now(clock));
        return form;
    }

    /** Publishes the change as the next version; returns its number. */
    public int publishChange(ThresholdChangeForm form) {
        Caller caller = roles.require(AuditAction.UPDATE, RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        Forms.requireValid(validator, form);
        ThresholdSet current = newest();
        Thresholds next = fromForm(form, current.thresholds());
        ThresholdSet published = current.publishChange(next, form.getEffectiveFrom(), form.getReason(),
                caller.username(), OffsetDateTime.now(clock));
        versions.add(published);
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, "v" + published.version(), describe(current.thresholds()) + " -> "
                + describe(next) + ", effective " + form.getEffectiveFrom() + "; " + form.getReason());
        return published.version();
    }

    /** Checks the whole form and says which field is wrong; a question kept word for word keeps its reference. */
    static Thresholds fromForm(ThresholdChangeForm form, Thresholds before) {
        EnumSet<ReviewKind> kinds = EnumSet.noneOf(ReviewKind.class);
        kinds.addAll(form.getKinds());
        List<CriteriaQuestion> questions = new ArrayList<>();
        for (ReviewKind kind : kinds) {
            List<String> lines = lines(form.questionsFor(kind));
            if (lines.isEmpty()) {
                throw InvalidFieldException.refused(ThresholdChangeForm.questionsField(kind),
                        "thresholds.thresholds-service.give-least-one-criteria-question");
            }
            for (String line : lines) {
                if (line.length() > 500) {
                    throw InvalidFieldException.refused(ThresholdChangeForm.questionsField(kind),
                            "thresholds.thresholds-service.each-question-must-500-characters");
                }
                String reference = before.questionsFor(kind).stream().filter(q -> q.text().equals(line))
                        .map(CriteriaQuestion::policyReference).findFirst().orElse("Set by the partnership");
                questions.add(new CriteriaQuestion(kind, line, reference));
            }
        }
        List<String> members = lines(form.getPanelMembers());
        if (members.stream().anyMatch(m -> m.length() > 200 || m.contains(" "))) {
            throw InvalidFieldException.refused("panelMembers",
                    "thresholds.thresholds-service.list-each-member-name-they");
        }
        if (members.stream().map(m -> m.toLowerCase(java.util.Locale.UK)).distinct().count() != members.size()) {
            throw InvalidFieldException.refused("panelMembers",
                    "thresholds.thresholds-service.each-member-panel-listed-once");
        }
        // §10.1: with its members listed, the panel is as large as the list.
        PanelRule panel = new PanelRule(form.getQuorum(), members.isEmpty() ? form.getPanelSize() : members.size(),
                form.getTieRule());
        return new Thresholds(kinds, questions, panel, lines(form.getStatutoryPartners()),
                form.isEqualityConsiderationRequired(), members);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String describe(Thresholds t) {
        return "kinds " + t.kinds().stream().sorted().toList() + ", " + t.questions().size() + " questions, quorum "
                + t.panel().quorum() + " of " + t.panel().panelSize() + ", tie " + t.panel().tieRule() + ", partners "
                + t.statutoryPartners();
    }

    /** The newest version; the first use in a partnership records version 1, the policy's thresholds. */
    private ThresholdSet newest() {
        return versions.latest().orElseGet(() -> {
            versions.lockFirstVersion();
            Optional<ThresholdSet> written = versions.latest();
            if (written.isPresent()) {
                return written.get();
            }
            ThresholdSet initial = ThresholdSet.initial(LocalDate.now(clock), OffsetDateTime.now(clock));
            versions.add(initial);
            audit.allowed(AuditAction.CREATE, RECORD_TYPE, "v1", "default thresholds of the 2019 policy");
            return initial;
        });
    }
}

package uk.safeguarding.reviews.review.domain;

import java.util.EnumSet;
import java.util.Set;
import uk.safeguarding.reviews.kernel.Role;

/**
 * What a person does to a review, and which of the partnership's roles may do it: the one table that
 * every review service asks through {@code ReviewAccess}. A role holds an act either across the
 * partnership, or only on the reviews that name the person (issue 14 §1, need to know: a reviewer
 * sees the reviews they are assigned to and nothing else, §3.1, §8.1).
 */
public enum ReviewAct {

    /** See the review, its meeting, its composite chronology and its report (§7.10-7.13). */
    SEE(Audience.PANEL_AND_MANAGER, Audience.NEED_TO_KNOW),
    /** Follow its information requests and the meeting's arrangements (§7.7, §7.10). */
    FOLLOW_REQUESTS(Role.BUSINESS_MANAGER, Role.PANEL_MEMBER),
    /** List the reviews: all of the partnership's, or those the person is assigned to or named on. */
    LIST(Audience.PANEL_AND_MANAGER, Audience.NEED_TO_KNOW),
    /** Run it: send requests, hold and record the meeting, send the report, give assignments (§7.5-7.13). */
    RUN(Role.BUSINESS_MANAGER),
    /**
     * §7.12: "The Rapid Review Meeting Report (Document 12) will be completed by the chair": the notes
     * of the discussion, the safety actions, the pending information and the outcome with its
     * recommendation. The review's assigned chair (a contracted reviewer, or a member of the panel, the
     * sub-group or a partner chosen for their independence, §3.1); the business unit, which supports
     * the chair and sends the report (§7.13), on any review.
     */
    COMPLETE_MEETING_REPORT(EnumSet.of(Role.BUSINESS_MANAGER), EnumSet.of(Role.REVIEWER, Role.PANEL_MEMBER,
            Role.INDEPENDENT_ADVISER, Role.PRSG_CHAIR, Role.STATUTORY_PARTNER), ReviewPart.CHAIR),
    /** §7.6: "The Chair of PRSG will decide ... who should chair the review", with their independence. */
    APPOINT_CHAIR(Role.PRSG_CHAIR),
    /**
     * §8.1, §10.1: "The Practice Review Virtual Panel will appoint a lead reviewer within 10 working
     * days of decision to commence a fuller review": the panel's members and the business manager.
     */
    APPOINT_LEAD_REVIEWER(Audience.PANEL_AND_MANAGER, EnumSet.noneOf(Role.class)),
    /** Endorse or disagree with the meeting's recommendation for a statutory partner or as adviser (§7.12). */
    ENDORSE(Role.STATUTORY_PARTNER, Role.PANEL_MEMBER, Role.INDEPENDENT_ADVISER),
    /** Record the Ofsted notification check the panel makes (§7.5). */
    CHECK_OFSTED(Role.PANEL_MEMBER, Role.BUSINESS_MANAGER),
    /**
     * §4.2 table, §7.4: record the local authority's notification to the National Panel: the local
     * authority's representative on the review, or the business unit from the copy it received.
     */
    RECORD_NOTIFICATION(EnumSet.of(Role.BUSINESS_MANAGER), EnumSet.of(Role.STATUTORY_PARTNER)),
    /**
     * §8.1-8.2: draft a version of the review's terms of reference: the business unit on any review,
     * a lead reviewer on the review they are assigned to (the review group agrees them; the business
     * unit records that, as it runs the review).
     */
    DRAFT_TERMS_OF_REFERENCE(EnumSet.of(Role.BUSINESS_MANAGER), EnumSet.of(Role.REVIEWER)),
    /**
     * §6, Document 3: record the family's involvement: the business unit on any review, a lead
     * reviewer on their own (they meet the family); names of family members are need to know.
     */
    INVOLVE_FAMILY(EnumSet.of(Role.BUSINESS_MANAGER), EnumSet.of(Role.REVIEWER)),
    /**
     * §10.3 e: rate the quality of an agency's submitted summary on the partnership's scale: "the
     * business unit or chair": the business unit on any review, a reviewer named on the review.
     */
    RATE_SUMMARY(EnumSet.of(Role.BUSINESS_MANAGER), EnumSet.of(Role.REVIEWER)),
    /**
     * §8.3: write the review's report, section by section: "lead reviewers and the SSCP will ensure
     * that all review reports include" its parts. The business unit on any review, a lead reviewer on
     * their own; the review group's agreement is recorded by the business unit, as it runs the review.
     */
    WRITE_REPORT(EnumSet.of(Role.BUSINESS_MANAGER), EnumSet.of(Role.REVIEWER)),
    /**
     * §4.4: record the methodology "the Practice Review Virtual Panel or case review group" chose: the
     * panel's members and the business manager.
     */
    CHOOSE_METHODOLOGY(EnumSet.of(Role.BUSINESS_MANAGER, Role.PANEL_MEMBER, Role.INDEPENDENT_ADVISER),
            EnumSet.noneOf(Role.class)),
    /**
     * §7.1: answer the assurance questions (Document 4) at a key stage: "those involved": the Virtual
     * Panel and the business manager on any review, a lead reviewer on their own.
     */
    CHECK_ASSURANCE(EnumSet.of(Role.BUSINESS_MANAGER, Role.PANEL_MEMBER, Role.INDEPENDENT_ADVISER, Role.PRSG_CHAIR),
            EnumSet.of(Role.REVIEWER)),
    /**
     * §8.3: sign off the agreed report for the statutory partner the person represents (a
     * statutory-partner user who is a contact of an agency standing for that partner), on the review
     * whose report awaits it.
     */
    SIGN_OFF_REPORT(EnumSet.noneOf(Role.class), EnumSet.of(Role.STATUTORY_PARTNER)),
    /**
     * §8.2: plan and record the review group's and the case group's meetings: "The Chairperson will
     * set meeting dates and agendas ... supported by the business unit": the business unit on any
     * review, a lead reviewer or chair on the review that names them.
     */
    HOLD_GROUP_MEETINGS(EnumSet.of(Role.BUSINESS_MANAGER), EnumSet.of(Role.REVIEWER)),
    /**
     * §10.1, §10.3 a: tag the review with the partnership's themes, so trends show across reviews: the
     * Virtual Panel and the business unit on any review, a lead reviewer on their own.
     */
    TAG_THEMES(EnumSet.of(Role.BUSINESS_MANAGER, Role.PANEL_MEMBER, Role.INDEPENDENT_ADVISER, Role.PRSG_CHAIR),
            EnumSet.of(Role.REVIEWER)),
    /** §7.12: decide an outcome escalated to the Safeguarding Executive, on the review escalated to it. */
    DECIDE_AS_EXECUTIVE(EnumSet.noneOf(Role.class), EnumSet.of(Role.EXECUTIVE)),
    /** Read the meeting's papers; an agency's contacts only once they are published to them (§7.11). */
    READ_PAPERS(with(Audience.PANEL_AND_MANAGER, Role.AGENCY_CONTRIBUTOR), Audience.NEED_TO_KNOW);

    /** Who sees reviews, held apart because an enum's constants are built before its static fields. */
    private static final class Audience {
        /**
         * §10.1: the Virtual Panel (the Independent Adviser, the PRSG's chair and deputy, the business
         * manager) decides on referrals and appoints lead reviewers, so it sees every review of the
         * partnership; the PRSG manages the framework (§1) and its chair chooses every review's chair.
         */
        static final Set<Role> PANEL_AND_MANAGER = EnumSet.of(Role.BUSINESS_MANAGER, Role.PANEL_MEMBER,
                Role.INDEPENDENT_ADVISER, Role.PRSG_CHAIR);

        /**
         * Everyone else sees a review only while something on it names them (§3.1 need to know): an
         * assignment (a lead reviewer, a partner's representative), an endorsement asked of their partner
         * (§7.12), or an escalation to the Safeguarding Executive (§7.12).
         */
        static final Set<Role> NEED_TO_KNOW = EnumSet.of(Role.REVIEWER, Role.STATUTORY_PARTNER, Role.EXECUTIVE);
    }

    private static Set<Role> with(Set<Role> roles, Role more) {
        EnumSet<Role> all = EnumSet.copyOf(roles);
        all.add(more);
        return all;
    }

    private final Set<Role> wide;
    private final Set<Role> named;
    private final Set<Role> roles;
    private final Set<ReviewPart> parts;

    ReviewAct(Role first, Role... more) {
        this(EnumSet.of(first, more), EnumSet.noneOf(Role.class));
    }

    ReviewAct(Set<Role> wide, Set<Role> named, ReviewPart... parts) {
        this.wide = Set.copyOf(wide);
        this.named = Set.copyOf(named);
        EnumSet<Role> all = EnumSet.copyOf(wide);
        all.addAll(named);
        this.roles = all;
        this.parts = Set.of(parts);
    }

    /**
     * Whether being named on a review as {@code part} (an assignment's part, or null for a record
     * naming the person, such as an endorsement asked of them) gives this act there: any naming, unless
     * the act belongs to certain parts only (the chair's report).
     */
    public boolean grantedBy(ReviewPart part) {
        return parts.isEmpty() || part != null && parts.contains(part);
    }

    /** Every role that may do it somewhere: across the partnership or on the reviews that name them. */
    public Set<Role> roles() {
        return roles;
    }

    /** The roles that may do it on any review of the partnership. */
    public Set<Role> wideRoles() {
        return wide;
    }

    /** Whether one of {@code held} may do it on any review, without an assignment. */
    public boolean allowsEverywhere(Set<Role> held) {
        return held.stream().anyMatch(wide::contains);
    }

    public boolean allows(Set<Role> held) {
        return held.stream().anyMatch(roles::contains);
    }
}

package uk.safeguarding.reviews.review.domain;

import java.util.EnumSet;
import java.util.Set;
import uk.safeguarding.reviews.kernel.Role;

/**
 * What a person does to a review, and which of the partnership's roles may do it: the one table that
 * every review service asks through {@code ReviewAccess}. A role holds an act either across the
 * partnership, or only on the reviews the person is assigned to (issue 14 §1, need to know: a
 * reviewer sees the reviews they are assigned to and nothing else, §3.1, §8.1).
 */
public enum ReviewAct {

    /** See the review, its meeting, its composite chronology and its report (§7.10-7.13). */
    SEE(EnumSet.of(Role.BUSINESS_MANAGER, Role.PANEL_MEMBER, Role.STATUTORY_PARTNER), EnumSet.of(Role.REVIEWER)),
    /** Follow its information requests and the meeting's arrangements (§7.7, §7.10). */
    FOLLOW_REQUESTS(Role.BUSINESS_MANAGER, Role.PANEL_MEMBER),
    /** List the reviews: all of the partnership's, or, for a reviewer, those assigned to them. */
    LIST(EnumSet.of(Role.BUSINESS_MANAGER, Role.PANEL_MEMBER, Role.STATUTORY_PARTNER), EnumSet.of(Role.REVIEWER)),
    /** Run it: send requests, hold and record the meeting, name the chair, send the report (§7.5-7.13). */
    RUN(Role.BUSINESS_MANAGER),
    /** Endorse or disagree with the meeting's recommendation for a statutory partner or as adviser (§7.13). */
    ENDORSE(Role.STATUTORY_PARTNER, Role.PANEL_MEMBER),
    /** Record the Ofsted notification check the panel makes (§7.5). */
    CHECK_OFSTED(Role.PANEL_MEMBER, Role.BUSINESS_MANAGER),
    /** Read the meeting's papers; an agency's contacts only once they are published to them (§7.11). */
    READ_PAPERS(EnumSet.of(Role.BUSINESS_MANAGER, Role.PANEL_MEMBER, Role.STATUTORY_PARTNER, Role.AGENCY_CONTRIBUTOR),
            EnumSet.of(Role.REVIEWER));

    private final Set<Role> wide;
    private final Set<Role> assigned;
    private final Set<Role> roles;

    ReviewAct(Role first, Role... more) {
        this(EnumSet.of(first, more), EnumSet.noneOf(Role.class));
    }

    ReviewAct(Set<Role> wide, Set<Role> assigned) {
        this.wide = Set.copyOf(wide);
        this.assigned = Set.copyOf(assigned);
        EnumSet<Role> all = EnumSet.copyOf(wide);
        all.addAll(assigned);
        this.roles = all;
    }

    /** Every role that may do it somewhere: across the partnership or on the reviews assigned to them. */
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

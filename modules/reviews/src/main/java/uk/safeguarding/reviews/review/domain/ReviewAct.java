package uk.safeguarding.reviews.review.domain;

import java.util.EnumSet;
import java.util.Set;
import uk.safeguarding.reviews.kernel.Role;

/**
 * What a person does to a review, and which of the partnership's roles may do it: the one table that
 * every review service asks through {@code ReviewAccess}. Per-review assignments (a chair, a lead
 * reviewer, a partner's representative for one review: issue 14) narrow it there, not in each service.
 */
public enum ReviewAct {

    /** See the review, its meeting, its composite chronology and its report (§7.10-7.13). */
    SEE(Role.BUSINESS_MANAGER, Role.PANEL_MEMBER, Role.STATUTORY_PARTNER, Role.REVIEWER),
    /** Follow its information requests and the meeting's arrangements (§7.7, §7.10). */
    FOLLOW_REQUESTS(Role.BUSINESS_MANAGER, Role.PANEL_MEMBER),
    /** List the partnership's reviews. */
    LIST(Role.BUSINESS_MANAGER, Role.PANEL_MEMBER),
    /** Run it: send requests, hold and record the meeting, name the chair, send the report (§7.5-7.13). */
    RUN(Role.BUSINESS_MANAGER),
    /** Endorse or disagree with the meeting's recommendation for a statutory partner or as adviser (§7.13). */
    ENDORSE(Role.STATUTORY_PARTNER, Role.PANEL_MEMBER),
    /** Record the Ofsted notification check the panel makes (§7.5). */
    CHECK_OFSTED(Role.PANEL_MEMBER, Role.BUSINESS_MANAGER),
    /** Read the meeting's papers; an agency's contacts only once they are published to them (§7.11). */
    READ_PAPERS(Role.BUSINESS_MANAGER, Role.PANEL_MEMBER, Role.STATUTORY_PARTNER, Role.REVIEWER,
            Role.AGENCY_CONTRIBUTOR);

    private final Set<Role> roles;

    ReviewAct(Role first, Role... more) {
        this.roles = EnumSet.of(first, more);
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean allows(Set<Role> held) {
        return held.stream().anyMatch(roles::contains);
    }
}

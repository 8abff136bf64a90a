package uk.safeguarding.reviews.kernel;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles a person can hold within one partnership (DOMAIN.md, "Who uses the product").
 * A person's roles are always per partnership: the same person may be a referrer in one tenant
 * and an inter-board coordinator in another. {@link #PLATFORM_ADMIN} is the only role that is
 * not tied to a partnership.
 */
public enum Role {
    REFERRER("referrer"),
    BUSINESS_MANAGER("business-manager"),
    PANEL_MEMBER("panel-member"),
    AGENCY_CONTRIBUTOR("agency-contributor"),
    STATUTORY_PARTNER("statutory-partner"),
    REVIEWER("reviewer"),
    SCRUTINEER("scrutineer"),
    /** §7.5, §7.12, §9, §10.1: the partnership's Independent Adviser, a member of the Virtual Panel. */
    INDEPENDENT_ADVISER("independent-adviser"),
    /** §7.6, §8.1: the Practice Review Sub-Group's chair, who chooses each review's chair. */
    PRSG_CHAIR("prsg-chair"),
    /** §7.12, §10.2, §10.3: a member of the Safeguarding Executive, who decides what is escalated to it. */
    EXECUTIVE("executive"),
    /** §7.3: the agency manager who verifies a referral before it reaches the partnership. */
    AGENCY_VERIFIER("agency-verifier"),
    INTER_BOARD_COORDINATOR("inter-board-coordinator"),
    /** Issue 18: reads and exports the partnership's audit trail and checks its seals, and sees no case. */
    AUDITOR("auditor"),
    PLATFORM_ADMIN("platform-admin");

    private final String claimName;

    Role(String claimName) {
        this.claimName = claimName;
    }

    /** The name used in identity-provider claims and as the Jakarta security role name. */
    public String claimName() {
        return claimName;
    }

    public static Optional<Role> fromClaimName(String name) {
        return Arrays.stream(values()).filter(r -> r.claimName.equals(name)).findFirst();
    }
}

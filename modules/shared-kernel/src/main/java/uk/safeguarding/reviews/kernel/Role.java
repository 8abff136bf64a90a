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
    INTER_BOARD_COORDINATOR("inter-board-coordinator"),
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

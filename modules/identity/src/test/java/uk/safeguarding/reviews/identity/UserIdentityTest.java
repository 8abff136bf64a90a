package uk.safeguarding.reviews.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;

class UserIdentityTest {

    @Test
    void rolesAreKeptPerPartnership() {
        UserIdentity coordinator = UserIdentity.fromGroupsClaim("coordinator", "Casey Coordinator", List.of(
                "/partnerships/northmoor/inter-board-coordinator",
                "/partnerships/northmoor/referrer",
                "/partnerships/northmoor-sab/inter-board-coordinator"));

        assertEquals(List.of("northmoor", "northmoor-sab"), coordinator.memberSlugs());
        assertEquals(Set.of(Role.INTER_BOARD_COORDINATOR, Role.REFERRER), coordinator.callerIn("northmoor").roles());
        assertEquals(Set.of(Role.INTER_BOARD_COORDINATOR), coordinator.callerIn("northmoor-sab").roles());
    }

    @Test
    void aCallerHasNoRoleFromAnotherPartnership() {
        UserIdentity user = UserIdentity.fromGroupsClaim("u", "U", List.of(
                "/partnerships/northmoor/business-manager", "/partnerships/southvale/referrer"));

        Caller inSouthvale = user.callerIn("southvale");

        assertFalse(inSouthvale.hasRole(Role.BUSINESS_MANAGER));
        assertFalse(inSouthvale.hasAnyRole(Role.BUSINESS_MANAGER, Role.PANEL_MEMBER));
        assertTrue(inSouthvale.hasAnyRole(Role.BUSINESS_MANAGER, Role.REFERRER));
    }

    @Test
    void noMembershipMeansNoCallerInThatPartnership() {
        UserIdentity user = UserIdentity.fromGroupsClaim("u", "U", List.of("/partnerships/northmoor/referrer"));

        assertFalse(user.isMemberOf("southvale"));
        assertThrows(IllegalArgumentException.class, () -> user.callerIn("southvale"));
    }

    @Test
    void malformedOrUnknownGroupsGrantNothing() {
        UserIdentity user = UserIdentity.fromGroupsClaim("u", "U", List.of(
                "/partnerships/northmoor/superuser",
                "/partnerships/Northmoor/referrer",
                "/partnerships/northmoor/platform-admin",
                "/other/northmoor/referrer",
                "partnerships/northmoor/referrer",
                "/platform/referrer"));

        assertTrue(user.memberSlugs().isEmpty());
        assertTrue(user.platformRoles().isEmpty());
    }

    @Test
    void platformAdministrationIsNotAPartnershipMembership() {
        UserIdentity admin = UserIdentity.fromGroupsClaim("admin", "A", List.of("/platform/platform-admin"));

        assertEquals(Set.of(Role.PLATFORM_ADMIN), admin.platformRoles());
        assertTrue(admin.memberSlugs().isEmpty());
    }

    @Test
    void aMissingClaimMeansNoMemberships() {
        assertTrue(UserIdentity.fromGroupsClaim("u", "U", null).memberSlugs().isEmpty());
    }
}

package uk.safeguarding.reviews.identity.keycloak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.tenancy.api.PartnershipDirectory.DirectoryException;

class KeycloakPartnershipDirectoryTest {

    @Test
    void theAdminInterfaceAndTheTokenEndpointAreTheRealmsOwnWhateverTheIssuersTrailingSlash() {
        for (String issuer : new String[] {"http://sso.example:8180/realms/safeguarding",
                "http://sso.example:8180/realms/safeguarding/"}) {
            KeycloakPartnershipDirectory directory = new KeycloakPartnershipDirectory(issuer, "safeguarding-admin", "s");
            assertEquals("http://sso.example:8180/admin/realms/safeguarding", directory.adminBase());
            assertEquals(URI.create("http://sso.example:8180/realms/safeguarding/protocol/openid-connect/token"),
                    directory.tokenEndpoint());
        }
        assertThrows(IllegalArgumentException.class,
                () -> new KeycloakPartnershipDirectory("http://sso.example/auth", "safeguarding-admin", "s"));
    }

    @Test
    void aPartnershipHasAGroupForEveryRoleButThePlatformsOwn() {
        assertEquals(Role.values().length - 1, KeycloakPartnershipDirectory.partnershipRoles().size());
        assertFalse(KeycloakPartnershipDirectory.partnershipRoles().contains(Role.PLATFORM_ADMIN.claimName()));
        assertTrue(KeycloakPartnershipDirectory.partnershipRoles().contains(Role.BUSINESS_MANAGER.claimName()));
    }

    @Test
    void withoutItsSecretNothingIsAskedOfKeycloakAndTheProblemSaysWhichSetting() {
        KeycloakPartnershipDirectory unconfigured = new KeycloakPartnershipDirectory(
                "http://127.0.0.1:9/realms/safeguarding", "safeguarding-admin", "");
        DirectoryException refused = assertThrows(DirectoryException.class, () -> unconfigured.ensureGroups("eastfield"));
        assertTrue(refused.getMessage().contains("keycloak.admin.client.secret"), refused.getMessage());
    }

    @Test
    void aShortNameThatIsNotOneNeverReachesAGroupsPath() {
        KeycloakPartnershipDirectory directory = new KeycloakPartnershipDirectory(
                "http://127.0.0.1:9/realms/safeguarding", "safeguarding-admin", "secret");
        assertThrows(IllegalArgumentException.class, () -> directory.ensureGroups("../platform"));
        assertThrows(IllegalArgumentException.class, () -> directory.groupPaths("East field"));
    }
}

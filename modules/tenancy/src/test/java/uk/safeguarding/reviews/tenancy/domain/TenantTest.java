package uk.safeguarding.reviews.tenancy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TenantTest {

    @Test
    void theSchemaNameIsDerivedFromTheSlug() {
        assertEquals("tenant_northmoor_sab", Tenant.schemaNameFor("northmoor-sab"));
    }

    @Test
    void slugsThatCouldInjectSqlOrCollideAreRefused() {
        for (String bad : new String[] {"North", "a", "x;drop schema platform", "9lives", "", "has space", "-lead"}) {
            assertThrows(IllegalArgumentException.class, () -> Tenant.schemaNameFor(bad), bad);
        }
    }

    @Test
    void onlyAnActiveTenantCanBeServed() {
        Tenant suspended = new Tenant("id", "southvale", "Southvale", BoardKind.CHILDREN_SAFEGUARDING_PARTNERSHIP,
                "tenant_southvale", TenantStatus.SUSPENDED);

        assertThrows(IllegalStateException.class, suspended::asActive);
        assertEquals("tenant_southvale", suspended.withStatus(TenantStatus.ACTIVE).asActive().schemaName());
    }
}

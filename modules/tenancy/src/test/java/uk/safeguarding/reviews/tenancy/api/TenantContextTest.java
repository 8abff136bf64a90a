package uk.safeguarding.reviews.tenancy.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.Caller;

class TenantContextTest {

    private static final ActiveTenant NORTHMOOR = new ActiveTenant("1", "northmoor", "Northmoor", "tenant_northmoor");
    private static final ActiveTenant SOUTHVALE = new ActiveTenant("2", "southvale", "Southvale", "tenant_southvale");
    private static final Caller ALEX = new Caller("alex", "Alex", Set.of());

    @Test
    void withoutAScopeThereIsNoTenantAndAccessFailsClosed() {
        assertTrue(TenantContext.current().isEmpty());
        assertThrows(NoTenantException.class, TenantContext::tenant);
    }

    @Test
    void theScopeIsClearedAfterWorkEvenWhenItFails() {
        assertThrows(IllegalStateException.class, () -> TenantContext.run(NORTHMOOR, ALEX, () -> {
            assertEquals("tenant_northmoor", TenantContext.tenant().schemaName());
            throw new IllegalStateException("boom");
        }));

        assertTrue(TenantContext.current().isEmpty());
    }

    @Test
    void switchingToAnotherTenantInsideAScopeIsRefused() {
        TenantContext.run(NORTHMOOR, ALEX, () -> {
            assertThrows(IllegalStateException.class, () -> TenantContext.run(SOUTHVALE, ALEX, () -> { }));
            assertEquals("northmoor", TenantContext.tenant().slug());
        });
        assertTrue(TenantContext.current().isEmpty());
    }

    @Test
    void aScopeIsNotInheritedByOtherThreads() throws Exception {
        Boolean[] seenElsewhere = new Boolean[1];
        TenantContext.run(NORTHMOOR, ALEX, () -> {
            Thread other = new Thread(() -> seenElsewhere[0] = TenantContext.current().isPresent());
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertEquals(Boolean.FALSE, seenElsewhere[0]);
    }

    @Test
    void schemaNamesThatAreNotTenantSchemasAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ActiveTenant("1", "x", "X", "platform"));
        assertThrows(IllegalArgumentException.class, () -> new ActiveTenant("1", "x", "X", "public"));
        assertThrows(IllegalArgumentException.class, () -> new ActiveTenant("1", "x", "X", "tenant_x; drop"));
    }
}

package uk.safeguarding.reviews.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seal of an audit row (issue 18): any change to the row, its place or its predecessor changes it. */
class AuditChainTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 2, 10, 15, 30, 123_456_000, ZoneOffset.UTC);
    private static final AuditChain.Row ROW = new AuditChain.Row("7b0c1c1e-0000-4000-8000-000000000001", AT,
            "northmoor", "nm.manager", "UPDATE", "referral", "r-1", "ALLOWED", "decided: rapid review");

    @Test
    void theSameRowInTheSamePlaceAlwaysHasTheSameSeal() {
        String seal = AuditChain.seal(1, ROW, AuditChain.GENESIS);
        assertEquals(seal, AuditChain.seal(1, ROW, AuditChain.GENESIS));
        assertTrue(seal.matches("[0-9a-f]{64}"), seal);
    }

    @Test
    void theSameMomentSealsTheSameWhateverOffsetTheDriverGives() {
        AuditChain.Row inSummerTime = new AuditChain.Row(ROW.id(), AT.withOffsetSameInstant(ZoneOffset.ofHours(1)),
                ROW.tenantSlug(), ROW.actor(), ROW.action(), ROW.recordType(), ROW.recordId(), ROW.outcome(),
                ROW.detail());
        assertEquals(AuditChain.seal(1, ROW, AuditChain.GENESIS), AuditChain.seal(1, inSummerTime, AuditChain.GENESIS));
    }

    @Test
    void changingAnyColumnChangesTheSeal() {
        List<UnaryOperator<AuditChain.Row>> changes = List.of(
                r -> new AuditChain.Row("7b0c1c1e-0000-4000-8000-000000000002", r.occurredAt(), r.tenantSlug(), r.actor(), r.action(), r.recordType(), r.recordId(), r.outcome(), r.detail()),
                r -> new AuditChain.Row(r.id(), r.occurredAt().plusNanos(1_000), r.tenantSlug(), r.actor(), r.action(), r.recordType(), r.recordId(), r.outcome(), r.detail()),
                r -> new AuditChain.Row(r.id(), r.occurredAt(), "southvale", r.actor(), r.action(), r.recordType(), r.recordId(), r.outcome(), r.detail()),
                r -> new AuditChain.Row(r.id(), r.occurredAt(), r.tenantSlug(), "nm.panel", r.action(), r.recordType(), r.recordId(), r.outcome(), r.detail()),
                r -> new AuditChain.Row(r.id(), r.occurredAt(), r.tenantSlug(), r.actor(), "VIEW", r.recordType(), r.recordId(), r.outcome(), r.detail()),
                r -> new AuditChain.Row(r.id(), r.occurredAt(), r.tenantSlug(), r.actor(), r.action(), "review", r.recordId(), r.outcome(), r.detail()),
                r -> new AuditChain.Row(r.id(), r.occurredAt(), r.tenantSlug(), r.actor(), r.action(), r.recordType(), "r-2", r.outcome(), r.detail()),
                r -> new AuditChain.Row(r.id(), r.occurredAt(), r.tenantSlug(), r.actor(), r.action(), r.recordType(), r.recordId(), "DENIED", r.detail()),
                r -> new AuditChain.Row(r.id(), r.occurredAt(), r.tenantSlug(), r.actor(), r.action(), r.recordType(), r.recordId(), r.outcome(), "decided: no review"));
        Set<String> seals = changes.stream().map(change -> AuditChain.seal(1, change.apply(ROW), AuditChain.GENESIS))
                .collect(Collectors.toSet());
        seals.add(AuditChain.seal(1, ROW, AuditChain.GENESIS));
        assertEquals(changes.size() + 1, seals.size(), "every change gives a seal of its own");
    }

    @Test
    void theSealDependsOnItsPlaceAndOnTheSealBeforeIt() {
        String first = AuditChain.seal(1, ROW, AuditChain.GENESIS);
        assertNotEquals(first, AuditChain.seal(2, ROW, AuditChain.GENESIS));
        assertNotEquals(first, AuditChain.seal(1, ROW, "f".repeat(64)));
    }

    @Test
    void fieldsCannotRunIntoEachOtherNorAnEmptyDetailPassForNone() {
        AuditChain.Row split = new AuditChain.Row(ROW.id(), AT, "north", "moornm.manager", "UPDATE", "referral", "r-1",
                "ALLOWED", ROW.detail());
        AuditChain.Row joined = new AuditChain.Row(ROW.id(), AT, "northmoor", "nm.manager", "UPDATE", "referral", "r-1",
                "ALLOWED", ROW.detail());
        assertNotEquals(AuditChain.seal(1, split, AuditChain.GENESIS), AuditChain.seal(1, joined, AuditChain.GENESIS));

        AuditChain.Row none = new AuditChain.Row(ROW.id(), AT, "northmoor", "nm.manager", "UPDATE", "referral", null,
                "ALLOWED", null);
        AuditChain.Row empty = new AuditChain.Row(ROW.id(), AT, "northmoor", "nm.manager", "UPDATE", "referral", "",
                "ALLOWED", "");
        assertNotEquals(AuditChain.seal(1, none, AuditChain.GENESIS), AuditChain.seal(1, empty, AuditChain.GENESIS));
    }
}

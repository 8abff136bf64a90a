package uk.safeguarding.reviews.learning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.InvalidFieldException;

/** §10.1: verification by scrutineers in turn, never by one from the agency that owns the action. */
class VerificationRotaTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final RotaMember POLICE = member(1, "pat", "police");
    private static final RotaMember HEALTH = member(2, "hana", "health");
    private static final RotaMember LAY = member(5, "lee", null);
    private static final List<RotaMember> ROTA = List.of(LAY, POLICE, HEALTH);

    @Test
    void theNextInTurnAfterTheOneAskedLastGoingRound() {
        assertEquals("pat", next(0, "school"), "the first on the rota starts");
        assertEquals("hana", next(1, "school"));
        assertEquals("lee", next(2, "school"), "turns follow positions, not the order listed");
        assertEquals("pat", next(5, "school"), "after the last, round to the first");
    }

    @Test
    void noOneVerifiesTheirOwnAgencysAction() {
        assertEquals("hana", next(0, "police"), "the police scrutineer is skipped for a police action");
        assertEquals("lee", next(1, "health"));
        assertEquals("hana", next(5, "police"), "skipping goes round too");
        assertEquals(Optional.empty(), VerificationRota.next(List.of(POLICE), 0, "police"),
                "no one independent: the business unit verifies");
        assertEquals(Optional.empty(), VerificationRota.next(List.of(), 0, "police"));
        assertTrue(LAY.independentOf("police"), "someone from no agency is independent of every agency");
    }

    @Test
    void aScrutineerIsNamedByTheirSignInName() {
        assertEquals("username", assertThrows(InvalidFieldException.class, () -> RotaMember.join(1, "pat police",
                "Pat", null, null, "bm", NOW)).field());
        assertEquals("displayName", assertThrows(InvalidFieldException.class, () -> RotaMember.join(1, "pat", " ",
                null, null, "bm", NOW)).field());
    }

    private static String next(int lastPosition, String owningAgency) {
        return VerificationRota.next(ROTA, lastPosition, owningAgency).orElseThrow().username();
    }

    private static RotaMember member(int position, String username, String agencyId) {
        return RotaMember.join(position, username, username, agencyId, agencyId, "bm", NOW);
    }
}

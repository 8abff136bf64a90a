package uk.safeguarding.reviews.referral.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.referral.domain.ReferralKind;
import uk.safeguarding.reviews.referral.domain.ReferralRepository.Order;
import uk.safeguarding.reviews.referral.domain.ReferralStatus;

/** Issue 14 §2: the inbox's filters read from a page's address; what cannot be read narrows nothing. */
class InboxFilterTest {

    @Test
    void theAddressesPartsAreReadAsTyped() {
        InboxFilter filter = InboxFilter.of(" with_panel ", "GOOD_OUTCOME", "2026", "oldest");
        assertEquals(ReferralStatus.WITH_PANEL, filter.status());
        assertEquals(ReferralKind.GOOD_OUTCOME, filter.kind());
        assertEquals(2026, filter.year());
        assertEquals(Order.OLDEST, filter.sort());
        assertTrue(filter.narrows());
    }

    @Test
    void whatCannotBeReadOrIsNeverInTheInboxNarrowsNothing() {
        InboxFilter filter = InboxFilter.of("DRAFT", "SAR", "26", "sideways");
        assertNull(filter.status(), "a draft is never in the inbox");
        assertNull(filter.kind());
        assertNull(filter.year());
        assertEquals(Order.NEWEST, filter.sort());
        assertFalse(filter.narrows());
        assertEquals(InboxFilter.NONE, InboxFilter.of(null, null, null, null));
    }

    @Test
    void aYearIsItsDaysInTheUk() {
        var query = InboxFilter.of(null, null, "2026", null).query();
        // Midnight in London on 1 January is midnight UTC: no summer time in winter.
        assertEquals(OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant(), query.from().toInstant());
        assertEquals(OffsetDateTime.of(2027, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant(), query.before().toInstant());
    }
}

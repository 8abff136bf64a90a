package uk.safeguarding.reviews.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Running the product as if it were another day moves the date and nothing else. */
class ProductClockTest {

    private static final Clock REAL = Clock.fixed(Instant.parse("2026-12-02T14:30:00Z"), ProductClock.UK);

    @Test
    void withoutASettingTheClockIsTheSystemClock() {
        assertSame(REAL, ProductClock.shifted(REAL, Optional.empty()));
    }

    @Test
    void aSettingMovesTheDayAndKeepsTheTimeOfDayInTheUk() {
        Clock shifted = ProductClock.shifted(REAL, Optional.of(LocalDate.of(2030, 12, 24)));
        ZonedDateTime now = ZonedDateTime.now(shifted.withZone(ProductClock.UK));
        assertEquals(LocalDate.of(2030, 12, 24), now.toLocalDate());
        assertEquals(LocalTime.of(14, 30), now.toLocalTime());
    }

    @Test
    void theDayTheClocksGoForwardKeepsTheLocalTime() {
        // 28 March 2027 is the last Sunday of March: British Summer Time starts at 01:00 GMT.
        Clock shifted = ProductClock.shifted(REAL, Optional.of(LocalDate.of(2027, 3, 28)));
        ZonedDateTime now = ZonedDateTime.now(shifted.withZone(ProductClock.UK));
        assertEquals(LocalDate.of(2027, 3, 28), now.toLocalDate());
        assertEquals(LocalTime.of(14, 30), now.toLocalTime(), "14:30 GMT in December is 14:30 BST that day");
    }

    @Test
    void aSettingThatIsNotADateStopsTheProductWithWhatItShouldBe() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> ProductClock.parse("24/12/2030"));
        assertTrue(refused.getMessage().contains("must be a date such as 2030-12-24"), refused.getMessage());
        assertEquals(Optional.empty(), ProductClock.parse(" "));
        assertEquals(Optional.of(LocalDate.of(2030, 12, 24)), ProductClock.parse("2030-12-24"));
    }
}

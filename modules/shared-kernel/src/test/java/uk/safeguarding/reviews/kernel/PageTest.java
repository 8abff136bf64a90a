package uk.safeguarding.reviews.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void aPageSaysWhereItIsAmongAllTheRows() {
        Page<String> second = new Page<>(Collections.nCopies(25, "x"), 2, 25, 2_000);
        assertEquals(80, second.pages());
        assertEquals(26, second.first());
        assertEquals(50, second.last());
        assertTrue(second.hasPrevious());
        assertTrue(second.hasNext());

        Page<String> lastOne = new Page<>(List.of("a", "b", "c", "d", "e"), 2, 25, 30);
        assertEquals(26, lastOne.first());
        assertEquals(30, lastOne.last());
        assertFalse(lastOne.hasNext());
    }

    @Test
    void anEmptyListIsOneEmptyPage() {
        Page<String> none = new Page<>(List.of(), 1, 25, 0);
        assertEquals(1, none.pages());
        assertEquals(0, none.first());
        assertFalse(none.hasPrevious() || none.hasNext());
    }

    @Test
    void aPageNumberFromTheAddressIsKeptWithinThePagesThereAre() {
        assertEquals(1, Page.within(-3, 30, 25));
        assertEquals(2, Page.within(99, 30, 25));
        assertEquals(1, Page.within(2, 0, 25));
        assertEquals(25, Page.offset(2, 25));
        assertThrows(IllegalArgumentException.class, () -> new Page<>(List.of(), 0, 25, 0));
    }
}

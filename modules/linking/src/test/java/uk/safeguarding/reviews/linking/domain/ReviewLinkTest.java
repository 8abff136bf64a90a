package uk.safeguarding.reviews.linking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.PlainDates;

/** §4.3: a link's sides, its lead, either side ending its part, and families' sets of links. */
class ReviewLinkTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 26, 10, 0, 0, 0, ZoneOffset.UTC);

    private static LinkSide review(String board, String id) {
        return LinkSide.onInstance(board, id, id.toUpperCase(), LinkedKind.RAPID_REVIEW, Set.of(SharedItem.CHAIR), "Agreed");
    }

    private static ReviewLink link(LinkSide a, LinkSide b, int minutes) {
        return ReviewLink.create(Arrangement.PARALLEL, ReviewLink.Side.A, a, b, "coordinator", AT.plusMinutes(minutes));
    }

    @Test
    void aLinkJoinsTwoBoardsAndTheFirstSideIsOnTheInstance() {
        assertThrows(IllegalArgumentException.class, () -> link(review("north", "rr-1"), review("north", "rr-2"), 0));
        LinkSide cdr = LinkSide.heldElsewhere("Northmoor CDOP", "CDOP-17", LinkedKind.CHILD_DEATH_REVIEW, "CDOP chair");
        assertThrows(IllegalArgumentException.class, () -> link(cdr, review("north", "rr-1"), 0));
        assertThrows(IllegalArgumentException.class,
                () -> LinkSide.heldElsewhere("Somewhere", "RR-1", LinkedKind.RAPID_REVIEW, "x"),
                "a Rapid Review is run in the product, not named as held elsewhere");
        assertTrue(cdr.shares().isEmpty(), "a review held elsewhere shares nothing through the product");
    }

    @Test
    void eitherSideEndsItsPartOnceWithAReason() {
        ReviewLink link = link(review("north", "rr-1"), review("sab", "sar-1"), 0);
        assertTrue(link.isLive());
        assertEquals(ReviewLink.Side.B, link.sideOf("sab").orElseThrow());
        assertTrue(link.sideOf("elsewhere").isEmpty());
        assertEquals("endReason", assertThrows(InvalidFieldException.class,
                () -> link.endPart(ReviewLink.Side.B, "sab.manager", " ", AT)).field());
        ReviewLink ended = link.endPart(ReviewLink.Side.B, "sab.manager", "SAR closed", AT);
        assertFalse(ended.isLive());
        assertEquals("SAR closed", ended.b().endReason());
        assertFalse(ended.a().hasEnded(), "the other side's part is its own");
        InvalidFieldException again = assertThrows(InvalidFieldException.class,
                () -> ended.endPart(ReviewLink.Side.B, "sab.manager", "again", AT));
        assertEquals("This board ended its part of the link on " + PlainDates.day(AT.toLocalDate()), again.getMessage());
        assertEquals("endReason", again.field());
    }

    @Test
    void aLinkFollowsItsReviewHandedOverToAnotherBoardOrEndsIfThatBoardHoldsTheOtherSide() {
        ReviewLink link = link(review("north", "rr-1"), review("sab", "sar-1"), 0);
        ReviewLink followed = link.followMovedReview(ReviewLink.Side.A, "south", "rr-9", "RR-2026-0009", AT);
        assertTrue(followed.isLive());
        assertTrue(followed.a().is("south", "rr-9"));
        assertEquals("RR-2026-0009", followed.a().reference());
        assertEquals(link.a().shares(), followed.a().shares(), "what was agreed still stands");
        assertEquals(link.b(), followed.b());

        ReviewLink ended = link.followMovedReview(ReviewLink.Side.A, "sab", "rr-9", "RR-2026-0009", AT);
        assertFalse(ended.isLive(), "a link never joins a board to itself");
        assertTrue(ended.a().endReason().contains("handed over"), ended.a().endReason());
    }

    @Test
    void linksSharingAReviewFormOneFamilysSetAndEndedLinksAreLeftOut() {
        ReviewLink childAndSar = link(review("north", "rr-1"), review("sab", "sar-1"), 0);
        ReviewLink sarAndDhr = link(review("sab", "sar-1"), review("csp", "dhr-1"), 1);
        ReviewLink otherFamily = link(review("north", "rr-2"), review("sab", "sar-2"), 2);
        ReviewLink cdr = link(review("north", "rr-2"),
                LinkSide.heldElsewhere("Northmoor CDOP", "CDOP-17", LinkedKind.CHILD_DEATH_REVIEW, "chair"), 3);
        ReviewLink ended = link(review("north", "rr-3"), review("sab", "sar-3"), 4)
                .endPart(ReviewLink.Side.A, "manager", "Not the same family", AT);

        List<List<ReviewLink>> sets = LinkSets.of(List.of(otherFamily, cdr, ended, sarAndDhr, childAndSar));

        assertEquals(List.of(List.of(childAndSar, sarAndDhr), List.of(otherFamily, cdr)), sets);
    }

    @Test
    void sharedItemsAreStoredAndReadBackInOrder() {
        Set<SharedItem> items = Set.of(SharedItem.OUTCOME, SharedItem.CHAIR);
        assertEquals("CHAIR,OUTCOME", SharedItem.store(items));
        assertEquals(items, SharedItem.parse("CHAIR,OUTCOME"));
        assertTrue(SharedItem.parse("").isEmpty());
    }
}

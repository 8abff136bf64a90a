package uk.safeguarding.reviews.review.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RefusedException;

/** What an assignment to one review requires (issue 14 §1, §3.1, §7.6), each refusal beside its field. */
class ReviewAssignmentTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final List<String> PARTNERS = List.of("Local Authority", "Police", "Health (ICB)");

    @Test
    void eachMissingOrWrongAnswerIsRefusedBesideItsField() {
        assertEquals("username", refused("not a name!", "Rae", ReviewPart.LEAD_REVIEWER, null, false, null));
        assertEquals("personName", refused("rae", " ", ReviewPart.LEAD_REVIEWER, null, false, null));
        assertEquals("personName", refused("rae", "R".repeat(201), ReviewPart.LEAD_REVIEWER, null, false, null));
        assertEquals("part", refused("rae", "Rae", null, null, false, null));
        assertEquals("independent", refused("rae", "Rae", ReviewPart.CHAIR, null, false, null),
                "\u00a73.1, \u00a77.6: a chair declares independence");
        assertEquals("represents", refused("rae", "Rae", ReviewPart.PARTNER_REPRESENTATIVE, "The Church", false, null));
        assertEquals("represents", refused("rae", "Rae", ReviewPart.LEAD_REVIEWER, "Police", false, null),
                "only a partner's representative represents a partner");
        assertEquals("conflicts", refused("rae", "Rae", ReviewPart.CHAIR, null, true, "x".repeat(2001)));
    }

    @Test
    void anAssignmentEndsOnceWithAReason() {
        ReviewAssignment lead = ReviewAssignment.give("review-1", "rae", "Rae Reviewer", ReviewPart.LEAD_REVIEWER, null,
                false, null, PARTNERS, "manager", AT);
        assertEquals("endReason", assertThrows(InvalidFieldException.class,
                () -> lead.end(" ", "manager", AT)).field());
        assertEquals("endReason", assertThrows(InvalidFieldException.class,
                () -> lead.end("x".repeat(1001), "manager", AT)).field());
        lead.end("Contract ended", "manager", AT);
        assertTrue(!lead.isActive());
        assertThrows(RefusedException.class, () -> lead.end("Again", "manager", AT));
    }

    private static String refused(String username, String name, ReviewPart part, String represents, boolean independent,
            String conflicts) {
        return assertThrows(InvalidFieldException.class, () -> ReviewAssignment.give("review-1", username, name, part,
                represents, independent, conflicts, PARTNERS, "manager", AT)).field();
    }
}

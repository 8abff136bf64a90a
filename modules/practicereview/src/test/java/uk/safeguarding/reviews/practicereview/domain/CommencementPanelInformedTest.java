package uk.safeguarding.reviews.practicereview.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RefusedException;

/**
 * §8.1: "the Business Manager will inform the National Panel including details of any reviewer they
 * have commissioned, if known": once, after the decision, the reviewer's details with it or later.
 */
class CommencementPanelInformedTest {

    private static final LocalDate DECIDED = LocalDate.of(2026, 11, 16);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void thePanelIsInformedOnceOnADayFromTheDecisionToToday() {
        Commencement commencement = commencement();
        InvalidFieldException early = assertThrows(InvalidFieldException.class,
                () -> commencement.panelInformed(DECIDED.minusDays(1), false, null, "nm.manager", TODAY));
        assertEquals("informedOn", early.field());
        assertTrue(early.getMessage().contains("16 November 2026"), early.getMessage());
        assertEquals("informedOn", assertThrows(InvalidFieldException.class,
                () -> commencement.panelInformed(TODAY.plusDays(1), false, null, "nm.manager", TODAY)).field());
        assertEquals("informedOn", assertThrows(InvalidFieldException.class,
                () -> commencement.panelInformed(null, false, null, "nm.manager", TODAY)).field());

        commencement.panelInformed(DECIDED.plusDays(1), false, null, "nm.manager", TODAY);
        assertEquals(DECIDED.plusDays(1), commencement.panelInformedOn());
        assertNull(commencement.reviewerDetailsSentOn());
        assertThrows(RefusedException.class,
                () -> commencement.panelInformed(TODAY, false, null, "nm.manager", TODAY));
    }

    @Test
    void theReviewersDetailsGoWithItOnlyOnceOneIsAppointed() {
        Commencement commencement = commencement();
        InvalidFieldException none = assertThrows(InvalidFieldException.class,
                () -> commencement.panelInformed(TODAY, true, null, "nm.manager", TODAY));
        assertEquals("withReviewerDetails", none.field());
        assertEquals("withReviewerDetails", assertThrows(InvalidFieldException.class,
                () -> commencement.panelInformed(DECIDED, true, DECIDED.plusDays(2), "nm.manager", TODAY)).field(),
                "appointed after the letter went");
        assertNull(commencement.panelInformedOn(), "a refused letter records nothing");

        commencement.panelInformed(DECIDED.plusDays(3), true, DECIDED.plusDays(2), "nm.manager", TODAY);
        assertEquals(DECIDED.plusDays(3), commencement.reviewerDetailsSentOn());
        assertThrows(RefusedException.class,
                () -> commencement.reviewerDetailsSent(TODAY, DECIDED.plusDays(2), "nm.manager", TODAY));
    }

    @Test
    void theReviewersDetailsFollowLaterNotBeforeTheAppointment() {
        Commencement commencement = commencement();
        assertThrows(RefusedException.class,
                () -> commencement.reviewerDetailsSent(TODAY, DECIDED.plusDays(5), "nm.manager", TODAY),
                "the Panel is informed of the decision first");
        commencement.panelInformed(DECIDED, false, null, "nm.manager", TODAY);
        assertThrows(RefusedException.class, () -> commencement.reviewerDetailsSent(TODAY, null, "nm.manager", TODAY),
                "no reviewer, no details");
        InvalidFieldException early = assertThrows(InvalidFieldException.class,
                () -> commencement.reviewerDetailsSent(DECIDED.plusDays(4), DECIDED.plusDays(5), "nm.manager", TODAY));
        assertEquals("detailsSentOn", early.field());
        commencement.reviewerDetailsSent(DECIDED.plusDays(5), DECIDED.plusDays(5), "nm.manager", TODAY);
        assertEquals(DECIDED.plusDays(5), commencement.reviewerDetailsSentOn());
    }

    private static Commencement commencement() {
        return Commencement.of("cspr-1", "rr-1", "RR-2026-0001", Commencement.Decision.of(DECIDED, false,
                "The Rapid Review recommended one", DECIDED.minusDays(20), TODAY), "nm.manager",
                OffsetDateTime.of(2026, 11, 16, 12, 0, 0, 0, ZoneOffset.UTC));
    }
}

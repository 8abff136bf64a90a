package uk.safeguarding.reviews.practicereview.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RefusedException;

/** §8.3: publishing a review's report, or not, and for how long it stays online. */
class PublicationTest {

    private static final LocalDate AGREED = LocalDate.of(2026, 11, 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final byte[] PDF = "%PDF-1.4 redacted".getBytes(StandardCharsets.UTF_8);
    private static final PublicationTimescales POLICY = PublicationTimescales.policy();

    @Test
    void notPublishingNeedsReasonsThenThePanelsAdviceBeforeTheFinalDecision() {
        assertEquals("reasons", assertThrows(InvalidFieldException.class,
                () -> Publication.decide("r", false, " ", TODAY, AGREED, "bm", NOW, TODAY)).field());
        Publication withheld = Publication.decide("r", false, "The trial has not concluded", TODAY, AGREED, "bm",
                NOW, TODAY);
        assertEquals(Publication.Stage.WITHHELD_PENDING_PANEL, withheld.stage());
        assertThrows(RefusedException.class, () -> withheld.plan("Child A", TODAY.plusDays(10), "bm", NOW, TODAY, POLICY),
                "nothing is planned while the Panel has not advised");
        assertEquals("panelAdvice", assertThrows(InvalidFieldException.class, () -> withheld.finalDecision(TODAY, "",
                false, "Still the trial", TODAY, "bm", NOW, TODAY)).field());
        assertEquals("finalReasons", assertThrows(InvalidFieldException.class, () -> withheld.finalDecision(TODAY,
                "Publish a summary", false, null, TODAY, "bm", NOW, TODAY)).field());
        withheld.finalDecision(TODAY, "Publish once the trial ends", true, null, TODAY, "bm", NOW, TODAY);
        assertEquals(Publication.Stage.PREPARING, withheld.stage(), "the partners may publish after all");
    }

    @Test
    void theDecisionComesAfterTheReportWasAgreed() {
        InvalidFieldException early = assertThrows(InvalidFieldException.class,
                () -> Publication.decide("r", true, null, AGREED.minusDays(1), AGREED, "bm", NOW, TODAY));
        assertEquals("decidedOn", early.field());
        assertTrue(early.getMessage().contains("2 November 2026"), early.getMessage());
    }

    @Test
    void publishedOnlyWhenTheNationalPanelHadItsCopyAWeekBefore() {
        Publication publication = Publication.decide("r", true, null, AGREED, AGREED, "bm", NOW, TODAY);
        InvalidFieldException tooSoon = assertThrows(InvalidFieldException.class,
                () -> publication.plan("Child A", TODAY.plusDays(6), "bm", NOW, TODAY, POLICY));
        assertEquals("plannedOn", tooSoon.field());
        assertTrue(tooSoon.getMessage().contains("9 December 2026 or later"), tooSoon.getMessage());
        publication.plan("Child A: a local case review", TODAY.plusDays(7), "bm", NOW, TODAY, POLICY);
        assertEquals("file", assertThrows(InvalidFieldException.class,
                () -> publication.attach("report.docx", PDF, "bm", NOW)).field(), "the public page serves a PDF");
        publication.attach("C:\\reports\\Child A.pdf", PDF, "bm", NOW);
        assertEquals("Child A.pdf", publication.fileName());

        LocalDate publishOn = TODAY.plusDays(7);
        InvalidFieldException noCopy = assertThrows(InvalidFieldException.class,
                () -> publication.published(publishOn, "bm", NOW, publishOn, POLICY));
        assertEquals("publishedOn", noCopy.field());
        assertTrue(noCopy.getMessage().startsWith("\u00a78.3: \u201cCopies of all reports should be sent"),
                noCopy.getMessage());

        publication.panelCopySent(TODAY.plusDays(1), "bm", NOW, TODAY.plusDays(1));
        InvalidFieldException late = assertThrows(InvalidFieldException.class,
                () -> publication.published(publishOn, "bm", NOW, publishOn, POLICY));
        assertTrue(late.getMessage().contains("the copy went on 3 December 2026, 6 days before; publish on"
                + " 10 December 2026 or later"), late.getMessage());
        assertFalse(publication.online());

        publication.published(publishOn.plusDays(1), "bm", NOW, publishOn.plusDays(1), POLICY);
        assertTrue(publication.online());
        assertEquals(LocalDate.of(2027, 12, 10), publication.onlineUntilAtLeast(), "\u00a78.3: at least 12 months");
        assertThrows(RefusedException.class, () -> publication.attach("other.pdf", PDF, "bm", NOW),
                "the published file is the one the Panel's copy matched");
    }

    @Test
    void aPlannedDateMovesWithAReasonAndStillLeavesTheNationalPanelItsWeek() {
        Publication publication = Publication.decide("r", true, null, AGREED, AGREED, "bm", NOW, TODAY);
        assertThrows(RefusedException.class, () -> publication.movePlannedDate(TODAY.plusDays(20), "Trial listed",
                "bm", NOW, TODAY, POLICY), "nothing planned yet to move");
        publication.plan("Child E", TODAY.plusDays(10), "bm", NOW, TODAY, POLICY);

        assertEquals("moveReason", assertThrows(InvalidFieldException.class, () -> publication.movePlannedDate(
                TODAY.plusDays(20), " ", "bm", NOW, TODAY, POLICY)).field(), "a move says why");
        assertEquals("plannedOn", assertThrows(InvalidFieldException.class, () -> publication.movePlannedDate(
                TODAY.plusDays(10), "No change", "bm", NOW, TODAY, POLICY)).field(), "the same date is no move");
        InvalidFieldException tooSoon = assertThrows(InvalidFieldException.class, () -> publication.movePlannedDate(
                TODAY.plusDays(5), "Sooner", "bm", NOW, TODAY, POLICY));
        assertTrue(tooSoon.getMessage().contains("9 December 2026 or later"), tooSoon.getMessage());

        publication.movePlannedDate(TODAY.plusDays(20), "The family asked for time", "bm", NOW, TODAY, POLICY);
        assertEquals(TODAY.plusDays(20), publication.plannedOn());
        assertEquals(TODAY.plusDays(10), publication.plannedMovedFrom());
        assertEquals("The family asked for time", publication.plannedMovedWhy());

        // §8.3: once the copy went (on 4 December), a new date must still be a week after it.
        publication.panelCopySent(TODAY.plusDays(2), "bm", NOW, TODAY.plusDays(2));
        InvalidFieldException beforeTheWeek = assertThrows(InvalidFieldException.class,
                () -> publication.movePlannedDate(TODAY.plusDays(8), "Sooner after all", "bm", NOW, TODAY.plusDays(3),
                        POLICY));
        assertEquals("plannedOn", beforeTheWeek.field());
        assertTrue(beforeTheWeek.getMessage().startsWith("The National Panel had its copy on 4 December 2026: publish on"
                + " 11 December 2026 or later"), beforeTheWeek.getMessage());
        assertEquals(TODAY.plusDays(20), publication.plannedOn(), "a refused move changes nothing");
        publication.movePlannedDate(TODAY.plusDays(9), "Sooner after all", "bm", NOW, TODAY.plusDays(3), POLICY);
        assertEquals(TODAY.plusDays(9), publication.plannedOn());
    }

    @Test
    void takenDownBeforeTwelveMonthsOnlyWithAReason() {
        Publication publication = publishedOn(LocalDate.of(2026, 1, 15));
        LocalDate today = LocalDate.of(2026, 6, 1);
        InvalidFieldException noReason = assertThrows(InvalidFieldException.class,
                () -> publication.takeDown(today, " ", "bm", NOW, today));
        assertEquals("takeDownReason", noReason.field());
        assertTrue(noReason.getMessage().contains("until 15 January 2027"), noReason.getMessage());
        publication.takeDown(today, "A family member's safety", "bm", NOW, today);
        assertEquals(Publication.Stage.TAKEN_DOWN, publication.stage());
        assertFalse(publication.online());

        Publication yearOn = publishedOn(LocalDate.of(2025, 1, 15));
        LocalDate later = LocalDate.of(2026, 1, 15);
        yearOn.takeDown(later, null, "bm", NOW, later);
        assertNull(yearOn.takeDownReason(), "after 12 months no reason is needed");
    }

    @Test
    void thePartnershipsOwnRulesSetBothPeriods() {
        // A partnership whose rule gives the Panel 10 working days and keeps reports online 24 months.
        PublicationTimescales own = new PublicationTimescales() {
            @Override
            public LocalDate latestCopyFor(LocalDate publicationDay) {
                LocalDate day = publicationDay;
                for (int left = 10; left > 0; ) {
                    day = day.minusDays(1);
                    if (day.getDayOfWeek().getValue() < 6) {
                        left--;
                    }
                }
                return day;
            }

            @Override
            public LocalDate onlineUntil(LocalDate publishedDay) {
                return publishedDay.plusMonths(24);
            }

            @Override
            public String copyPeriod() {
                return "10 working days";
            }
        };
        Publication publication = Publication.decide("r", true, null, AGREED, AGREED, "bm", NOW, TODAY);
        // Wednesday 2 December: ten working days back from Wednesday 16 December is today.
        InvalidFieldException tooSoon = assertThrows(InvalidFieldException.class,
                () -> publication.plan("Child C", TODAY.plusDays(13), "bm", NOW, TODAY, own));
        assertTrue(tooSoon.getMessage().contains("16 December 2026 or later"), tooSoon.getMessage());
        assertTrue(tooSoon.getMessage().contains("at least 10 working days before"), tooSoon.getMessage());
        publication.plan("Child C", TODAY.plusDays(14), "bm", NOW, TODAY, own);
        publication.attach("c.pdf", PDF, "bm", NOW);
        publication.panelCopySent(TODAY, "bm", NOW, TODAY);
        LocalDate publishOn = TODAY.plusDays(14);
        publication.published(publishOn, "bm", NOW, publishOn, own);
        assertEquals(publishOn.plusMonths(24), publication.onlineUntilAtLeast());
        // The 7 calendar days of the policy would have allowed 9 December; this partnership's rule does not.
        Publication early = Publication.decide("r", true, null, AGREED, AGREED, "bm", NOW, TODAY);
        early.plan("Child D", TODAY.plusDays(14), "bm", NOW, TODAY, own);
        early.attach("d.pdf", PDF, "bm", NOW);
        early.panelCopySent(TODAY.plusDays(1), "bm", NOW, TODAY.plusDays(1));
        InvalidFieldException late = assertThrows(InvalidFieldException.class,
                () -> early.published(TODAY.plusDays(14), "bm", NOW, TODAY.plusDays(14), own));
        assertTrue(late.getMessage().contains("publish on 17 December 2026 or later"), late.getMessage());
    }

    @Test
    void theAgreedTextGoesOnThePublicPageOnlyWhenItNamesNoOneFromTheReferral() {
        // §8.3: "published nationally with minimal redaction"; the web page is the accessible version.
        Publication publication = Publication.decide("r", true, null, AGREED, AGREED, "bm", NOW, TODAY);
        InvalidFieldException named = assertThrows(InvalidFieldException.class, () -> publication.withWebVersion("v1",
                java.util.List.of("\u201cJamie Smith\u201d (the child's name in the referral) appears in the"
                        + " executive summary", "another"), "bm", NOW));
        assertEquals("webVersion", named.field());
        assertTrue(named.getMessage().contains("Jamie Smith") && named.getMessage().contains("(and 1 more)"),
                named.getMessage());
        assertNull(publication.webVersionId());
        publication.withWebVersion("v2", java.util.List.of(), "bm", NOW);
        assertEquals("v2", publication.webVersionId());
        Publication withheld = Publication.decide("r", false, "The trial", TODAY, AGREED, "bm", NOW, TODAY);
        assertThrows(RefusedException.class, () -> withheld.withWebVersion("v2", java.util.List.of(), "bm", NOW));
    }

    @Test
    void afterItComesDownACopyIsAvailableOnRequestAndEachRequestIsLogged() {
        // §8.3: "thereafter the report will be available on request".
        Publication online = publishedOn(LocalDate.of(2025, 1, 15));
        LocalDate later = LocalDate.of(2026, 2, 1);
        CopyRequest.Asked asked = new CopyRequest.Asked(later, "A researcher", "Copy sent by e-mail", later);
        assertThrows(RefusedException.class, () -> CopyRequest.log(online, asked, "bm", NOW, later),
                "while it is online the public page serves it");
        online.takeDown(LocalDate.of(2026, 1, 20), null, "bm", NOW, LocalDate.of(2026, 1, 20));
        assertEquals("requestedOn", assertThrows(InvalidFieldException.class, () -> CopyRequest.log(online,
                new CopyRequest.Asked(LocalDate.of(2026, 1, 19), "A researcher", "Sent", later), "bm", NOW, later))
                .field(), "logged from the day it came down");
        assertEquals("requestedBy", assertThrows(InvalidFieldException.class, () -> CopyRequest.log(online,
                new CopyRequest.Asked(later, " ", "Sent", later), "bm", NOW, later)).field());
        CopyRequest logged = CopyRequest.log(online, asked, "bm", NOW, later);
        assertEquals("A researcher", logged.requestedBy());
    }

    private static Publication publishedOn(LocalDate day) {
        LocalDate decided = day.minusDays(30);
        Publication publication = Publication.decide("r", true, null, decided, decided, "bm", NOW, decided);
        publication.plan("Child B", day, "bm", NOW, decided, POLICY);
        publication.attach("b.pdf", PDF, "bm", NOW);
        publication.panelCopySent(decided, "bm", NOW, decided);
        publication.published(day, "bm", NOW, day, POLICY);
        return publication;
    }
}

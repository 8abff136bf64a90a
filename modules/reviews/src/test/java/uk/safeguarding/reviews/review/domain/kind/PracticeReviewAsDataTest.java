package uk.safeguarding.reviews.review.domain.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.RefusedException;

/** Issue 16: the Child Safeguarding Practice Review as the engine walks it, from its shipped definition (§8.1, §4.2 table). */
class PracticeReviewAsDataTest {

    private static final KindDefinition PRACTICE_REVIEW = KindDefinitionFormat.read(
            ShippedKinds.json("child-safeguarding-practice-review"), Vocabularies.POLICY_2019);

    @Test
    void itOpensAppointingTheLeadReviewerWithBothClocksCountedFromTheDecision() {
        StageDefinition first = PRACTICE_REVIEW.first();
        assertEquals("appointing", first.key());
        assertEquals(List.of("lead-reviewer-appointed", "cspr-completion"), first.startsClocks(),
                "\u00a78.1: 10 working days for the lead reviewer; \u00a74.2 table: 6 months to complete");
        assertTrue(first.allows(Capability.LEAD_REVIEWER));
        assertEquals("CSPR-2026-0007", PRACTICE_REVIEW.reference(2026, 7));
    }

    @Test
    void theAppointmentMovesItOnMeetingItsClockAndNothingElseDoes() {
        Transition appointed = PRACTICE_REVIEW.leave("appointing", "lead-reviewer-appointed");
        assertEquals("conducting", appointed.to().key());
        assertEquals(List.of("lead-reviewer-appointed"), appointed.from().meetsClocks(),
                "the completion clock keeps running after the appointment");
        assertTrue(appointed.to().allows(Capability.REQUESTS) && appointed.to().allows(Capability.MEETING),
                "\u00a78.2: agencies' evidence and the review group's meetings");
        assertThrows(RefusedException.class, () -> PRACTICE_REVIEW.leave("appointing", "requests-sent"));
    }

    @Test
    void itsAgreedReportMeetsItsSixMonthsAndThenItIsPublished() {
        Transition reported = PRACTICE_REVIEW.leave("conducting", "report-agreed");
        assertEquals(List.of("cspr-completion"), reported.from().meetsClocks(), "\u00a74.2 table: 6 months");
        assertTrue(reported.from().allows(Capability.LEARNING_REPORT));
        assertTrue(reported.to().allows(Capability.PUBLICATION), "\u00a78.3");
        assertEquals(List.of("national-panel-before-publication"), reported.to().startsClocks());
        assertTrue(reported.to().isFinal());
    }

    @Test
    void aLocalCaseReviewCompletesWhenItsReportIsAgreedMeetingItsFortyFiveDays() {
        KindDefinition local = KindDefinitionFormat.read(ShippedKinds.json("local-case-review"), Vocabularies.POLICY_2019);
        assertTrue(local.first().allows(Capability.LEARNING_REPORT));
        Transition agreed = local.leave("review", "report-agreed");
        assertEquals("completed", agreed.to().key());
        assertEquals(List.of("local-case-review"), agreed.from().meetsClocks(), "\u00a74.2 table: 45 working days");
        assertTrue(agreed.to().isFinal());
    }

    @Test
    void anIndividualAgencyReviewGoesToTheAgencyToScrutinyAndBackUntilItsLearningIsAddressedThenIsShared() {
        KindDefinition agency = KindDefinitionFormat.read(ShippedKinds.json("individual-agency-review"),
                Vocabularies.POLICY_2019);
        assertEquals("IAR-2026-0003", agency.reference(2026, 3));
        assertTrue(agency.first().allows(Capability.AGENCY_REVIEW));
        assertEquals("agency-reviewing", agency.leave("commissioning", "agency-review-commissioned").to().key());
        assertEquals("scrutiny", agency.leave("agency-reviewing", "agency-lessons-sent").to().key());
        assertEquals("agency-reviewing", agency.leave("scrutiny", "agency-lessons-returned").to().key(),
                "\u00a74.2 table: lessons that do not address the learning go back to the agency");
        Transition addressed = agency.leave("scrutiny", "agency-learning-addressed");
        assertTrue(addressed.to().allows(Capability.DISSEMINATION), "\u00a74.2 table: the lessons are disseminated");
        assertTrue(agency.leave("disseminating", "learning-disseminated").to().isFinal());
        assertThrows(RefusedException.class, () -> agency.leave("commissioning", "agency-lessons-sent"));
    }
}

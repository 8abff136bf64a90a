package uk.safeguarding.reviews.practicereview.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.InvalidFieldException;

/** §8.1 and §3.1: what an appointment of a lead reviewer must have, each refused beside its own field. */
class LeadReviewerAppointmentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final List<String> SPECIFICATION = List.of("Leads multi-agency reviews", "Writes for publication");
    private static final byte[] CONTRACT = "%PDF-1.4".getBytes(StandardCharsets.UTF_8);

    @Test
    void aCompleteAppointmentKeepsTheSpecificationAsConfirmedAndTheFilesOwnName() {
        LeadReviewerAppointment appointment = appoint(candidate(SPECIFICATION, true, true, TODAY, "C:\\temp\\Contract.PDF"));
        assertEquals(SPECIFICATION, appointment.criteriaMet());
        assertEquals("Contract.PDF", appointment.contractFileName(), "the browser's folder is not kept");
        assertEquals(CONTRACT.length, appointment.contractSize());
        assertTrue(appointment.independenceDeclared() && appointment.policyConfirmed());
    }

    @Test
    void everyPointOfTheSpecificationMustBeConfirmed() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> appoint(candidate(List.of("Leads multi-agency reviews"), true, true, TODAY, "c.pdf")));
        assertEquals("criteria", refused.field());
        assertTrue(refused.getMessage().contains("1 of 2 not confirmed") && refused.getMessage().contains(
                "Writes for publication"), refused.getMessage());
    }

    @Test
    void independencePolicyAndASignedContractAreEachRequired() {
        assertEquals("independent", field(candidate(SPECIFICATION, false, true, TODAY, "c.pdf")), "\u00a73.1");
        assertEquals("policyConfirmed", field(candidate(SPECIFICATION, true, false, TODAY, "c.pdf")), "\u00a78.1");
        assertEquals("contractSignedOn", field(candidate(SPECIFICATION, true, true, null, "c.pdf")));
        assertEquals("contractSignedOn", field(candidate(SPECIFICATION, true, true, TODAY.plusDays(1), "c.pdf")),
                "a contract signed tomorrow is not in place");
        assertEquals("contract", field(candidate(SPECIFICATION, true, true, TODAY, "contract.zip")));
    }

    @Test
    void theDecisionToCommenceNeedsADateInsideTheRapidReviewsLifeAndItsReasons() {
        LocalDate opened = TODAY.minusDays(20);
        assertEquals("decidedOn", assertThrows(InvalidFieldException.class,
                () -> Commencement.Decision.of(null, false, "Learning", opened, TODAY)).field());
        assertEquals("decidedOn", assertThrows(InvalidFieldException.class,
                () -> Commencement.Decision.of(opened.minusDays(1), false, "Learning", opened, TODAY)).field());
        assertEquals("decidedOn", assertThrows(InvalidFieldException.class,
                () -> Commencement.Decision.of(TODAY.plusDays(1), false, "Learning", opened, TODAY)).field());
        assertEquals("rationale", assertThrows(InvalidFieldException.class,
                () -> Commencement.Decision.of(TODAY, true, " ", opened, TODAY)).field());
        assertEquals("Learning", Commencement.Decision.of(opened, false, "  Learning ", opened, TODAY).rationale());
    }

    private static String field(LeadReviewerAppointment.Candidate candidate) {
        return assertThrows(InvalidFieldException.class, () -> appoint(candidate)).field();
    }

    private static LeadReviewerAppointment appoint(LeadReviewerAppointment.Candidate candidate) {
        return LeadReviewerAppointment.appoint("review-1", candidate, SPECIFICATION, "pat.panel", NOW, TODAY);
    }

    private static LeadReviewerAppointment.Candidate candidate(List<String> confirmed, boolean independent,
            boolean policy, LocalDate signedOn, String fileName) {
        return new LeadReviewerAppointment.Candidate("lena.lead", "Lena Lead", "Independent", confirmed, independent,
                null, policy, signedOn, fileName, CONTRACT);
    }
}

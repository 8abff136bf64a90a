package uk.safeguarding.reviews.agencies.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RefusedException;

class AgencyTest {

    @Test
    void anAgencyStandsForAStatutoryPartnerOnlyWhenSaid() {
        Agency police = new Agency(" Northmoor Police ", AgencyKind.POLICE, "Police");
        Agency school = new Agency("Northmoor Primary", AgencyKind.EDUCATION, " ");

        assertEquals("Northmoor Police", police.name());
        assertEquals("Police", police.statutoryPartner());
        assertEquals(null, school.statutoryPartner());
        assertEquals("name", assertThrows(InvalidFieldException.class,
                () -> new Agency(" ", AgencyKind.POLICE, null)).field());
        assertEquals("Choose the kind of agency", assertThrows(InvalidFieldException.class,
                () -> new Agency("X", null, null)).getMessage());
    }

    @Test
    void aContactIsNamedOnceAndCanBeRemoved() {
        Agency agency = new Agency("Northmoor Police", AgencyKind.POLICE, "Police");
        agency.addContact(new AgencyContact("nm.agency", "Nathan Agency", "nm.agency@example.test"));

        InvalidFieldException twice = assertThrows(InvalidFieldException.class,
                () -> agency.addContact(new AgencyContact("NM.AGENCY", "Again", "x@example.test")));
        assertEquals("NM.AGENCY is already a contact of Northmoor Police", twice.getMessage());
        assertEquals("username", twice.field());
        assertTrue(agency.hasContact("nm.agency"));
        agency.removeContact("nm.agency");
        assertEquals(List.of(), agency.contacts());
        assertEquals("nobody is not a contact of Northmoor Police",
                assertThrows(RefusedException.class, () -> agency.removeContact("nobody")).getMessage());
    }
}

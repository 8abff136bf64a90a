package uk.safeguarding.reviews.agencies.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgencyTest {

    @Test
    void anAgencyStandsForAStatutoryPartnerOnlyWhenSaid() {
        Agency police = new Agency(" Northmoor Police ", AgencyKind.POLICE, "Police");
        Agency school = new Agency("Northmoor Primary", AgencyKind.EDUCATION, " ");

        assertEquals("Northmoor Police", police.name());
        assertEquals("Police", police.statutoryPartner());
        assertEquals(null, school.statutoryPartner());
        assertThrows(IllegalArgumentException.class, () -> new Agency(" ", AgencyKind.POLICE, null));
        assertThrows(NullPointerException.class, () -> new Agency("X", null, null));
    }

    @Test
    void aContactIsNamedOnceAndCanBeRemoved() {
        Agency agency = new Agency("Northmoor Police", AgencyKind.POLICE, "Police");
        agency.addContact(new AgencyContact("nm.agency", "Nathan Agency", "nm.agency@example.test"));

        assertThrows(IllegalArgumentException.class,
                () -> agency.addContact(new AgencyContact("NM.AGENCY", "Again", "x@example.test")));
        assertTrue(agency.hasContact("nm.agency"));
        agency.removeContact("nm.agency");
        assertEquals(List.of(), agency.contacts());
        assertThrows(IllegalArgumentException.class, () -> agency.removeContact("nobody"));
    }
}

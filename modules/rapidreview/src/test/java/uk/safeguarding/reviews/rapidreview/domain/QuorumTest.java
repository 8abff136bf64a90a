package uk.safeguarding.reviews.rapidreview.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** §7.12: quorate only with at least one representative of each of the three safeguarding partners. */
class QuorumTest {

    private static final List<String> PARTNERS = List.of("Local Authority", "Police", "Health (ICB)");

    @Test
    void everyPartnerRepresentedIsQuorate() {
        Quorum.Result result = Quorum.of(List.of(person("Local Authority"), person("Police"), person("Health (ICB)"),
                person(null)), PARTNERS);
        assertTrue(result.quorate());
        assertEquals(List.of(), result.missingPartners());
    }

    @Test
    void aMissingPartnerIsNamedAndManyFromOnePartnerDoNotMakeUpForIt() {
        Quorum.Result result = Quorum.of(List.of(person("Police"), person("Police"), person("Police"),
                person("Health (ICB)")), PARTNERS);
        assertFalse(result.quorate());
        assertEquals(List.of("Local Authority"), result.missingPartners());
    }

    @Test
    void othersAtTheMeetingDoNotCountAndNobodyIsNotQuorate() {
        assertEquals(PARTNERS, Quorum.of(List.of(person(null), person("Education")), PARTNERS).missingPartners());
        assertFalse(Quorum.of(List.of(), PARTNERS).quorate());
    }

    @Test
    void partnersMatchWithoutRegardToCaseAndComeFromThePartnershipsOwnRules() {
        assertTrue(Quorum.of(List.of(person("police"), person("LOCAL AUTHORITY"), person(" health (icb) ")), PARTNERS)
                .quorate());
        // A partnership that still names the CCG (2019 wording) is quorate with the CCG present.
        assertTrue(Quorum.of(List.of(person("CCG"), person("Police"), person("Local Authority")),
                List.of("Local Authority", "Police", "CCG")).quorate());
        assertFalse(Quorum.of(List.of(person("Police")), List.of()).quorate(), "no partners configured: never quorate");
    }

    private static Attendee person(String partner) {
        return new Attendee("Someone", "Representative", partner == null ? null : partner + " agency", partner, null);
    }
}

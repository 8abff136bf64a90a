package uk.safeguarding.reviews.agencies.application;

import java.util.List;
import uk.safeguarding.reviews.agencies.domain.Agency;
import uk.safeguarding.reviews.agencies.domain.AgencyKind;

/** An agency as pages show it. */
public record AgencyView(String id, String name, AgencyKind kind, String statutoryPartner, List<Contact> contacts) {

    /** A named contact. */
    public record Contact(String username, String displayName, String email) {
    }

    static AgencyView of(Agency agency) {
        return new AgencyView(agency.id(), agency.name(), agency.kind(), agency.statutoryPartner(),
                agency.contacts().stream().map(c -> new Contact(c.username(), c.displayName(), c.email())).toList());
    }

    public boolean hasContact(String username) {
        return contacts.stream().anyMatch(c -> c.username().equalsIgnoreCase(username));
    }

    public boolean isStatutoryPartner() {
        return statutoryPartner != null;
    }
}

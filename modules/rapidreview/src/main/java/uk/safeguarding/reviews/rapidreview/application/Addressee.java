package uk.safeguarding.reviews.rapidreview.application;

import java.util.List;
import uk.safeguarding.reviews.agencies.application.AgencyView;

/**
 * An agency a request goes to, with its named contacts: one of this partnership's, or, across a
 * boundary (§10.2), another partnership's, read there when the request is sent.
 */
public record Addressee(String homeTenant, String homeName, String agencyId, String name, String statutoryPartner, List<Contact> contacts) {

    /** A named contact: who may open the request, and where its letter goes. */
    public record Contact(String username, String displayName, String email) {
    }

    public Addressee {
        contacts = List.copyOf(contacts);
    }

    static Addressee of(AgencyView agency) {
        return new Addressee(null, null, agency.id(), agency.name(), agency.statutoryPartner(), contacts(agency));
    }

    static Addressee across(String homeTenant, String homeName, AgencyView agency) {
        return new Addressee(homeTenant, homeName, agency.id(), agency.name(), agency.statutoryPartner(), contacts(agency));
    }

    private static List<Contact> contacts(AgencyView agency) {
        return agency.contacts().stream().map((AgencyView.Contact c) -> new Contact(c.username(), c.displayName(), c.email()))
                .toList();
    }

    public boolean isAcrossBoundary() {
        return homeTenant != null;
    }

    /** The form's value for this agency: its id here, "partnership/id" across a boundary. */
    public String key() {
        return isAcrossBoundary() ? homeTenant + "/" + agencyId : agencyId;
    }
}

package uk.safeguarding.reviews.rapidreview.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * {@code platform.cross_request}: where an agency contributor finds a request another partnership
 * sent their agency (§10.2). The request itself stays in the asking partnership's schema.
 */
public interface CrossRequestIndex {

    /** One request across a boundary: references and user names, nothing of the case. */
    record Entry(String requestId, String fromTenant, String toTenant, String reviewReference, String agencyId,
            String agencyName, List<String> contacts, OffsetDateTime sentAt) {

        public Entry {
            contacts = List.copyOf(contacts);
        }

        public boolean names(String username) {
            return contacts.contains(username);
        }
    }

    void add(Entry entry);

    /** The requests sent to this partnership's agencies that name this person as a contact. */
    List<Entry> toContact(String toTenant, String username);

    Optional<Entry> find(String requestId, String fromTenant, String toTenant);

    /** Forgets a partnership's requests that moved with their review to another partnership. */
    void removeFrom(String fromTenant, java.util.Collection<String> requestIds);
}

package uk.safeguarding.reviews.agencies.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RefusedException;

/**
 * An agency of the partnership: its kind, whether it is one of the statutory partners whose
 * presence makes a Rapid Review meeting quorate (§7.12), and its named contacts, who answer its
 * information requests (§7.7).
 */
@Entity
@Table(name = "agency")
public class Agency {

    @Id
    private String id;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgencyKind kind;

    /** Which of the partnership's statutory partners this agency represents, or null if none. */
    @Column(name = "statutory_partner")
    private String statutoryPartner;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agency_contact", joinColumns = @JoinColumn(name = "agency_id"))
    @OrderColumn(name = "position")
    private List<AgencyContact> contacts = new ArrayList<>();

    protected Agency() {
        // for JPA
    }

    public Agency(String name, AgencyKind kind, String statutoryPartner) {
        this.id = UUID.randomUUID().toString();
        describe(name, kind, statutoryPartner);
    }

    public final void describe(String newName, AgencyKind newKind, String newStatutoryPartner) {
        if (newName == null || newName.isBlank()) {
            throw InvalidFieldException.refused("name", "agencies.agency.enter-name");
        }
        this.name = newName.strip();
        if (newKind == null) {
            throw InvalidFieldException.refused("kind", "agencies.agency.choose-kind");
        }
        this.kind = newKind;
        this.statutoryPartner = newStatutoryPartner == null || newStatutoryPartner.isBlank() ? null
                : newStatutoryPartner.strip();
    }

    /** A contributor answers for one agency here; the same person twice is refused. */
    public void addContact(AgencyContact contact) {
        if (contacts.stream().anyMatch(c -> c.username().equalsIgnoreCase(contact.username()))) {
            throw InvalidFieldException.refused("username", "agencies.agency.already-contact", contact.username(), name);
        }
        contacts.add(contact);
    }

    public void removeContact(String username) {
        if (!contacts.removeIf(c -> c.username().equalsIgnoreCase(username))) {
            throw RefusedException.because("agencies.agency.not-contact", username, name);
        }
    }

    public boolean hasContact(String username) {
        return contacts.stream().anyMatch(c -> c.username().equalsIgnoreCase(username));
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public AgencyKind kind() {
        return kind;
    }

    public String statutoryPartner() {
        return statutoryPartner;
    }

    public List<AgencyContact> contacts() {
        return List.copyOf(contacts);
    }
}

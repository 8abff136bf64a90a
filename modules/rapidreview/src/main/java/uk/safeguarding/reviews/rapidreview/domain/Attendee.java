package uk.safeguarding.reviews.rapidreview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import uk.safeguarding.reviews.kernel.Texts;

/**
 * Someone at the Rapid Review meeting (§7.12): their name and role, the agency they represent, and
 * the statutory partner that agency stands for, if any (which is what makes the meeting quorate).
 * The username, when they sign in, lets them endorse the outcome for their partner.
 */
@Embeddable
public class Attendee {

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "role", nullable = false)
    private String role;

    @Column(name = "agency_name")
    private String agencyName;

    @Column(name = "statutory_partner")
    private String statutoryPartner;

    @Column(name = "username")
    private String username;

    protected Attendee() {
        // for JPA
    }

    public Attendee(String name, String role, String agencyName, String statutoryPartner, String username) {
        this.name = Objects.requireNonNull(name).strip();
        this.role = Objects.requireNonNull(role).strip();
        this.agencyName = Texts.blankToNull(agencyName);
        this.statutoryPartner = Texts.blankToNull(statutoryPartner);
        this.username = Texts.blankToNull(username);
    }

    public String name() {
        return name;
    }

    public String role() {
        return role;
    }

    public String agencyName() {
        return agencyName;
    }

    public String statutoryPartner() {
        return statutoryPartner;
    }

    public String username() {
        return username;
    }
}

package uk.safeguarding.reviews.rapidreview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

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
        this.agencyName = blankAsNull(agencyName);
        this.statutoryPartner = blankAsNull(statutoryPartner);
        this.username = blankAsNull(username);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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

package uk.safeguarding.reviews.agencies.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A named person who answers for the agency: their sign-in (an agency contributor) and address. */
@Embeddable
public class AgencyContact {

    @Column(name = "username", nullable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "email", nullable = false)
    private String email;

    protected AgencyContact() {
        // for JPA
    }

    public AgencyContact(String username, String displayName, String email) {
        this.username = Objects.requireNonNull(username, "username").strip();
        this.displayName = Objects.requireNonNull(displayName, "displayName").strip();
        this.email = Objects.requireNonNull(email, "email").strip();
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }
}

package uk.safeguarding.reviews.agencies.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A named contact of an agency as typed. */
public class ContactForm implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{agency.contact.username.required}")
    @Size(max = 200, message = "{agency.name.tooLong}")
    private String username;

    @NotBlank(message = "{agency.contact.name.required}")
    @Size(max = 200, message = "{agency.name.tooLong}")
    private String displayName;

    @NotBlank(message = "{agency.contact.email.required}")
    @Email(message = "{agency.contact.email.format}")
    @Size(max = 320, message = "{agency.contact.email.format}")
    private String email;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}

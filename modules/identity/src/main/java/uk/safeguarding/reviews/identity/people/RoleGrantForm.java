package uk.safeguarding.reviews.identity.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import uk.safeguarding.reviews.kernel.Role;

/** A role to give a person of the partnership, as the business manager typed it. */
public class RoleGrantForm implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Enter the person's full name")
    @Size(max = 200, message = "The name can be at most 200 characters")
    private String fullName;

    @NotBlank(message = "Enter the person's e-mail address")
    @Email(message = "Enter the e-mail address in the right format, such as name@agency.gov.uk")
    @Size(max = 100, message = "The e-mail address can be at most 100 characters")
    private String email;

    @NotNull(message = "Choose the role to give")
    private Role role;

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName == null ? null : fullName.strip();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.strip();
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}

package uk.safeguarding.reviews.rapidreview.application;

import java.io.Serializable;

/** One person at the meeting, as the business unit records them (§7.12). */
public class AttendeeForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String name;
    private String role;
    /** The agency they represent, from the partnership's list; empty for the chair, adviser or business unit. */
    private String agencyId;
    /** Their sign-in, if they will endorse the outcome in the product. */
    private String username;

    public AttendeeForm() {
        // for the form
    }

    public AttendeeForm(String name, String role, String agencyId, String username) {
        this.name = name;
        this.role = role;
        this.agencyId = agencyId;
        this.username = username;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(String agencyId) {
        this.agencyId = agencyId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}

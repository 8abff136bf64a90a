package uk.safeguarding.reviews.learning.application;

import java.io.Serializable;

/** A scrutineer added to the verification rota, as typed. */
public class RotaForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String username;
    private String displayName;
    private String agencyId;

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

    public String getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(String agencyId) {
        this.agencyId = agencyId;
    }
}

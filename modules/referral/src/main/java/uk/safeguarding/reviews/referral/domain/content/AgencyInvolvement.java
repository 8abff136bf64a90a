package uk.safeguarding.reviews.referral.domain.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** An agency involved with the family, and how. */
public class AgencyInvolvement implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{content.agency.name.required}", groups = ReferralStep.Agencies.class)
    @Size(max = 200, message = "{content.text200}", groups = ReferralStep.Agencies.class)
    private String agency;

    @Size(max = 1000, message = "{content.text1000}", groups = ReferralStep.Agencies.class)
    private String involvement;

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getInvolvement() {
        return involvement;
    }

    public void setInvolvement(String involvement) {
        this.involvement = involvement;
    }
}

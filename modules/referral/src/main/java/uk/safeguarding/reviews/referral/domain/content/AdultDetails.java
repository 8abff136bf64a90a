package uk.safeguarding.reviews.referral.domain.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A significant adult in the child's household. */
public class AdultDetails implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{content.adult.name.required}", groups = ReferralStep.Family.class)
    @Size(max = 200, message = "{content.text200}", groups = ReferralStep.Family.class)
    private String name;

    @NotBlank(message = "{content.adult.relationship.required}", groups = ReferralStep.Family.class)
    @Size(max = 100, message = "{content.text100}", groups = ReferralStep.Family.class)
    private String relationship;

    @Size(max = 500, message = "{content.text500}", groups = ReferralStep.Family.class)
    private String address;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRelationship() {
        return relationship;
    }

    public void setRelationship(String relationship) {
        this.relationship = relationship;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}

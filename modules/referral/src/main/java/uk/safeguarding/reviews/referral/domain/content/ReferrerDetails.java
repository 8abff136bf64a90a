package uk.safeguarding.reviews.referral.domain.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** Who refers, for which agency, and the agency's internal verification (§7.3). */
public class ReferrerDetails implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{content.referrer.name.required}", groups = ReferralStep.Referrer.class)
    @Size(max = 200, message = "{content.text200}", groups = ReferralStep.Referrer.class)
    private String name;

    @NotBlank(message = "{content.referrer.role.required}", groups = ReferralStep.Referrer.class)
    @Size(max = 200, message = "{content.text200}", groups = ReferralStep.Referrer.class)
    private String role;

    @NotBlank(message = "{content.referrer.agency.required}", groups = ReferralStep.Referrer.class)
    @Size(max = 200, message = "{content.text200}", groups = ReferralStep.Referrer.class)
    private String agency;

    /**
     * The partnership's agency the referrer is from, when it is one of them (§10.3 a: referrals are
     * counted by referrer); empty for an agency the partnership does not list, named in {@code agency}.
     */
    @Size(max = 36, message = "{content.text40}", groups = ReferralStep.Referrer.class)
    private String agencyId;

    @Size(max = 40, message = "{content.text40}", groups = ReferralStep.Referrer.class)
    private String phone;

    @Size(max = 200, message = "{content.text200}", groups = ReferralStep.Referrer.class)
    private String verifiedBy;

    @PastOrPresent(message = "{content.verifiedOn.future}", groups = ReferralStep.Referrer.class)
    private LocalDate verifiedOn;

    @Size(max = 2000, message = "{content.text2000}", groups = ReferralStep.Referrer.class)
    private String notVerifiedBecause;

    /**
     * §7.3 in the product: the sign-in name of the agency's verifier on this service, who verifies
     * the referral (or returns it) before the partnership receives it.
     */
    @Size(max = 200, message = "{content.text200}", groups = ReferralStep.Referrer.class)
    private String verifierUsername;

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

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public void setVerifiedBy(String verifiedBy) {
        this.verifiedBy = verifiedBy;
    }

    public LocalDate getVerifiedOn() {
        return verifiedOn;
    }

    public void setVerifiedOn(LocalDate verifiedOn) {
        this.verifiedOn = verifiedOn;
    }

    public String getNotVerifiedBecause() {
        return notVerifiedBecause;
    }

    public void setNotVerifiedBecause(String notVerifiedBecause) {
        this.notVerifiedBecause = notVerifiedBecause;
    }

    public String getVerifierUsername() {
        return verifierUsername;
    }

    public void setVerifierUsername(String verifierUsername) {
        this.verifierUsername = verifierUsername;
    }

    public String getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(String agencyId) {
        this.agencyId = agencyId;
    }
}

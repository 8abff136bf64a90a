package uk.safeguarding.reviews.referral.domain.content;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A child the referral is about (Document 7). Care leavers are children here up to 24. */
public class ChildDetails implements Serializable {
    private static final long serialVersionUID = 1L;

    public enum ProtectionPlan { NONE, CURRENT, PREVIOUS }

    @NotBlank(message = "{content.child.name.required}", groups = ReferralStep.Family.class)
    @Size(max = 200, message = "{content.text200}", groups = ReferralStep.Family.class)
    private String name;

    @PastOrPresent(message = "{content.child.dob.future}", groups = ReferralStep.Family.class)
    private LocalDate dateOfBirth;

    /** When the date of birth is not known. */
    @Min(value = 0, message = "{content.child.age.range}", groups = ReferralStep.Family.class)
    @Max(value = 24, message = "{content.child.age.range}", groups = ReferralStep.Family.class)
    private Integer ageYears;

    @NotBlank(message = "{content.child.sex.required}", groups = ReferralStep.Family.class)
    @Size(max = 40, message = "{content.text40}", groups = ReferralStep.Family.class)
    private String sex;

    @Size(max = 100, message = "{content.text100}", groups = ReferralStep.Family.class)
    private String ethnicity;

    @Size(max = 500, message = "{content.text500}", groups = ReferralStep.Family.class)
    private String address;

    @Size(max = 100, message = "{content.text100}", groups = ReferralStep.Family.class)
    private String homeArea;

    @NotNull(message = "{content.child.lookedAfter.required}", groups = ReferralStep.Family.class)
    private Boolean lookedAfter;

    @NotNull(message = "{content.child.plan.required}", groups = ReferralStep.Family.class)
    private ProtectionPlan childProtectionPlan;

    private boolean careLeaver;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public Integer getAgeYears() {
        return ageYears;
    }

    public void setAgeYears(Integer ageYears) {
        this.ageYears = ageYears;
    }

    public String getSex() {
        return sex;
    }

    public void setSex(String sex) {
        this.sex = sex;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String ethnicity) {
        this.ethnicity = ethnicity;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getHomeArea() {
        return homeArea;
    }

    public void setHomeArea(String homeArea) {
        this.homeArea = homeArea;
    }

    public Boolean getLookedAfter() {
        return lookedAfter;
    }

    public void setLookedAfter(Boolean lookedAfter) {
        this.lookedAfter = lookedAfter;
    }

    public ProtectionPlan getChildProtectionPlan() {
        return childProtectionPlan;
    }

    public void setChildProtectionPlan(ProtectionPlan childProtectionPlan) {
        this.childProtectionPlan = childProtectionPlan;
    }

    public boolean isCareLeaver() {
        return careLeaver;
    }

    public void setCareLeaver(boolean careLeaver) {
        this.careLeaver = careLeaver;
    }
}

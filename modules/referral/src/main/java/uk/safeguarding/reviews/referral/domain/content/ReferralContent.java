package uk.safeguarding.reviews.referral.domain.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a referral form holds (Document 7, or Document 6 for a Good Outcome Review). A draft may
 * hold anything; submission needs every step of its kind valid.
 */
public class ReferralContent implements Serializable {
    private static final long serialVersionUID = 1L;

    @Valid
    private ReferrerDetails referrer = new ReferrerDetails();

    @Valid
    @NotEmpty(message = "{content.children.required}", groups = ReferralStep.Family.class)
    @Size(max = 20, message = "{content.children.tooMany}", groups = ReferralStep.Family.class)
    private List<ChildDetails> children = new ArrayList<>();

    @Valid
    @Size(max = 20, message = "{content.adults.tooMany}", groups = ReferralStep.Family.class)
    private List<AdultDetails> adults = new ArrayList<>();

    @Valid
    private IncidentDetails incident = new IncidentDetails();

    @Valid
    private GoodOutcomeDetails goodOutcome = new GoodOutcomeDetails();

    @Valid
    @NotEmpty(message = "{content.agencies.required}", groups = ReferralStep.Agencies.class)
    @Size(max = 30, message = "{content.agencies.tooMany}", groups = ReferralStep.Agencies.class)
    private List<AgencyInvolvement> agencies = new ArrayList<>();

    @NotBlank(message = "{content.whyReview.required}", groups = ReferralStep.Reasons.class)
    @Size(max = 4000, message = "{content.text4000}", groups = ReferralStep.Reasons.class)
    private String whyReview;

    @Size(max = 4000, message = "{content.text4000}", groups = ReferralStep.Reasons.class)
    private String learning;

    @Valid
    private List<CriteriaAnswer> criteria = new ArrayList<>();

    @PastOrPresent(message = "{content.notified.future}", groups = ReferralStep.Notifications.class)
    private LocalDate nationalPanelNotifiedOn;

    @PastOrPresent(message = "{content.notified.future}", groups = ReferralStep.Notifications.class)
    private LocalDate ofstedNotifiedOn;

    @PastOrPresent(message = "{content.notified.future}", groups = ReferralStep.Notifications.class)
    private LocalDate secretaryOfStateNotifiedOn;

    public ReferrerDetails getReferrer() {
        return referrer;
    }

    public void setReferrer(ReferrerDetails referrer) {
        this.referrer = referrer == null ? new ReferrerDetails() : referrer;
    }

    public List<ChildDetails> getChildren() {
        return children;
    }

    public void setChildren(List<ChildDetails> children) {
        this.children = children == null ? new ArrayList<>() : new ArrayList<>(children);
    }

    public List<AdultDetails> getAdults() {
        return adults;
    }

    public void setAdults(List<AdultDetails> adults) {
        this.adults = adults == null ? new ArrayList<>() : new ArrayList<>(adults);
    }

    public IncidentDetails getIncident() {
        return incident;
    }

    public void setIncident(IncidentDetails incident) {
        this.incident = incident == null ? new IncidentDetails() : incident;
    }

    public GoodOutcomeDetails getGoodOutcome() {
        return goodOutcome;
    }

    public void setGoodOutcome(GoodOutcomeDetails goodOutcome) {
        this.goodOutcome = goodOutcome == null ? new GoodOutcomeDetails() : goodOutcome;
    }

    public List<AgencyInvolvement> getAgencies() {
        return agencies;
    }

    public void setAgencies(List<AgencyInvolvement> agencies) {
        this.agencies = agencies == null ? new ArrayList<>() : new ArrayList<>(agencies);
    }

    public String getWhyReview() {
        return whyReview;
    }

    public void setWhyReview(String whyReview) {
        this.whyReview = whyReview;
    }

    public String getLearning() {
        return learning;
    }

    public void setLearning(String learning) {
        this.learning = learning;
    }

    public List<CriteriaAnswer> getCriteria() {
        return criteria;
    }

    public void setCriteria(List<CriteriaAnswer> criteria) {
        this.criteria = criteria == null ? new ArrayList<>() : new ArrayList<>(criteria);
    }

    public LocalDate getNationalPanelNotifiedOn() {
        return nationalPanelNotifiedOn;
    }

    public void setNationalPanelNotifiedOn(LocalDate nationalPanelNotifiedOn) {
        this.nationalPanelNotifiedOn = nationalPanelNotifiedOn;
    }

    public LocalDate getOfstedNotifiedOn() {
        return ofstedNotifiedOn;
    }

    public void setOfstedNotifiedOn(LocalDate ofstedNotifiedOn) {
        this.ofstedNotifiedOn = ofstedNotifiedOn;
    }

    public LocalDate getSecretaryOfStateNotifiedOn() {
        return secretaryOfStateNotifiedOn;
    }

    public void setSecretaryOfStateNotifiedOn(LocalDate secretaryOfStateNotifiedOn) {
        this.secretaryOfStateNotifiedOn = secretaryOfStateNotifiedOn;
    }
}

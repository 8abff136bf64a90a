package uk.safeguarding.reviews.referral.domain.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The incident (§5.2): when, when the local authority became aware, where (which partnership's area
 * decides who reviews it, §4.3), what happened, and whether abuse or neglect is known or suspected.
 */
public class IncidentDetails implements Serializable {
    private static final long serialVersionUID = 1L;

    public enum Harm { DIED, SERIOUSLY_HARMED, OTHER }

    public enum AbuseOrNeglect { KNOWN, SUSPECTED, NOT_SUSPECTED }

    public enum Place { THIS_PARTNERSHIPS_AREA, ANOTHER_PARTNERSHIPS_AREA, OUTSIDE_ENGLAND_NORMALLY_RESIDENT_HERE }

    @NotNull(message = "{referral.incidentDate.required}", groups = ReferralStep.Incident.class)
    @PastOrPresent(message = "{referral.incidentDate.future}", groups = ReferralStep.Incident.class)
    private LocalDate date;

    @NotNull(message = "{content.aware.required}", groups = ReferralStep.Incident.class)
    @PastOrPresent(message = "{content.aware.future}", groups = ReferralStep.Incident.class)
    private LocalDate localAuthorityAwareOn;

    @NotNull(message = "{content.place.required}", groups = ReferralStep.Incident.class)
    private Place place;

    @Size(max = 200, message = "{content.text200}", groups = ReferralStep.Incident.class)
    private String otherPartnership;

    @NotNull(message = "{content.harm.required}", groups = ReferralStep.Incident.class)
    private Harm harm;

    @NotNull(message = "{content.abuse.required}", groups = ReferralStep.Incident.class)
    private AbuseOrNeglect abuseOrNeglect;

    @NotBlank(message = "{content.whatHappened.required}", groups = ReferralStep.Incident.class)
    @Size(max = 4000, message = "{content.text4000}", groups = ReferralStep.Incident.class)
    private String whatHappened;

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalDate getLocalAuthorityAwareOn() {
        return localAuthorityAwareOn;
    }

    public void setLocalAuthorityAwareOn(LocalDate localAuthorityAwareOn) {
        this.localAuthorityAwareOn = localAuthorityAwareOn;
    }

    public Place getPlace() {
        return place;
    }

    public void setPlace(Place place) {
        this.place = place;
    }

    public String getOtherPartnership() {
        return otherPartnership;
    }

    public void setOtherPartnership(String otherPartnership) {
        this.otherPartnership = otherPartnership;
    }

    public Harm getHarm() {
        return harm;
    }

    public void setHarm(Harm harm) {
        this.harm = harm;
    }

    public AbuseOrNeglect getAbuseOrNeglect() {
        return abuseOrNeglect;
    }

    public void setAbuseOrNeglect(AbuseOrNeglect abuseOrNeglect) {
        this.abuseOrNeglect = abuseOrNeglect;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public void setWhatHappened(String whatHappened) {
        this.whatHappened = whatHappened;
    }
}

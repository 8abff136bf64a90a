package uk.safeguarding.reviews.referral.domain.content;

import java.time.LocalDate;
import java.util.List;

/** A complete, valid Referral Form for tests to start from and spoil one field at a time. */
public final class ExampleReferrals {

    private ExampleReferrals() {
    }

    public static ReferralContent complete(LocalDate today, List<CriteriaAnswer> questions) {
        ReferralContent content = new ReferralContent();
        ReferrerDetails referrer = content.getReferrer();
        referrer.setName("Nadia Referrer");
        referrer.setRole("Designated safeguarding lead");
        referrer.setAgency("Northmoor Primary School");
        referrer.setVerifiedBy("Head teacher");
        referrer.setVerifiedOn(today.minusDays(1));
        ChildDetails child = new ChildDetails();
        child.setName("Jamie Smith");
        child.setDateOfBirth(today.minusYears(7));
        child.setSex("Male");
        child.setLookedAfter(false);
        child.setChildProtectionPlan(ChildDetails.ProtectionPlan.CURRENT);
        content.getChildren().add(child);
        AdultDetails mother = new AdultDetails();
        mother.setName("Alex Smith");
        mother.setRelationship("Mother");
        content.getAdults().add(mother);
        IncidentDetails incident = content.getIncident();
        incident.setDate(today.minusDays(3));
        incident.setLocalAuthorityAwareOn(today.minusDays(2));
        incident.setPlace(IncidentDetails.Place.THIS_PARTNERSHIPS_AREA);
        incident.setHarm(IncidentDetails.Harm.SERIOUSLY_HARMED);
        incident.setAbuseOrNeglect(IncidentDetails.AbuseOrNeglect.SUSPECTED);
        incident.setWhatHappened("Admitted to hospital with injuries not explained by the account given.");
        AgencyInvolvement school = new AgencyInvolvement();
        school.setAgency("Northmoor Primary School");
        school.setInvolvement("Attendance concerns this term");
        content.getAgencies().add(school);
        content.setWhyReview("Several agencies saw signs that were not shared.");
        questions.forEach(q -> {
            CriteriaAnswer answer = new CriteriaAnswer(q.getKind(), q.getQuestion());
            answer.setAnswer(CriteriaAnswer.Answer.YES);
            content.getCriteria().add(answer);
        });
        return content;
    }
}

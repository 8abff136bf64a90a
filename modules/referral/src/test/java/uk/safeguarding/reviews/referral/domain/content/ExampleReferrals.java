package uk.safeguarding.reviews.referral.domain.content;

import java.time.LocalDate;
import java.util.List;

/** A complete, valid Referral Form for tests to start from and spoil one field at a time. */
public final class ExampleReferrals {

    private ExampleReferrals() {
    }

    /** A complete Good Outcome Review referral (Document 6). */
    public static ReferralContent goodOutcome(LocalDate today, List<CriteriaAnswer> questions) {
        ReferralContent content = complete(today, questions);
        content.setIncident(new IncidentDetails());
        GoodOutcomeDetails good = content.getGoodOutcome();
        good.setLivedExperience("Jamie now attends school every day and has friends.");
        good.setHowKnown("Attendance records and what Jamie told his teacher.");
        good.setStepsTaken("A joint plan between school, health visitor and early help.");
        good.setEffectOnOutcomes("Attendance rose from 60% to 98%.");
        good.setLearningForOthers("Weekly joint meetings kept everyone acting on the same facts.");
        good.setObjectives("Jamie missed two days in five; nobody owned the plan. A joint plan gave one lead.");
        good.setServicePerformance("An audit of 20 cases six months on: attendance plans reviewed on time in 19.");
        good.setFurtherImprovement("Bring the GP into the weekly meeting from the start.");
        return content;
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

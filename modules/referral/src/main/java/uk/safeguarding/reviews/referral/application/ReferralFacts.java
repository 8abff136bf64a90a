package uk.safeguarding.reviews.referral.application;

import java.time.LocalDate;
import java.util.List;
import uk.safeguarding.reviews.referral.domain.Referral;
import uk.safeguarding.reviews.referral.domain.content.ReferralContent;

/**
 * The facts of a decided referral that the review built on it needs: to merge into the request
 * letters (Document 10 "briefly outlines the referral", §7.7), to mark chronology events before a
 * child's birth (§7.8), to anonymise, to tell the referrer the outcome (§7.13), and for the Rapid
 * Review Meeting Report (Document 12) what the referral said about each child, why a review, and
 * the answers to the partnership's criteria questions.
 */
public record ReferralFacts(String referralId, String reference, List<String> childInitials, List<Person> children,
        List<Person> adults, LocalDate incidentDate, LocalDate localAuthorityAwareOn, String harm, String whatHappened,
        String referrerName, String referrerAgency, String referrerEmail, List<ChildProfile> childProfiles,
        String whyReview, List<Criterion> criteria) {

    /**
     * What the referral said about a child, named by role only (the report to the National Panel names
     * no child): age in whole years, sex, ethnicity, and their status with children's social care.
     */
    public record ChildProfile(String role, LocalDate dateOfBirth, Integer ageYears, String sex, String ethnicity,
            Boolean lookedAfter, String childProtectionPlan, boolean careLeaver) {

        /** Age in whole years on {@code day}: from the date of birth when known, else as the referrer gave it. */
        public Integer ageOn(LocalDate day) {
            if (dateOfBirth != null && day != null && !day.isBefore(dateOfBirth)) {
                return java.time.Period.between(dateOfBirth, day).getYears();
            }
            return ageYears;
        }
    }

    /** One criteria question as it was asked, with the referrer's answer ("Yes", "No", "Not known", or none). */
    public record Criterion(String kind, String question, String answer) {
    }

    /** A child (role "Child", "Child 2", ...) or a significant adult (role = their relationship). */
    public record Person(String name, LocalDate dateOfBirth, String role) {
    }

    public ReferralFacts {
        childInitials = List.copyOf(childInitials);
        children = List.copyOf(children);
        adults = List.copyOf(adults);
        childProfiles = List.copyOf(childProfiles);
        criteria = List.copyOf(criteria);
    }

    static ReferralFacts of(Referral referral) {
        ReferralContent content = referral.content();
        List<Person> children = new java.util.ArrayList<>();
        for (int i = 0; i < content.getChildren().size(); i++) {
            var child = content.getChildren().get(i);
            children.add(new Person(child.getName(), child.getDateOfBirth(),
                    content.getChildren().size() == 1 ? "Child" : "Child " + (i + 1)));
        }
        List<Person> adults = content.getAdults().stream()
                .map(a -> new Person(a.getName(), null, a.getRelationship() == null || a.getRelationship().isBlank()
                        ? "Adult" : a.getRelationship().strip()))
                .toList();
        var incident = content.getIncident();
        return new ReferralFacts(referral.id(), referral.reference(), referral.childInitials(), children, adults,
                incident.getDate() != null ? incident.getDate() : referral.incidentDate(),
                incident.getLocalAuthorityAwareOn(), incident.getHarm() == null ? null : incident.getHarm().name(),
                incident.getWhatHappened() != null ? incident.getWhatHappened() : referral.summary(),
                content.getReferrer().getName(), content.getReferrer().getAgency(), referral.referrerEmail(),
                profiles(content, children), content.getWhyReview(), content.getCriteria().stream()
                        .map(c -> new Criterion(c.getKind(), c.getQuestion(), c.getAnswer() == null ? null : switch (c.getAnswer()) {
                            case YES -> "Yes";
                            case NO -> "No";
                            case NOT_KNOWN -> "Not known";
                        })).toList());
    }

    private static List<ChildProfile> profiles(ReferralContent content, List<Person> children) {
        List<ChildProfile> profiles = new java.util.ArrayList<>();
        for (int i = 0; i < content.getChildren().size(); i++) {
            var child = content.getChildren().get(i);
            profiles.add(new ChildProfile(children.get(i).role(), child.getDateOfBirth(), child.getAgeYears(),
                    child.getSex(), child.getEthnicity(), child.getLookedAfter(),
                    child.getChildProtectionPlan() == null ? null : switch (child.getChildProtectionPlan()) {
                        case NONE -> "None";
                        case CURRENT -> "Current plan";
                        case PREVIOUS -> "Previous plan";
                    }, child.isCareLeaver()));
        }
        return profiles;
    }

    /** The earliest date of birth among the children: an event before it happened before a birth. */
    public LocalDate earliestDateOfBirth() {
        return children.stream().map(Person::dateOfBirth).filter(java.util.Objects::nonNull).min(LocalDate::compareTo)
                .orElse(null);
    }
}

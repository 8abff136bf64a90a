package uk.safeguarding.reviews.referral.application;

import java.time.LocalDate;
import java.util.List;
import uk.safeguarding.reviews.referral.domain.Referral;
import uk.safeguarding.reviews.referral.domain.content.ReferralContent;

/**
 * The facts of a decided referral that the review built on it needs: to merge into the request
 * letters (Document 10 "briefly outlines the referral", §7.7), to check chronology dates against a
 * child's date of birth (§7.8), to anonymise, and to tell the referrer the outcome (§7.13).
 */
public record ReferralFacts(String referralId, String reference, List<String> childInitials, List<Person> children,
        List<Person> adults, LocalDate incidentDate, LocalDate localAuthorityAwareOn, String harm, String whatHappened,
        String referrerName, String referrerAgency, String referrerEmail) {

    /** A child (role "Child", "Child 2", ...) or a significant adult (role = their relationship). */
    public record Person(String name, LocalDate dateOfBirth, String role) {
    }

    public ReferralFacts {
        childInitials = List.copyOf(childInitials);
        children = List.copyOf(children);
        adults = List.copyOf(adults);
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
                content.getReferrer().getName(), content.getReferrer().getAgency(), referral.referrerEmail());
    }

    /** The earliest date of birth among the children: no event about them can be earlier. */
    public LocalDate earliestDateOfBirth() {
        return children.stream().map(Person::dateOfBirth).filter(java.util.Objects::nonNull).min(LocalDate::compareTo)
                .orElse(null);
    }
}

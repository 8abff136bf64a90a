package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import uk.safeguarding.reviews.practicereview.domain.FamilyContact;
import uk.safeguarding.reviews.practicereview.domain.FamilyMember;

/** A family member and their part in the review, as its family page shows it (§6, Document 3). */
public record FamilyMemberView(String id, String name, String relationship, String ageAndUnderstanding,
        FamilyMember.Involvement involvement, String reasons, String facilitator, String notShared,
        LocalDate decidedOn, String decidedBy, List<Contact> contacts, String feedback, Boolean feedbackSensitive,
        LocalDate feedbackOn) implements Serializable {

    /** One contact with them. */
    public record Contact(FamilyMember.ContactKind kind, LocalDate on, String note, String recordedBy)
            implements Serializable {
    }

    static FamilyMemberView of(FamilyMember m) {
        return new FamilyMemberView(m.id(), m.name(), m.relationship(), m.ageAndUnderstanding(), m.involvement(),
                m.reasons(), m.facilitator(), m.notShared(), m.decidedOn(), m.decidedBy(),
                m.contacts().stream().map(FamilyMemberView::contact).toList(), m.feedback(), m.feedbackSensitive(),
                m.feedbackOn());
    }

    private static Contact contact(FamilyContact c) {
        return new Contact(c.kind(), c.on(), c.note(), c.recordedBy());
    }

    public boolean involved() {
        return involvement == FamilyMember.Involvement.INVOLVED;
    }
}

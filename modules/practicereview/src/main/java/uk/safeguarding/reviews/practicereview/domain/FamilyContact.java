package uk.safeguarding.reviews.practicereview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** One contact with a family member in a review (Document 3): what it was, when, a note and who recorded it. */
@Embeddable
public class FamilyContact {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private FamilyMember.ContactKind kind;

    @Column(name = "on_day", nullable = false)
    private LocalDate on;

    @Column(name = "note")
    private String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected FamilyContact() {
        // for JPA
    }

    FamilyContact(FamilyMember.ContactKind kind, LocalDate on, String note, String recordedBy) {
        this.kind = kind;
        this.on = on;
        this.note = note;
        this.recordedBy = recordedBy;
    }

    public FamilyMember.ContactKind kind() {
        return kind;
    }

    public LocalDate on() {
        return on;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }
}

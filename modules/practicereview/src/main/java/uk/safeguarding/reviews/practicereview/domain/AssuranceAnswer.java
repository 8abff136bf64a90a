package uk.safeguarding.reviews.practicereview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One assurance question as it was asked at a check (Document 4), whether it is met, and what is done when not. */
@Embeddable
public class AssuranceAnswer {

    @Column(name = "question", nullable = false)
    private String question;

    @Column(name = "met", nullable = false)
    private boolean met;

    @Column(name = "note")
    private String note;

    protected AssuranceAnswer() {
        // for JPA
    }

    AssuranceAnswer(String question, boolean met, String note) {
        this.question = question;
        this.met = met;
        this.note = note;
    }

    public String question() {
        return question;
    }

    public boolean met() {
        return met;
    }

    public String note() {
        return note;
    }
}

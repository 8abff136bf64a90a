package uk.safeguarding.reviews.practicereview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One point of the partnership's Review Chair and Lead Reviewer Specification (Document 5, §8.1):
 * what a lead reviewer must meet. The policy does not print the document, so the product ships a
 * default list, which the partnership replaces with its own.
 */
@Entity
@Table(name = "lead_reviewer_specification")
public class SpecificationPoint {

    @Id
    private int position;

    @Column(nullable = false)
    private String text;

    protected SpecificationPoint() {
        // for JPA
    }

    public SpecificationPoint(int position, String text) {
        this.position = position;
        this.text = text;
    }

    public int position() {
        return position;
    }

    public String text() {
        return text;
    }
}

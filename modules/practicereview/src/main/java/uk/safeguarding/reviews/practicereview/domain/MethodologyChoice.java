package uk.safeguarding.reviews.practicereview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.Texts;

/**
 * §4.4: "the Practice Review Virtual Panel or case review group will determine the most appropriate
 * methodology and tools to use that is proportionate to the case": one choice from the partnership's
 * list, with why it is proportionate. A later choice replaces it and the log keeps both.
 */
@Entity
@Table(name = "review_methodology")
public class MethodologyChoice {

    @Id
    private String id;

    @Column(name = "review_id", nullable = false, updatable = false)
    private String reviewId;

    @Column(nullable = false, updatable = false)
    private String methodology;

    @Column(nullable = false, updatable = false)
    private String rationale;

    @Column(name = "chosen_by", nullable = false, updatable = false)
    private String chosenBy;

    @Column(name = "chosen_at", nullable = false, updatable = false)
    private OffsetDateTime chosenAt;

    protected MethodologyChoice() {
        // for JPA
    }

    /** A methodology from {@code offered} (the partnership's list now) and the rationale for it. */
    public static MethodologyChoice choose(String reviewId, String methodology, String rationale, List<String> offered,
            String by, OffsetDateTime at) {
        String chosen = Texts.required("methodology", methodology,
                "practicereview.methodology-choice.choose-methodology");
        if (!offered.contains(chosen)) {
            throw InvalidFieldException.refused("methodology",
                    "practicereview.methodology-choice.choose-one-partnership-methodologies-4", chosen);
        }
        String why = Texts.required("rationale", rationale,
                "practicereview.methodology-choice.say-why-methodology-proportionate-case");
        Texts.requireAtMost("rationale", why, 2000);
        MethodologyChoice choice = new MethodologyChoice();
        choice.id = UUID.randomUUID().toString();
        choice.reviewId = Objects.requireNonNull(reviewId);
        choice.methodology = chosen;
        choice.rationale = why;
        choice.chosenBy = Objects.requireNonNull(by);
        choice.chosenAt = Objects.requireNonNull(at);
        return choice;
    }

    public String reviewId() {
        return reviewId;
    }

    public String methodology() {
        return methodology;
    }

    public String rationale() {
        return rationale;
    }

    public String chosenBy() {
        return chosenBy;
    }

    public OffsetDateTime chosenAt() {
        return chosenAt;
    }
}

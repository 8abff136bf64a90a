package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A review's methodology as its page shows it (§4.4): the choices made, the latest first, the
 * partnership's list to choose from, and whether the signed-in person records the choice.
 */
public record MethodologyView(List<Choice> choices, List<String> offered, boolean mayChoose) implements Serializable {

    /** One choice and its rationale. */
    public record Choice(String methodology, String rationale, String chosenBy, OffsetDateTime chosenAt)
            implements Serializable {
    }

    public Choice getCurrent() {
        return choices.isEmpty() ? null : choices.get(0);
    }
}

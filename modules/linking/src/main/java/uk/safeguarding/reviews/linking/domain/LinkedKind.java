package uk.safeguarding.reviews.linking.domain;

import java.util.Arrays;
import java.util.List;

/**
 * The kinds of review a link can join (DOMAIN.md, "Kinds of review"; §4.3). The children's
 * partnership runs the first three here; the others are run by other boards, on the instance or
 * outside it, and the product only records the link and coordinates.
 */
public enum LinkedKind {
    RAPID_REVIEW("Rapid Review", false),
    LOCAL_CASE_REVIEW("Local case review", false),
    GOOD_OUTCOME_REVIEW("Good outcome review", false),
    CHILD_SAFEGUARDING_PRACTICE_REVIEW("Child Safeguarding Practice Review (CSPR)", false),
    INDIVIDUAL_AGENCY_REVIEW("Individual agency review", false),
    SAFEGUARDING_ADULTS_REVIEW("Safeguarding Adults Review (SAR)", true),
    DOMESTIC_HOMICIDE_REVIEW("Domestic Homicide Review (DHR)", true),
    CHILD_DEATH_REVIEW("Child Death Review (CDOP)", true),
    SUDDEN_UNEXPECTED_DEATH_IN_CHILDHOOD("Sudden Unexpected Death in Childhood (SUDC)", true),
    LEARNING_DISABILITY_MORTALITY_REVIEW("Learning from lives and deaths (LeDeR)", true);

    private final String label;
    private final boolean heldElsewhere;

    LinkedKind(String label, boolean heldElsewhere) {
        this.label = label;
        this.heldElsewhere = heldElsewhere;
    }

    public String label() {
        return label;
    }

    /** Whether a review of this kind can be one held outside the product, named by its external reference. */
    public boolean canBeHeldElsewhere() {
        return heldElsewhere;
    }

    public static List<LinkedKind> heldElsewhereKinds() {
        return Arrays.stream(values()).filter(LinkedKind::canBeHeldElsewhere).toList();
    }
}

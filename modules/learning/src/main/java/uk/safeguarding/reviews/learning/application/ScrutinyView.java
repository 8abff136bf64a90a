package uk.safeguarding.reviews.learning.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import uk.safeguarding.reviews.learning.domain.AnnualScrutiny;

/**
 * The Independent Adviser's annual scrutiny of action plans (§9) for one reporting year: the pack
 * (every plan running in the year with its actions by status, and every check of an action made in
 * the year), the adviser's conclusion if recorded, and the years one may choose.
 */
public record ScrutinyView(int startsIn, String yearLabel, boolean ended, LocalDate lastDay, List<Plan> plans,
        List<Check> checks, Recorded recorded, boolean mayRecord, List<Integer> years) implements Serializable {

    /** A plan running in the year, its actions counted by status. */
    public record Plan(String reviewId, String reviewReference, String state, LocalDate agreedOn, int actions,
            int open, int inProgress, int done, int verified, int returned) implements Serializable {
    }

    /** An action reported done and checked in the year: verified, or returned to its owner. */
    public record Check(String reviewReference, int actionNumber, String agencyName, boolean verified,
            OffsetDateTime at) implements Serializable {
    }

    /** What the adviser recorded. */
    public record Recorded(AnnualScrutiny.Conclusion conclusion, String findings, String by, OffsetDateTime at)
            implements Serializable {
    }
}

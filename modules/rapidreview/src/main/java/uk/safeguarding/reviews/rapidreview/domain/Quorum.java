package uk.safeguarding.reviews.rapidreview.domain;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * §7.12: "A Rapid Review meeting will only be quorate if at least one representative is present
 * from each of the three safeguarding partners." The partners are the partnership's own (its
 * thresholds: the 2019 CCG is an ICB since 2022), matched without regard to case.
 */
public final class Quorum {

    private Quorum() {
    }

    /** Whether the attendees make the meeting quorate, and which partners are missing if not. */
    public static Result of(Collection<Attendee> attendees, List<String> statutoryPartners) {
        List<String> missing = statutoryPartners.stream()
                .filter(partner -> attendees.stream().noneMatch(a -> a.statutoryPartner() != null
                        && normal(a.statutoryPartner()).equals(normal(partner))))
                .toList();
        return new Result(!statutoryPartners.isEmpty() && missing.isEmpty(), missing);
    }

    private static String normal(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The answer, with the partners nobody represents. */
    public record Result(boolean quorate, List<String> missingPartners) {

        public Result {
            missingPartners = List.copyOf(missingPartners);
        }
    }
}

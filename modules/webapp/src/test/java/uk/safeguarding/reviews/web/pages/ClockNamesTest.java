package uk.safeguarding.reviews.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.clocks.domain.ClockRule;
import uk.safeguarding.reviews.clocks.domain.ClockUnit;
import uk.safeguarding.reviews.clocks.domain.PolicyDefaults;

/**
 * Pages name a clock by its rule ({@code clocks.rule.<key>}) and its unit ({@code clocks.unit.<UNIT>});
 * a missing name is an error page, not a gap (seen: the individual agency review's clock in the lists).
 */
class ClockNamesTest {

    private static final ResourceBundle WORDS = ResourceBundle.getBundle("uk.safeguarding.reviews.web.messages", Locale.UK);

    @Test
    void everyShippedClockHasAName() {
        List<String> unnamed = PolicyDefaults.RULES_2019.stream().map(ClockRule::key)
                .filter(key -> !WORDS.containsKey("clocks.rule." + key)).toList();
        assertEquals(List.of(), unnamed);
    }

    @Test
    void everyUnitHasAName() {
        List<ClockUnit> unnamed = java.util.Arrays.stream(ClockUnit.values())
                .filter(unit -> !WORDS.containsKey("clocks.unit." + unit.name())).toList();
        assertEquals(List.of(), unnamed);
    }
}

package uk.safeguarding.reviews.referral.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Document 12 (issue 15): the child's age at the incident, as the National Panel asks for it. */
class ChildProfileTest {

    private static ReferralFacts.ChildProfile born(LocalDate dateOfBirth, Integer ageYears) {
        return new ReferralFacts.ChildProfile("Child", dateOfBirth, ageYears, "Female", null, false, "None", false);
    }

    @Test
    void theAgeIsCountedFromTheDateOfBirthToTheDay() {
        LocalDate born = LocalDate.of(2019, 3, 10);
        assertEquals(6, born(born, null).ageOn(LocalDate.of(2026, 3, 9)), "the day before the seventh birthday");
        assertEquals(7, born(born, null).ageOn(LocalDate.of(2026, 3, 10)), "the birthday itself");
        assertEquals(0, born(born, null).ageOn(born), "a baby on the day of birth");
    }

    @Test
    void withoutADateOfBirthTheReferrersAgeStands() {
        assertEquals(4, born(null, 4).ageOn(LocalDate.of(2026, 3, 9)));
        assertEquals(4, born(LocalDate.of(2026, 5, 1), 4).ageOn(LocalDate.of(2026, 3, 9)),
                "an incident before the birth (in pregnancy) has no age from the date of birth");
        assertNull(born(null, null).ageOn(LocalDate.of(2026, 3, 9)), "not known");
    }
}

package uk.safeguarding.reviews.referral.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.ProductClock;

class DraftReferralFormTest {

    // The run's day (bin/test --date moves it), fixed for the test; the validator reads the same clock.
    private static final Clock CLOCK = Clock.fixed(ProductClock.configured().instant(), ProductClock.UK);
    private static final LocalDate TODAY = LocalDate.now(CLOCK);

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void setUp() {
        Locale.setDefault(Locale.UK);
        factory = Validation.byDefaultProvider().configure().clockProvider(() -> CLOCK).buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void tearDown() {
        factory.close();
    }

    @Test
    void aCompleteFormIsValid() {
        assertTrue(validator.validate(form("JS", TODAY.minusDays(3), "Serious injury.")).isEmpty());
    }

    @Test
    void eachMissingFieldGetsItsOwnPlainMessage() {
        Map<String, String> messages = messagesByField(form("", null, " "));

        assertEquals("Enter the child's initials", messages.get("childInitials"));
        assertEquals("Enter the date of the incident", messages.get("incidentDate"));
        assertEquals("Enter a short summary of what happened", messages.get("summary"));
    }

    @Test
    void badValuesSayWhatIsWrong() {
        Map<String, String> messages = messagesByField(
                form("John Smith", TODAY.plusDays(1), "x".repeat(2001)));

        assertEquals("Enter the child's initials as 1 to 4 letters, for example JS", messages.get("childInitials"));
        assertEquals("The date of the incident must be today or in the past", messages.get("incidentDate"));
        assertEquals("The summary must be 2,000 characters or fewer", messages.get("summary"));
    }

    @Test
    void initialsMayBeTypedWithDotsAndSpaces() {
        assertTrue(validator.validate(form("j. s.", TODAY, "x")).isEmpty());
        assertTrue(validator.validate(form("O'B", TODAY, "x")).isEmpty());
    }

    private Map<String, String> messagesByField(DraftReferralForm form) {
        Set<ConstraintViolation<DraftReferralForm>> violations = validator.validate(form);
        return violations.stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(),
                ConstraintViolation::getMessage, (a, b) -> a + " | " + b));
    }

    private static DraftReferralForm form(String initials, LocalDate date, String summary) {
        DraftReferralForm form = new DraftReferralForm();
        form.setChildInitials(initials);
        form.setIncidentDate(date);
        form.setSummary(summary);
        return form;
    }
}

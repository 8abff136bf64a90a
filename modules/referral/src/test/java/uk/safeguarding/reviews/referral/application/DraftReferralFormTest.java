package uk.safeguarding.reviews.referral.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DraftReferralFormTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void setUp() {
        Locale.setDefault(Locale.UK);
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void tearDown() {
        factory.close();
    }

    @Test
    void aCompleteFormIsValid() {
        assertTrue(validator.validate(form("JS", LocalDate.now().minusDays(3), "Serious injury.")).isEmpty());
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
                form("John Smith", LocalDate.now().plusDays(1), "x".repeat(2001)));

        assertEquals("Enter the child's initials as 1 to 4 letters, for example JS", messages.get("childInitials"));
        assertEquals("The date of the incident must be today or in the past", messages.get("incidentDate"));
        assertEquals("The summary must be 2,000 characters or fewer", messages.get("summary"));
    }

    @Test
    void initialsMayBeTypedWithDotsAndSpaces() {
        assertTrue(validator.validate(form("j. s.", LocalDate.now(), "x")).isEmpty());
        assertTrue(validator.validate(form("O'B", LocalDate.now(), "x")).isEmpty());
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

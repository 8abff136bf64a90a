package uk.safeguarding.reviews.kernel;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/** Application services validate what they are given, whatever the page already checked. */
public final class Forms {

    private Forms() {
    }

    /** Throws {@link ConstraintViolationException} with every violation, each with its field and message. */
    public static <T> T requireValid(Validator validator, T form) {
        Set<ConstraintViolation<T>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return form;
    }
}

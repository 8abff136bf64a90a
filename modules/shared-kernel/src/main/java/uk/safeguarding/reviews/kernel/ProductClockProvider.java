package uk.safeguarding.reviews.kernel;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * Bean Validation's "now" ({@code @PastOrPresent}, {@code @Future}, ...) is the product's clock, the
 * same one every service injects; named in the application's {@code WEB-INF/validation.xml}.
 */
public class ProductClockProvider implements ClockProvider {

    private volatile Clock clock;

    @Override
    public Clock getClock() {
        // Looked up on first use, not when built: the validator factory can exist before CDI has started.
        Clock found = clock;
        if (found == null) {
            found = CDI.current().select(Clock.class).get();
            clock = found;
        }
        return found;
    }
}

package uk.safeguarding.reviews.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * Code asks for a {@link Clock} instead of calling {@code now()}, so rules test with a fixed one and
 * the whole product can be run as if it were another day ({@link ProductClock}).
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    public Clock clock() {
        return ProductClock.configured();
    }
}

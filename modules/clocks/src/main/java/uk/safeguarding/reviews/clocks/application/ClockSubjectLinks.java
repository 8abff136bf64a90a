package uk.safeguarding.reviews.clocks.application;

import java.util.Optional;
import uk.safeguarding.reviews.clocks.domain.ClockSubject;

/**
 * Where a clock's owner does the work the clock watches. The module that owns a kind of subject
 * says it (an agency's return clock points at the agency's task); otherwise notices point at the
 * deadline dashboard, which only the business unit can open.
 */
public interface ClockSubjectLinks {

    /** The link for the owner, with the outbox's {@code {app}} placeholder, if this module owns the subject. */
    Optional<String> ownerLink(ClockSubject subject);
}

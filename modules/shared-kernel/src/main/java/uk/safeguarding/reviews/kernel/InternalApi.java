package uk.safeguarding.reviews.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A module's API for other modules' services only: it checks no permission, because its callers
 * check their own. Pages never use it (an ArchUnit rule says so); they call services that check.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface InternalApi {
}

package uk.safeguarding.reviews.linking.infrastructure;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Reading native query rows of the platform tables. */
final class PlatformRows {

    private PlatformRows() {
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected time value " + value.getClass());
    }
}

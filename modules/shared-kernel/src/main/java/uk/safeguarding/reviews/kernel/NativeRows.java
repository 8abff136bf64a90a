package uk.safeguarding.reviews.kernel;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Values of native query rows, as the JDBC driver hands them over, read one way everywhere. */
public final class NativeRows {

    private NativeRows() {
    }

    public static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** A {@code timestamptz}: the driver gives an OffsetDateTime or a Timestamp, depending on the path. */
    public static OffsetDateTime time(Object value) {
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

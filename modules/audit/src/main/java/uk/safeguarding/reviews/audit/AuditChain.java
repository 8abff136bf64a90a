package uk.safeguarding.reviews.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The rule that makes a partnership's audit trail tamper-evident (issue 18): each row's seal is the
 * SHA-256 of its position, its whole content and the previous seal, so a changed word, a removed row
 * or two rows swapped all break the chain at a row that can be named. Plain Java, so the server, the
 * operators' command line and the unit tests compute exactly the same hash.
 */
public final class AuditChain {

    /** The "previous seal" of the first row of every trail. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** What is sealed of one audit row: every column as stored. */
    public record Row(String id, OffsetDateTime occurredAt, String tenantSlug, String actor, String action,
            String recordType, String recordId, String outcome, String detail) {

        public Row {
            Objects.requireNonNull(id);
            Objects.requireNonNull(occurredAt);
        }
    }

    /** The seal of {@code row} at {@code position}, chained to {@code previousHash}. */
    public static String seal(long position, Row row, String previousHash) {
        StringBuilder canonical = new StringBuilder(256);
        field(canonical, Long.toString(position));
        field(canonical, previousHash);
        field(canonical, row.id());
        // As an instant: the same moment hashes the same whatever offset the driver hands back.
        field(canonical, row.occurredAt().toInstant().toString());
        field(canonical, row.tenantSlug());
        field(canonical, row.actor());
        field(canonical, row.action());
        field(canonical, row.recordType());
        field(canonical, row.recordId());
        field(canonical, row.outcome());
        field(canonical, row.detail());
        return sha256(canonical.toString());
    }

    /**
     * Each field with its length in front, and null apart from empty, so no two different rows can
     * run together into the same text (a detail ending in what the next field starts with).
     */
    private static void field(StringBuilder canonical, String value) {
        if (value == null) {
            canonical.append("-1:");
        } else {
            canonical.append(value.length()).append(':').append(value);
        }
        canonical.append('\n');
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

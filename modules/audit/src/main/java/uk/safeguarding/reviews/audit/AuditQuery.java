package uk.safeguarding.reviews.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the business manager or an auditor searches the audit trail for (issue 18). Every part is
 * optional; an empty query is the whole trail, newest first.
 *
 * @param person part of a person's sign-in name, any case
 * @param recordType the kind of record, as the trail names it
 * @param recordId one record's id, exactly
 * @param from the first day, in UK time, inclusive
 * @param to the last day, in UK time, inclusive
 */
public record AuditQuery(String person, String recordType, String recordId, AuditAction action,
        AuditOutcome outcome, LocalDate from, LocalDate to) {

    public AuditQuery {
        person = blankToNull(person);
        recordType = blankToNull(recordType);
        recordId = blankToNull(recordId);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The last day is before the first");
        }
    }

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }

    /** The query in words, for the export's audit row and an empty result's message. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (person != null) {
            parts.add("person " + person);
        }
        if (recordType != null) {
            parts.add("record type " + recordType);
        }
        if (recordId != null) {
            parts.add("record " + recordId);
        }
        if (action != null) {
            parts.add("action " + action);
        }
        if (outcome != null) {
            parts.add("outcome " + outcome);
        }
        if (from != null) {
            parts.add("from " + from);
        }
        if (to != null) {
            parts.add("to " + to);
        }
        return parts.isEmpty() ? "the whole trail" : String.join(", ", parts);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

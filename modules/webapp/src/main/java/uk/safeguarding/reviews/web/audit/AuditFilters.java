package uk.safeguarding.reviews.web.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditOutcome;
import uk.safeguarding.reviews.audit.AuditQuery;
import uk.safeguarding.reviews.web.shell.Messages;
import uk.safeguarding.reviews.web.shell.StrictDateConverter;

/**
 * The audit trail's search as it arrives in an address (the page and its CSV download read it the
 * same way): each part read strictly, and each that cannot be read named with its field.
 */
record AuditFilters(AuditQuery query, Map<String, String> problems) {

    static AuditFilters read(String person, String recordType, String recordId, String action, String outcome,
            String from, String to) {
        Map<String, String> problems = new LinkedHashMap<>();
        AuditAction chosenAction = choice(AuditAction.class, action, "action", problems);
        AuditOutcome chosenOutcome = choice(AuditOutcome.class, outcome, "outcome", problems);
        LocalDate first = day(from, "from", problems);
        LocalDate last = day(to, "to", problems);
        if (first != null && last != null && last.isBefore(first)) {
            problems.put("to", Messages.text("audit.filter.to.beforeFrom"));
            last = null;
        }
        return new AuditFilters(new AuditQuery(person, recordType, recordId, chosenAction, chosenOutcome, first, last),
                problems);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            problems.put(field, Messages.text("audit.filter." + field + ".unknown"));
            return null;
        }
    }

    private static LocalDate day(String value, String field, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip(), StrictDateConverter.DAY_MONTH_YEAR);
        } catch (DateTimeParseException e) {
            problems.put(field, Messages.text("audit.filter." + field + ".invalid", value.strip()));
            return null;
        }
    }
}

package uk.safeguarding.reviews.chronology.domain;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The fields an agency fills in for each event, in the order of the import file's columns. The
 * {@link #heading()} is both the column heading in the file and the field named by an
 * {@link EntryProblem}, so a problem found by {@link ChronologyRules} points at the same column in
 * a form and in an import report.
 *
 * <p>The five text fields from "Risk presented" to "Learning" are the five principles of §7.8.
 */
public enum EntryField {

    DATE("Date", null),
    TIME("Time", null),
    WHAT_HAPPENED("What happened", ChronologyEntry::whatHappened),
    WHO_WAS_INVOLVED("Who was involved", ChronologyEntry::whoWasInvolved),
    RISK_PRESENTED("Risk presented", ChronologyEntry::riskPresented),
    AGENCY_RESPONSE("Agency response", ChronologyEntry::agencyResponse),
    IMPACT_ON_CHILD("Impact on the risk and the child's lived experience", ChronologyEntry::impactOnChild),
    MULTI_AGENCY_CONSIDERATIONS("Multi-agency considerations", ChronologyEntry::multiAgencyConsiderations),
    LEARNING("Learning", ChronologyEntry::learning),
    WHY_SIGNIFICANT("Why significant", null);

    private final String heading;
    private final Function<ChronologyEntry, String> text;

    EntryField(String heading, Function<ChronologyEntry, String> text) {
        this.heading = heading;
        this.text = text;
    }

    public String heading() {
        return heading;
    }

    /** Whether the field holds free text (and so is limited in length and anonymised). */
    public boolean isText() {
        return text != null;
    }

    /** The field's text in an entry; only for {@link #isText() text fields}. */
    public String textOf(ChronologyEntry entry) {
        if (text == null) {
            throw new IllegalStateException(heading + " is not a text field");
        }
        return text.apply(entry);
    }

    /** The free-text fields, in column order. */
    public static List<EntryField> textFields() {
        return Arrays.stream(values()).filter(EntryField::isText).toList();
    }
}

package uk.safeguarding.reviews.chronology.domain;

import uk.safeguarding.reviews.kernel.CsvExport;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The composite chronology (§7.8, §7.11) as a CSV file for a spreadsheet: UTF-8 with a byte order
 * mark so that Excel reads it as UTF-8, RFC 4180 quoting, one row per event, in the order given.
 *
 * <p>Columns: {@link #COLUMNS}. "What happened" is there as well as the five principles of §7.8,
 * since without it the row does not say what the event was. No cell is ever read as a formula: the
 * file's text comes from agencies' uploads, so a cell starting with = + - or @ gets a leading
 * apostrophe.
 */
public final class ChronologyCsv {

    public static final List<String> COLUMNS = List.of(
            EntryField.DATE.heading(),
            EntryField.TIME.heading(),
            "Agency",
            EntryField.WHAT_HAPPENED.heading(),
            EntryField.RISK_PRESENTED.heading(),
            EntryField.AGENCY_RESPONSE.heading(),
            EntryField.IMPACT_ON_CHILD.heading(),
            EntryField.MULTI_AGENCY_CONSIDERATIONS.heading(),
            EntryField.LEARNING.heading(),
            EntryField.WHO_WAS_INVOLVED.heading(),
            EntryField.WHY_SIGNIFICANT.heading(),
            "Possible duplicate",
            "Before birth");

    private ChronologyCsv() {
    }

    public static byte[] write(List<CompositeItem> items) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(COLUMNS);
        for (CompositeItem item : items) {
            rows.add(row(item).stream().map(CsvExport::formulaSafe).toList());
        }
        return CsvExport.writeWithBom(rows);
    }

    private static List<String> row(CompositeItem item) {
        ChronologyEntry entry = item.entry();
        return List.of(
                UkDates.format(entry.date()),
                UkDates.format(entry.time()),
                entry.agencyName(),
                entry.whatHappened(),
                entry.riskPresented(),
                entry.agencyResponse(),
                entry.impactOnChild(),
                entry.multiAgencyConsiderations(),
                entry.learning(),
                entry.whoWasInvolved(),
                entry.significance().stream().map(SignificanceReason::label).collect(Collectors.joining("; ")),
                item.isPossibleDuplicate() ? "yes" : "no",
                item.beforeBirth() ? "yes" : "no");
    }
}

package uk.safeguarding.reviews.kernel.figures;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One number of the executive's figures, and the records behind it. The number is the count of
 * those records and nothing else, so the list it opens is always as long as the number (§10.3,
 * issue 17: "every number opens the list of records behind it").
 *
 * @param key unique among a year's figures and stable, so a list can be linked to
 * @param label what is counted, in plain words
 * @param partOf the key of the figure this one is a part of (met on time, of all due), or null
 * @param detail a further fact from the same records (a median), or null
 * @param clockRule for a figure about one clock rule, its key: pages name the rule in their own words
 */
public record Figure(Measure measure, String key, String label, List<FigureRecord> records, String partOf,
        String detail, String clockRule) implements Serializable {

    public Figure {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        records = List.copyOf(records);
        if (!key.matches("[a-z0-9.-]+")) {
            throw new IllegalArgumentException("A figure's key is lower-case letters, digits, dots and hyphens: " + key);
        }
    }

    public static Figure count(Measure measure, String key, String label, List<FigureRecord> records) {
        return new Figure(measure, key, label, records, null, null, null);
    }

    /** A part of the figure {@code whole} (met on time, of all due). */
    public static Figure partOf(Figure whole, String key, String label, List<FigureRecord> records) {
        return new Figure(whole.measure(), key, label, records, whole.key(), null, whole.clockRule());
    }

    public int number() {
        return records.size();
    }

    /**
     * The records counted month by month over the year, from April: twelve numbers that add up to
     * {@link #number()} when every record's day is within the year (charts over the year, §10.3 d).
     */
    public List<Integer> byMonth(ReportingYear year) {
        java.time.YearMonth april = java.time.YearMonth.from(year.firstDay());
        int[] counts = new int[12];
        for (FigureRecord record : records) {
            if (record.on() != null) {
                long month = java.time.temporal.ChronoUnit.MONTHS.between(april, java.time.YearMonth.from(record.on()));
                if (month >= 0 && month < 12) {
                    counts[(int) month]++;
                }
            }
        }
        return java.util.Arrays.stream(counts).boxed().toList();
    }

    /** This figure as a share of {@code whole}, in whole per cent; empty when the whole is nought. */
    public java.util.OptionalInt percentOf(Figure whole) {
        return whole.number() == 0 ? java.util.OptionalInt.empty()
                : java.util.OptionalInt.of((int) Math.round(100.0 * number() / whole.number()));
    }
}

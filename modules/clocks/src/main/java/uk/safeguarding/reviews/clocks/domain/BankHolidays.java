package uk.safeguarding.reviews.clocks.domain;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Bank holidays by region, read from GOV.UK's bank-holidays JSON format. The product ships
 * England and Wales, Scotland and Northern Ireland from 2018 to 2030 (with the one-off days of 2020,
 * 2022 and 2023 and every substitute day) in that same format, and a partnership can import a newer
 * file through the same parser.
 */
public final class BankHolidays {

    static final String SHIPPED = "/uk/safeguarding/reviews/clocks/bank-holidays-2018-2030.json";

    private final Map<Region, List<NonWorkingDay>> byRegion;

    private BankHolidays(Map<Region, List<NonWorkingDay>> byRegion) {
        this.byRegion = byRegion;
    }

    /** The bank holidays that ship with the product. */
    /** The holidays shipped with the product, read once. */
    public static BankHolidays shipped() {
        return Shipped.HOLIDAYS;
    }

    private static final class Shipped {
        static final BankHolidays HOLIDAYS = readShipped();
    }

    private static BankHolidays readShipped() {
        try (InputStream in = BankHolidays.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + SHIPPED);
            }
            return parseGovUkJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses GOV.UK's format: an object keyed by division, each with an "events" array of objects
     * with "title" and "date" (yyyy-MM-dd). Every problem is reported with where it is.
     */
    public static BankHolidays parseGovUkJson(InputStream json) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(json)) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidCalendarFileException("clocks.bank-holidays.not-json", e.getMessage());
        }
        Map<Region, List<NonWorkingDay>> byRegion = new EnumMap<>(Region.class);
        for (Map.Entry<String, JsonValue> division : root.entrySet()) {
            Region region = Region.fromGovUkDivision(division.getKey()).orElseThrow(() ->
                    new InvalidCalendarFileException("clocks.bank-holidays.unknown-division", division.getKey()));
            byRegion.put(region, events(division.getKey(), division.getValue()));
        }
        if (byRegion.isEmpty()) {
            throw new InvalidCalendarFileException("clocks.bank-holidays.no-divisions");
        }
        return new BankHolidays(byRegion);
    }

    private static List<NonWorkingDay> events(String division, JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT
                || !value.asJsonObject().containsKey("events")
                || value.asJsonObject().get("events").getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidCalendarFileException("clocks.bank-holidays.no-events-list", division);
        }
        List<NonWorkingDay> days = new ArrayList<>();
        int index = 0;
        for (JsonValue event : value.asJsonObject().getJsonArray("events")) {
            String where = division + " event " + (index++ + 1);
            if (event.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidCalendarFileException("clocks.bank-holidays.event-not-object", where);
            }
            JsonObject e = event.asJsonObject();
            String title = e.getString("title", "").strip();
            String date = e.getString("date", "");
            if (title.isEmpty()) {
                throw new InvalidCalendarFileException("clocks.bank-holidays.title-missing", where);
            }
            try {
                days.add(new NonWorkingDay(LocalDate.parse(date), title));
            } catch (DateTimeParseException ex) {
                throw new InvalidCalendarFileException("clocks.bank-holidays.not-a-date", where, title, date);
            }
        }
        if (days.isEmpty()) {
            throw new InvalidCalendarFileException("clocks.bank-holidays.no-events", division);
        }
        days.sort(Comparator.comparing(NonWorkingDay::date));
        return List.copyOf(days);
    }

    public List<NonWorkingDay> in(Region region) {
        List<NonWorkingDay> days = byRegion.get(region);
        if (days == null) {
            throw new InvalidCalendarFileException("clocks.bank-holidays.none-for-region", region.govUkDivision());
        }
        return days;
    }

    /** From 1 January of the first year with an event to 31 December of the last. */
    public LocalDate coveredFrom(Region region) {
        return LocalDate.of(in(region).get(0).date().getYear(), 1, 1);
    }

    public LocalDate coveredTo(Region region) {
        List<NonWorkingDay> days = in(region);
        return LocalDate.of(days.get(days.size() - 1).date().getYear(), 12, 31);
    }
}

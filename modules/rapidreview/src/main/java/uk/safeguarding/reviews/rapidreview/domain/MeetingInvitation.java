package uk.safeguarding.reviews.rapidreview.domain;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The meeting as an iCalendar invitation (RFC 5545, METHOD:REQUEST) that any calendar accepts: one
 * UID per meeting, and a SEQUENCE that grows when its time, length or place changes, so a moved meeting
 * updates the entry instead of adding another. No names of children or adults go in it.
 */
public final class MeetingInvitation {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private MeetingInvitation() {
    }

    public static byte[] ics(String uid, int sequence, Instant start, Duration length, String summary, String location,
            String description, String organiserEmail, List<String> attendeeEmails, Instant stamp) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Safeguarding practice reviews//Rapid Review meeting//EN");
        line(ics, "METHOD:REQUEST");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + uid);
        line(ics, "SEQUENCE:" + Math.max(0, sequence));
        line(ics, "DTSTAMP:" + UTC.format(stamp));
        line(ics, "DTSTART:" + UTC.format(start));
        line(ics, "DTEND:" + UTC.format(start.plus(length)));
        line(ics, "SUMMARY:" + text(summary));
        line(ics, "LOCATION:" + text(location));
        line(ics, "DESCRIPTION:" + text(description));
        if (organiserEmail != null) {
            line(ics, "ORGANIZER:mailto:" + organiserEmail);
        }
        attendeeEmails.forEach(email -> line(ics, "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:" + email));
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values. */
    static String text(String value) {
        return (value == null ? "" : value).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** RFC 5545 §3.1: lines end in CRLF and are folded at 75 octets, continuing with a space. */
    private static void line(StringBuilder ics, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        boolean first = true;
        while (start < bytes.length) {
            int limit = first ? 75 : 74;
            int end = Math.min(bytes.length, start + limit);
            while (end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
                end--; // never split a UTF-8 character
            }
            ics.append(first ? "" : " ").append(new String(bytes, start, end - start, StandardCharsets.UTF_8))
                    .append("\r\n");
            start = end;
            first = false;
        }
        if (bytes.length == 0) {
            ics.append("\r\n");
        }
    }
}

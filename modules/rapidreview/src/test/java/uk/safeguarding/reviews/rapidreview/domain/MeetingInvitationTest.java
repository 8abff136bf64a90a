package uk.safeguarding.reviews.rapidreview.domain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The invitation is an iCalendar file any calendar accepts (RFC 5545). */
class MeetingInvitationTest {

    @Test
    void anInvitationHasTheEventInUtcWithEscapedTextFoldedLinesAndItsSequence() {
        String ics = new String(MeetingInvitation.ics("rr-1@northmoor", 2, Instant.parse("2026-12-03T10:00:00Z"),
                Duration.ofMinutes(90),
                "Rapid Review meeting RR-2026-0001", "Room 2, Northmoor House; first floor",
                "A long description that goes on and on well past the seventy-five octet limit of one content line",
                "business-unit@northmoor.example", List.of("a@x.example", "b@x.example"),
                Instant.parse("2026-11-26T09:00:00Z")), StandardCharsets.UTF_8);

        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n") && ics.endsWith("END:VCALENDAR\r\n"), ics);
        assertTrue(ics.contains("METHOD:REQUEST\r\n") && ics.contains("SEQUENCE:2\r\n"), ics);
        assertTrue(ics.contains("DTSTART:20261203T100000Z\r\n") && ics.contains("DTEND:20261203T113000Z\r\n"), ics);
        assertTrue(ics.contains("LOCATION:Room 2\\, Northmoor House\\; first floor\r\n"), ics);
        assertTrue(ics.contains("ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:b@x.example\r\n"), ics);
        assertTrue(Arrays.stream(ics.split("\r\n")).allMatch(line -> line.getBytes(StandardCharsets.UTF_8).length <= 75),
                "every line folded at 75 octets");
        assertTrue(ics.contains("\r\n "), "a long line continues with a space");
    }
}

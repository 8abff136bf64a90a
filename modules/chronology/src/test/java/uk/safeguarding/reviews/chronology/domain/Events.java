package uk.safeguarding.reviews.chronology.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/** Entries for tests, with only what a test cares about spelled out. */
final class Events {

    static final LocalDate BIRTH = LocalDate.of(2016, 4, 3);
    static final LocalDate MEETING = LocalDate.of(2026, 6, 1);
    static final ChronologyLimits LIMITS = ChronologyLimits.untilMeeting(BIRTH, MEETING);

    private Events() {
    }

    static ChronologyEntry event(String id, String agencyId, LocalDate date, LocalTime time, String whatHappened) {
        return new ChronologyEntry(id, agencyId, nameOf(agencyId), date, time, whatHappened, "", "", "", "", "", "",
                Set.of(SignificanceReason.CHANGED_ASSESSMENT));
    }

    static ChronologyEntry event(String id, String agencyId, LocalDate date, Set<SignificanceReason> reasons) {
        return new ChronologyEntry(id, agencyId, nameOf(agencyId), date, null, "Event " + id, "", "", "", "", "", "",
                reasons);
    }

    /** A complete, valid entry from the health visiting service. */
    static ChronologyEntry valid() {
        return new ChronologyEntry("e-1", "health", "Health visiting", LocalDate.of(2025, 1, 14), LocalTime.of(10, 30),
                "Home visit; the child was seen alone", "Health visitor, child, mother", "Partner drinking at night",
                "Referral to children's social care", "Strategy discussion held", "School and GP told",
                "Seeing the child alone mattered", Set.of(SignificanceReason.CHANGED_ASSESSMENT));
    }

    // Agency names sort in a different order from their ids, so tests can tell which one ordering uses.
    private static String nameOf(String agencyId) {
        return switch (agencyId) {
            case "police" -> "Avon Police";
            case "school" -> "Beech School";
            case "health" -> "Community Health";
            default -> agencyId;
        };
    }
}

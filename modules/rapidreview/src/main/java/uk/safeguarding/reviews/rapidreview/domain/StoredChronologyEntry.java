package uk.safeguarding.reviews.rapidreview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safeguarding.reviews.chronology.domain.ChronologyEntry;
import uk.safeguarding.reviews.chronology.domain.SignificanceReason;

/** One Significant Practice Event (Document 9, §7.8) as stored with the agency's return. */
@Embeddable
public class StoredChronologyEntry {

    @Column(name = "entry_id", nullable = false)
    private String entryId;

    @Column(name = "event_date", nullable = false)
    private LocalDate eventDate;

    @Column(name = "event_time")
    private LocalTime eventTime;

    @Column(name = "what_happened", nullable = false)
    private String whatHappened;

    @Column(name = "who_was_involved")
    private String whoWasInvolved;

    @Column(name = "risk_presented")
    private String riskPresented;

    @Column(name = "agency_response")
    private String agencyResponse;

    @Column(name = "impact_on_child")
    private String impactOnChild;

    @Column(name = "multi_agency")
    private String multiAgencyConsiderations;

    @Column(name = "learning")
    private String learning;

    /** Reason names separated by commas: a small fixed set, read and written only here. */
    @Column(name = "significance", nullable = false)
    private String significance;

    protected StoredChronologyEntry() {
        // for JPA
    }

    static StoredChronologyEntry of(ChronologyEntry entry) {
        StoredChronologyEntry stored = new StoredChronologyEntry();
        stored.entryId = entry.id();
        stored.eventDate = entry.date();
        stored.eventTime = entry.time();
        stored.whatHappened = entry.whatHappened();
        stored.whoWasInvolved = entry.whoWasInvolved();
        stored.riskPresented = entry.riskPresented();
        stored.agencyResponse = entry.agencyResponse();
        stored.impactOnChild = entry.impactOnChild();
        stored.multiAgencyConsiderations = entry.multiAgencyConsiderations();
        stored.learning = entry.learning();
        stored.significance = entry.significance().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        return stored;
    }

    ChronologyEntry toEntry(String agencyId, String agencyName) {
        Set<SignificanceReason> reasons = EnumSet.noneOf(SignificanceReason.class);
        Arrays.stream(significance.split(",")).filter(s -> !s.isBlank()).map(SignificanceReason::valueOf)
                .forEach(reasons::add);
        return new ChronologyEntry(entryId, agencyId, agencyName, eventDate, eventTime, whatHappened, whoWasInvolved,
                riskPresented, agencyResponse, impactOnChild, multiAgencyConsiderations, learning, reasons);
    }

    String entryId() {
        return entryId;
    }
}

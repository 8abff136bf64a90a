package uk.safeguarding.reviews.rapidreview.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import uk.safeguarding.reviews.chronology.domain.ChronologyEntry;
import uk.safeguarding.reviews.chronology.domain.ChronologyLimits;
import uk.safeguarding.reviews.chronology.domain.ChronologyRules;
import uk.safeguarding.reviews.chronology.domain.EntryField;
import uk.safeguarding.reviews.clocks.domain.ClockSubject;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.Texts;

/**
 * A request for information to one agency (§7.7, Document 10) and the agency's return: its Agency
 * Summary (Document 8) and its Significant Practice Event chronology (Document 9). The request keeps
 * the letter as it was sent and the facts it shared, which are all the agency sees of the case.
 * Once submitted, the return changes only after the business unit reopens it, with a reason.
 */
@Entity
@Table(name = "information_request")
public class InformationRequest {

    public static final String CLOCK_SUBJECT_TYPE = "information-request";
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final DateTimeFormatter UK_DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    @Id
    private String id;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @Column(name = "review_id", nullable = false, updatable = false)
    private String reviewId;

    @Column(name = "review_reference", nullable = false, updatable = false)
    private String reviewReference;

    /** One of this partnership's agencies; null when the agency is another partnership's. */
    @Column(name = "agency_id", updatable = false)
    private String agencyId;

    /** Cross-boundary (§10.2): the partnership whose agency is asked, its agency, and that agency's contacts when asked. */
    @Column(name = "home_tenant", updatable = false)
    private String homeTenant;

    /** Set, in the partnership it came from, when the request's review was handed over (§10.2). */
    @Column(name = "moved_to", insertable = false, updatable = false)
    private String movedTo;

    @Column(name = "home_agency_id", updatable = false)
    private String homeAgencyId;

    @Column(name = "home_contacts", updatable = false)
    private String homeContacts;

    @Column(name = "home_contact_emails", updatable = false)
    private String homeContactEmails;

    @Column(name = "agency_name", nullable = false, updatable = false)
    private String agencyName;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private OffsetDateTime sentAt;

    @Column(name = "sent_by", nullable = false, updatable = false)
    private String sentBy;

    @Column(name = "letter_subject", nullable = false, updatable = false)
    private String letterSubject;

    @Column(name = "letter_body", nullable = false, updatable = false)
    private String letterBody;

    /** The facts the request shares (child, dates, outline): the agency sees nothing else of the case. */
    @Column(name = "shared_facts", nullable = false, updatable = false)
    private String sharedFacts;

    /** §7.8 checks: no event about the child before they were born, none after the meeting. */
    @Column(name = "child_date_of_birth", updatable = false)
    private LocalDate childDateOfBirth;

    @Column(name = "meeting_date")
    private LocalDate meetingDate;

    @Column(name = "secure_records_requested", nullable = false, updatable = false)
    private boolean secureRecordsRequested;

    @Column(name = "records_secured_at")
    private OffsetDateTime recordsSecuredAt;

    @Column(name = "records_secured_by")
    private String recordsSecuredBy;

    /** §7.9: the agency's nominated representative for the secured records. */
    @Column(name = "records_representative")
    private String recordsRepresentative;

    /** §7.9: whether a working copy was made so the agency's ongoing work with the family goes on. */
    @Column(name = "records_working_copy")
    private Boolean recordsWorkingCopy;

    /** The hold on the secured records ended, with the review (§7.9). */
    @Column(name = "records_released_at")
    private OffsetDateTime recordsReleasedAt;

    @Column(name = "records_released_why")
    private String recordsReleasedWhy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status;

    @Embedded
    private AgencySummary summary = new AgencySummary();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "chronology_entry", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    private List<StoredChronologyEntry> entries = new ArrayList<>();

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "information_request_reopening", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    private List<Reopening> reopenings = new ArrayList<>();

    protected InformationRequest() {
        // for JPA
    }

    public static InformationRequest send(String id, String reviewId, String reviewReference, String agencyId, String agencyName,
            Letter letter, String sharedFacts, LocalDate childDateOfBirth, LocalDate meetingDate,
            boolean secureRecords, String by, OffsetDateTime at) {
        InformationRequest request = open(id, reviewId, reviewReference, agencyName, letter, sharedFacts,
                childDateOfBirth, meetingDate, secureRecords, by, at);
        request.agencyId = Objects.requireNonNull(agencyId);
        return request;
    }

    private static InformationRequest open(String id, String reviewId, String reviewReference, String agencyName,
            Letter letter, String sharedFacts, LocalDate childDateOfBirth, LocalDate meetingDate,
            boolean secureRecords, String by, OffsetDateTime at) {
        InformationRequest request = new InformationRequest();
        request.id = Objects.requireNonNull(id);
        request.reviewId = Objects.requireNonNull(reviewId);
        request.reviewReference = Objects.requireNonNull(reviewReference);
        request.agencyName = Objects.requireNonNull(agencyName);
        request.letterSubject = letter.subject();
        request.letterBody = letter.body();
        request.sharedFacts = Objects.requireNonNull(sharedFacts);
        request.childDateOfBirth = childDateOfBirth;
        request.meetingDate = meetingDate;
        request.secureRecordsRequested = secureRecords;
        request.sentBy = Objects.requireNonNull(by);
        request.sentAt = Objects.requireNonNull(at);
        request.status = RequestStatus.OPEN;
        return request;
    }

    /**
     * A request to an agency of another partnership on the instance (§10.2: cross-boundary requests
     * are answered as a priority). The agency's named contacts are fixed when it is sent: they alone
     * can open it, from their own partnership.
     */
    public static InformationRequest sendAcross(String id, String reviewId, String reviewReference, String homeTenant,
            String homeAgencyId, String agencyName, List<String> contactUsernames, List<String> contactEmails,
            Letter letter, String sharedFacts, LocalDate childDateOfBirth, LocalDate meetingDate, boolean secureRecords,
            String by, OffsetDateTime at) {
        if (contactUsernames.isEmpty()) {
            throw new IllegalArgumentException("A request needs at least one named contact");
        }
        InformationRequest request = open(id, reviewId, reviewReference, agencyName, letter, sharedFacts,
                childDateOfBirth, meetingDate, secureRecords, by, at);
        request.homeTenant = Objects.requireNonNull(homeTenant);
        request.homeAgencyId = Objects.requireNonNull(homeAgencyId);
        request.homeContacts = String.join(",", contactUsernames);
        request.homeContactEmails = String.join(",", contactEmails);
        return request;
    }

    public boolean isAcrossBoundary() {
        return homeTenant != null;
    }

    /** The partnership whose agency this request asks, if not this one. */
    public String homeTenant() {
        return homeTenant;
    }

    /** For a cross-boundary request: whether this person is one of the agency's named contacts it was sent to. */
    public boolean isHomeContact(String username) {
        return homeContacts != null && List.of(homeContacts.split(",")).contains(username);
    }

    public List<String> homeContacts() {
        return homeContacts == null || homeContacts.isBlank() ? List.of() : List.of(homeContacts.split(","));
    }

    public List<String> homeContactEmails() {
        return homeContactEmails == null || homeContactEmails.isBlank() ? List.of() : List.of(homeContactEmails.split(","));
    }

    /** The clock engine's name for a request: its agency's return clock runs on it (§7.7). */
    public static ClockSubject clockSubject(String id, String reviewReference, String agencyName) {
        return new ClockSubject(CLOCK_SUBJECT_TYPE, id, reviewReference + " \u00b7 " + agencyName);
    }

    public ClockSubject clockSubject() {
        return clockSubject(id, reviewReference, agencyName);
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** The letter as merged from the partnership's template (Document 10). */
    public record Letter(String subject, String body) {
    }

    /** JPA leaves an embedded value null when all its columns are: an unwritten summary is an empty one. */
    private AgencySummary writtenSummary() {
        return summary == null ? new AgencySummary() : summary;
    }

    public void saveSummary(AgencySummary newSummary) {
        ensureOpen();
        summary = new AgencySummary(newSummary);
    }

    /**
     * §7.9: the agency confirms it has secured its records, when the request asked it to, naming its
     * nominated representative for them and saying whether a working copy was made so that its
     * ongoing work with the family can carry on.
     */
    public void confirmRecordsSecured(String representative, Boolean workingCopy, String by, OffsetDateTime at) {
        ensureOpen();
        if (!secureRecordsRequested) {
            throw InvalidFieldException.refused("recordsSecured",
                    "rapidreview.information-request.request-did-not-ask-records");
        }
        if (recordsSecuredAt != null) {
            throw InvalidFieldException.refused("recordsSecured",
                    "rapidreview.information-request.records-were-already-confirmed-secured");
        }
        Texts.required("recordsRepresentative", representative,
                "rapidreview.information-request.name-agency-nominated-representative-secured");
        Texts.requireAtMost("recordsRepresentative", representative, 200);
        if (workingCopy == null) {
            throw InvalidFieldException.refused("recordsWorkingCopy",
                    "rapidreview.information-request.say-whether-working-copy-was");
        }
        recordsRepresentative = representative.strip();
        recordsWorkingCopy = workingCopy;
        recordsSecuredBy = by;
        recordsSecuredAt = at;
    }

    /**
     * §7.9: the review has ended, so the hold on the records it asked to be secured is released;
     * recorded with why. Nothing to release where nothing was secured, or it was already released.
     */
    public boolean releaseRecords(String why, OffsetDateTime at) {
        if (recordsSecuredAt == null || recordsReleasedAt != null) {
            return false;
        }
        recordsReleasedAt = at;
        recordsReleasedWhy = why;
        return true;
    }

    public String recordsRepresentative() {
        return recordsRepresentative;
    }

    public Boolean recordsWorkingCopy() {
        return recordsWorkingCopy;
    }

    public OffsetDateTime recordsReleasedAt() {
        return recordsReleasedAt;
    }

    public String recordsReleasedWhy() {
        return recordsReleasedWhy;
    }

    /** Adds a typed event, or replaces the one with the same id. Refused beside the field at fault (§7.8). */
    public void putEntry(ChronologyEntry entry, LocalDate today) {
        ensureOpen();
        ChronologyRules.check(entry, limitsOn(today)).stream().findFirst().ifPresent(problem -> {
            throw new InvalidFieldException(formField(problem.field()), problem.message());
        });
        StoredChronologyEntry stored = StoredChronologyEntry.of(entry);
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).entryId().equals(entry.id())) {
                entries.set(i, stored);
                return;
            }
        }
        entries.add(stored);
    }

    /** Adds an import's events, already checked one by one and accepted as a whole. */
    public void addImported(Collection<ChronologyEntry> imported) {
        ensureOpen();
        imported.forEach(entry -> entries.add(StoredChronologyEntry.of(entry)));
    }

    public void removeEntry(String entryId) {
        ensureOpen();
        if (!entries.removeIf(e -> e.entryId().equals(entryId))) {
            throw InvalidFieldException.refused("entry",
                    "rapidreview.information-request.event-not-chronology-may-have");
        }
    }

    /** What still stops submission, each with the field it belongs to. */
    public List<AgencySummary.Problem> problemsBeforeSubmission() {
        List<AgencySummary.Problem> problems = new ArrayList<>(writtenSummary().problems());
        if (entries.isEmpty()) {
            problems.add(new AgencySummary.Problem("entries",
                    "Add at least one significant practice event to the chronology (§7.8), typed or imported"));
        }
        if (secureRecordsRequested && recordsSecuredAt == null) {
            problems.add(new AgencySummary.Problem("recordsSecured",
                    "Confirm that the agency's records are secured, as the request asked (§7.9)"));
        }
        return problems;
    }

    public void submit(String by, OffsetDateTime at) {
        ensureOpen();
        List<AgencySummary.Problem> problems = problemsBeforeSubmission();
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems.get(0).field(), problems.get(0).message());
        }
        status = RequestStatus.SUBMITTED;
        submittedBy = by;
        submittedAt = at;
    }

    /** The business unit reopens a submitted return so the agency can change it; the reason is kept. */
    public void reopen(String by, String reason, OffsetDateTime at) {
        if (status != RequestStatus.SUBMITTED) {
            throw InvalidFieldException.refused("reason",
                    "rapidreview.information-request.only-submitted-return-can-reopened", agencyName);
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidFieldException.refused("reason",
                    "rapidreview.information-request.say-why-return-reopened-agency");
        }
        reopenings.add(new Reopening(at, by, reason.strip()));
        status = RequestStatus.OPEN;
    }

    /** The meeting's date bounds the chronology (§7.8); before it is set, today does. */
    public void meetingDateSet(LocalDate date) {
        meetingDate = date;
    }

    public ChronologyLimits limitsOn(LocalDate today) {
        return meetingDate != null ? ChronologyLimits.untilMeeting(childDateOfBirth, meetingDate)
                : ChronologyLimits.untilToday(childDateOfBirth, today);
    }

    /**
     * The entry form names its fields after the chronology's columns: the column "What happened"
     * (WHAT_HAPPENED) is the field whatHappened.
     */
    public static String formField(String columnHeading) {
        EntryField field = java.util.Arrays.stream(EntryField.values()).filter(f -> f.heading().equals(columnHeading))
                .findFirst().orElse(EntryField.WHAT_HAPPENED);
        StringBuilder name = new StringBuilder();
        for (String part : field.name().toLowerCase(Locale.ROOT).split("_")) {
            name.append(name.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return name.toString();
    }

    private void ensureOpen() {
        if (status == RequestStatus.SUBMITTED) {
            throw InvalidFieldException.refused("status",
                    "rapidreview.information-request.return-was-submitted-ask-business", agencyName,
                    UK_DATE_TIME.format(submittedAt.atZoneSameInstant(java.time.ZoneId.of("Europe/London"))),
                    submittedBy);
        }
    }

    public List<ChronologyEntry> chronology() {
        return entries.stream().map(e -> e.toEntry(agencyId(), agencyName)).toList();
    }

    public String id() {
        return id;
    }

    public String reviewId() {
        return reviewId;
    }

    public String reviewReference() {
        return reviewReference;
    }

    /** The agency's id: this partnership's agency, or the other partnership's for a cross-boundary request. */
    public String agencyId() {
        return agencyId != null ? agencyId : homeAgencyId;
    }

    public String agencyName() {
        return agencyName;
    }

    public OffsetDateTime sentAt() {
        return sentAt;
    }

    public String sentBy() {
        return sentBy;
    }

    public Letter letter() {
        return new Letter(letterSubject, letterBody);
    }

    public String sharedFacts() {
        return sharedFacts;
    }

    public LocalDate childDateOfBirth() {
        return childDateOfBirth;
    }

    public LocalDate meetingDate() {
        return meetingDate;
    }

    public boolean secureRecordsRequested() {
        return secureRecordsRequested;
    }

    public OffsetDateTime recordsSecuredAt() {
        return recordsSecuredAt;
    }

    public String recordsSecuredBy() {
        return recordsSecuredBy;
    }

    public RequestStatus status() {
        return status;
    }

    public AgencySummary summary() {
        return new AgencySummary(writtenSummary());
    }

    public OffsetDateTime submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public List<Reopening> reopenings() {
        return List.copyOf(reopenings);
    }

    static String ukDate(LocalDate date) {
        return date == null ? "not known" : UK_DATE.format(date);
    }
}

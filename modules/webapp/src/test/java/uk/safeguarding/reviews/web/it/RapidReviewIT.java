package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguarding.reviews.web.it.CaseFixtures.agencySummary;
import static uk.safeguarding.reviews.web.it.CaseFixtures.event;
import static uk.safeguarding.reviews.web.it.TestTenants.as;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.work.WorkItem;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguarding.reviews.kernel.ProductClock;
import uk.safeguarding.reviews.agencies.application.AgencyService;
import uk.safeguarding.reviews.agencies.application.AgencyView;
import uk.safeguarding.reviews.agencies.application.ContactForm;
import uk.safeguarding.reviews.agencies.domain.AgencyKind;
import uk.safeguarding.reviews.audit.AuditOutcome;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.chronology.domain.ChronologyFilter;
import uk.safeguarding.reviews.chronology.domain.SignificanceReason;
import uk.safeguarding.reviews.clocks.application.ClockLine;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.clocks.application.PartnershipTimescales;
import uk.safeguarding.reviews.clocks.domain.RunningClock;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.rapidreview.application.AgencyReturns;
import uk.safeguarding.reviews.rapidreview.application.AgencyTask;
import uk.safeguarding.reviews.rapidreview.application.NationalPanelNotifications;
import uk.safeguarding.reviews.rapidreview.application.AttendeeForm;
import uk.safeguarding.reviews.rapidreview.application.CompositeChronologies;
import uk.safeguarding.reviews.rapidreview.application.CompositeView;
import uk.safeguarding.reviews.rapidreview.application.EntryForm;
import uk.safeguarding.reviews.kernel.ExportedFile;
import uk.safeguarding.reviews.rapidreview.application.ImportOutcome;
import uk.safeguarding.reviews.rapidreview.application.InformationRequests;
import uk.safeguarding.reviews.rapidreview.application.MeetingForm;
import uk.safeguarding.reviews.rapidreview.application.MeetingView;
import uk.safeguarding.reviews.rapidreview.application.RapidReviewMeetings;
import uk.safeguarding.reviews.rapidreview.application.RapidReviewReports;
import uk.safeguarding.reviews.rapidreview.application.RequestLine;
import uk.safeguarding.reviews.rapidreview.application.SendRequestsForm;
import uk.safeguarding.reviews.rapidreview.domain.InformationRequest;
import uk.safeguarding.reviews.rapidreview.domain.PendingInformation;
import uk.safeguarding.reviews.rapidreview.domain.RapidReviewMeeting;
import uk.safeguarding.reviews.rapidreview.domain.Recommendation;
import uk.safeguarding.reviews.rapidreview.domain.RequestStatus;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;

/**
 * The Rapid Review's information requests and returns (issue 5, §7.7-7.11) against PostgreSQL and a
 * real SMTP server: requests on start with their due dates, what an agency may see, the all-or-nothing
 * import, submission and reopening, and the composite chronology with its exports.
 */
@ExtendWith(ArquillianExtension.class)
class RapidReviewIT {

    /** The product's clock: bin/test --date moves it for this JVM and the test server alike. */
    private static final Clock CLOCK = ProductClock.configured();

    private static final Caller MANAGER = new Caller("rr.manager", "Manager", Set.of(Role.BUSINESS_MANAGER));
    private static final Caller POLICE_CONTACT = contributor("rr.police");
    private static final Caller HEALTH_CONTACT = contributor("rr.health");
    private static final Caller LA_PARTNER = partner("rr.la");
    private static final Caller POLICE_PARTNER = partner("rr.police.lead");
    private static final Caller HEALTH_PARTNER = partner("rr.health.lead");
    private static final Caller ADVISER = new Caller("rr.adviser", "Independent Adviser", Set.of(Role.PANEL_MEMBER));
    private static final java.time.ZoneId UK = ProductClock.UK;

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithMailCatcher();
    }

    @Inject
    private TestTenants tenants;

    @Inject
    private CaseFixtures cases;

    @Inject
    private AgencyService agencies;

    @Inject
    private NationalPanelNotifications notices;

    @Inject
    private InformationRequests requests;

    @Inject
    private AgencyReturns returns;

    @Inject
    private CompositeChronologies composites;

    @Inject
    private ClockService clocks;

    @Inject
    private RapidReviewMeetings meetings;

    @Inject
    private uk.safeguarding.reviews.clocks.application.ClockRulesService clockSettings;

    @Inject
    private RapidReviewReports reports;

    @Inject
    private uk.safeguarding.reviews.review.application.ReviewService reviewService;

    @Inject
    private PartnershipTimescales timescales;

    @Inject
    private AuditTrail audit;

    @Inject
    private jakarta.transaction.UserTransaction tx;

    @Inject
    private uk.safeguarding.reviews.web.home.WorkList work;

    @Inject
    private uk.safeguarding.reviews.tenancy.api.PartnershipDirectory directory;

    @Inject
    private uk.safeguarding.reviews.review.application.ReviewEngine engine;

    @Inject
    private uk.safeguarding.reviews.review.application.ReviewAssignments assignments;

    /** A partnership with a Rapid Review opened on a complete referral, and police and health agencies. */
    private record Setting(ActiveTenant partnership, String reviewId, AgencyView police, AgencyView health) {
    }

    @Test
    void requestsGoOutOnStartWithTheLetterTheRightReturnDatesAndTheMeeting() {
        Setting s = rapidReview("it-rr-send");
        MailCatcher.running();

        List<RequestLine> sent = send(s, true);

        LocalDate today = LocalDate.now(CLOCK);
        LocalDate fiveWorkingDays = as(s.partnership(), MANAGER, () -> {
            tx.begin();
            try {
                return timescales.workingDays().addWorkingDays(today, 5).end();
            } finally {
                tx.rollback();
            }
        });
        assertEquals(2, sent.size());
        sent.forEach(line -> {
            assertEquals(fiveWorkingDays, line.returnDueBy().toLocalDate(), "§7.7: 5 working days, " + line);
            assertEquals(RequestStatus.OPEN, line.status());
            assertTrue(line.secureRecordsRequested());
        });
        ClockLine requestsClock = as(s.partnership(), MANAGER, () -> clocks.ofSubject("review", s.reviewId())).stream()
                .filter(c -> c.ruleKey().equals("information-requests")).findFirst().orElseThrow();
        assertEquals(RunningClock.State.MET, requestsClock.state(), "§7.7: sent within 2 working days");

        List<MimeMessage> toPolice = MailCatcher.awaitTo("rr.police@it-rr-send.example", 2);
        assertEquals(2, toPolice.size(), "the request letter and the meeting's invitation");
        MimeMessage letter = toPolice.stream().filter(m -> MailCatcher.subjectOf(m).startsWith("Request for information"))
                .findFirst().orElseThrow();
        String body = text(letter);
        MimeMessage invitation = toPolice.stream().filter(m -> MailCatcher.subjectOf(m).startsWith("Invitation"))
                .findFirst().orElseThrow();
        String calendar = attachment(invitation);
        assertTrue(calendar.contains("BEGIN:VEVENT") && calendar.contains("METHOD:REQUEST")
                && calendar.contains("LOCATION:Room 2\\, Northmoor House"), calendar);
        String policeRequest = sent.stream().filter(l -> l.agencyName().equals("Police")).findFirst().orElseThrow().id();
        assertTrue(body.contains("/safeguarding/app/agency/request.xhtml?id=" + policeRequest), body);
        assertTrue(body.contains("secure all records"), "§7.9 sentence merged: " + body);
        assertTrue(body.contains("JS") && !body.contains("Jamie") && !body.contains("Smith"),
                "mail names the child by initials only: " + body);
        assertEquals(2, MailCatcher.awaitTo("rr.health@it-rr-send.example", 2).size());

        InvalidFieldException twice = assertThrows(InvalidFieldException.class, () -> send(s, false));
        assertEquals("agencyIds", twice.field());
        assertTrue(twice.getMessage().contains("already asked"), twice.getMessage());
    }

    @Test
    void aPartnershipsLetterWordingIsItsOwnAndAFieldTheProductCannotFillIsRefused() {
        ActiveTenant partnership = tenants.provision("it-rr-letter-a");
        ActiveTenant neighbour = tenants.provision("it-rr-letter-b");
        String subject = "Northmoor asks: {{reviewReference}}";
        String body = "Dear {{agency}}, please complete your task by {{returnDate}}: {{taskLink}}";

        InvalidFieldException unknown = assertThrows(InvalidFieldException.class, () -> as(partnership, MANAGER,
                () -> requests.saveLetterTemplate(subject, body + " {{childName}}")));
        assertEquals("body", unknown.field());
        assertTrue(unknown.getMessage().contains("{{childName}}"), unknown.getMessage());
        InvalidFieldException noLink = assertThrows(InvalidFieldException.class, () -> as(partnership, MANAGER,
                () -> requests.saveLetterTemplate(subject, "Dear {{agency}}")));
        assertTrue(noLink.getMessage().contains("{{taskLink}}"), noLink.getMessage());

        as(partnership, MANAGER, () -> requests.saveLetterTemplate(subject, body));
        assertEquals(subject, as(partnership, MANAGER, requests::letterTemplate).subject());
        assertEquals(uk.safeguarding.reviews.rapidreview.domain.RequestLetterTemplate.DEFAULT_SUBJECT,
                as(neighbour, MANAGER, requests::letterTemplate).subject(), "the neighbour keeps its own wording");
        assertTrue(as(partnership, MANAGER, () -> audit.recent(50)).stream().anyMatch(e ->
                "request-letter-template".equals(e.recordType()) && e.outcome() == AuditOutcome.ALLOWED),
                "the change is audited");
    }

    @Test
    void anAgencySeesOnlyItsOwnRequestAndNothingOfAnotherAgencyOrPartnership() {
        Setting s = rapidReview("it-rr-see");
        Setting other = rapidReview("it-rr-see-other");
        List<RequestLine> sent = send(s, false);
        send(other, false);
        String policeRequest = idOf(sent, "Police");
        String healthRequest = idOf(sent, "Health");

        AgencyTask police = as(s.partnership(), POLICE_CONTACT, () -> returns.task(policeRequest));
        assertTrue(police.sharedFacts().contains("Jamie Smith"), "the agency needs the name to find its records");
        assertEquals(List.of(policeRequest), as(s.partnership(), POLICE_CONTACT, () -> returns.myTasks(1)).items().stream()
                .map(AgencyTask::id).toList());
        as(s.partnership(), HEALTH_CONTACT, () -> returns.saveSummary(healthRequest, agencySummary("Health visitor saw Jamie")));

        assertThrows(RecordNotFoundException.class, () -> as(s.partnership(), POLICE_CONTACT,
                () -> returns.task(healthRequest)));
        assertThrows(RecordNotFoundException.class, () -> as(s.partnership(), POLICE_CONTACT,
                () -> returns.saveSummary(healthRequest, agencySummary("overwritten"))));
        assertThrows(RecordNotFoundException.class, () -> as(other.partnership(), POLICE_CONTACT,
                () -> returns.task(policeRequest)), "the same username in another partnership finds nothing");
        assertThrows(RecordNotFoundException.class, () -> as(other.partnership(), MANAGER,
                () -> requests.returnOf(healthRequest)));
        assertThrows(RecordNotFoundException.class, () -> as(other.partnership(), MANAGER,
                () -> composites.view(s.reviewId(), ChronologyFilter.none(), false)));

        assertTrue(as(s.partnership(), MANAGER, () -> audit.historyOf("information-request", healthRequest)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED && "rr.police".equals(e.actor())),
                "the attempt on another agency's return is audited");
        assertTrue(as(other.partnership(), MANAGER, () -> audit.historyOf("information-request", policeRequest))
                .stream().anyMatch(e -> e.outcome() == AuditOutcome.DENIED), "and in the partnership it was tried from");
        assertEquals("Health visitor saw Jamie", as(s.partnership(), HEALTH_CONTACT,
                () -> returns.task(healthRequest)).summary().getInvolvement(), "nothing was overwritten");
    }

    @Test
    void aChronologyImportAddsEveryRowOrNoneAndSaysWhereEachProblemIs() {
        Setting s = rapidReview("it-rr-import");
        String policeRequest = idOf(send(s, false), "Police");
        LocalDate born = LocalDate.now(CLOCK).minusYears(7);
        String header = "Date,Time,What happened,Who was involved,Risk presented,Agency response,"
                + "Impact on the risk and the child's lived experience,Multi-agency considerations,Learning,Why significant\n";
        String bad = header
                + day(LocalDate.now(CLOCK).minusDays(20)) + ",09:15,Call to the home,PC Jones,Shouting heard,Attended,None,None,None,pattern\n"
                + ",10:00,No date here,,,,,,,pattern\n"
                + day(LocalDate.now(CLOCK).minusDays(10)) + ",,Neighbour's report,,,,,,,statutory-event\n"
                + day(born.minusDays(5)) + ",,Antenatal booking,,,,,,,urgent\n";

        ImportOutcome refused = as(s.partnership(), POLICE_CONTACT, () -> returns.importChronology(policeRequest,
                "police.csv", bad.getBytes(StandardCharsets.UTF_8)));

        assertFalse(refused.accepted());
        assertEquals(2, refused.problems().size(), refused.problems().toString());
        assertTrue(refused.problems().get(0).startsWith("Line 3") && refused.problems().get(0).contains("date"),
                refused.problems().toString());
        // Issue 15: a date before the child's birth is no problem; line 5's only problem is its reason.
        assertTrue(refused.problems().get(1).startsWith("Line 5") && refused.problems().get(1).contains("\"urgent\""),
                refused.problems().toString());
        assertEquals(0, as(s.partnership(), POLICE_CONTACT, () -> returns.task(policeRequest)).entries().size(),
                "nothing half-imported");

        ImportOutcome wrongHeader = as(s.partnership(), POLICE_CONTACT, () -> returns.importChronology(policeRequest,
                "police.csv", "When,What\n01/01/2026,x\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(wrongHeader.problems().get(0).startsWith("Line 1"), wrongHeader.problems().toString());
        ImportOutcome unreadable = as(s.partnership(), POLICE_CONTACT, () -> returns.importChronology(policeRequest,
                "police.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3}));
        assertFalse(unreadable.accepted());

        String good = header
                + day(LocalDate.now(CLOCK).minusDays(20)) + ",09:15,Call to the home,PC Jones,Shouting heard,Attended,None,None,None,pattern\n"
                + day(LocalDate.now(CLOCK).minusDays(10)) + ",,\"Neighbour's report,\nsecond line\",,,,,,,statutory-event;learning-point\n"
                + day(born.minusDays(5)) + ",,Antenatal booking,,,,,,,pattern\n";
        ImportOutcome accepted = as(s.partnership(), POLICE_CONTACT, () -> returns.importChronology(policeRequest,
                "police.csv", good.getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, accepted.added(), accepted.problems().toString());
        AgencyTask task = as(s.partnership(), POLICE_CONTACT, () -> returns.task(policeRequest));
        assertEquals(3, task.entries().size());
        assertEquals(born, task.childBornOn(), "the request knows the child's date of birth");
        assertTrue(task.beforeBirth(task.entries().get(2)), "the antenatal booking is kept, marked before birth");
        assertFalse(task.beforeBirth(task.entries().get(0)));
        assertEquals(LocalTime.of(9, 15), task.entries().get(0).time());
        assertEquals(EnumSet.of(SignificanceReason.STATUTORY_EVENT, SignificanceReason.LEARNING_POINT),
                task.entries().get(1).significance());
    }

    @Test
    void aReturnIsSubmittedOnceJoinsTheCompositeAndChangesOnlyAfterAReasonedReopening() throws Exception {
        Setting s = rapidReview("it-rr-composite");
        List<RequestLine> sent = send(s, true);
        String policeRequest = idOf(sent, "Police");
        String healthRequest = idOf(sent, "Health");
        LocalDate day = LocalDate.now(CLOCK).minusDays(6);

        InvalidFieldException early = assertThrows(InvalidFieldException.class, () -> as(s.partnership(),
                POLICE_CONTACT, () -> returns.submit(policeRequest)));
        assertEquals("involvement", early.field(), early.getMessage());
        InvalidFieldException noDate = assertThrows(InvalidFieldException.class, () -> as(s.partnership(),
                POLICE_CONTACT, () -> returns.putEntry(policeRequest, event(null, "Call about Jamie Smith"))));
        assertEquals("date", noDate.field());
        InvalidFieldException afterMeeting = assertThrows(InvalidFieldException.class, () -> as(s.partnership(),
                POLICE_CONTACT, () -> returns.putEntry(policeRequest, event(LocalDate.now(CLOCK).plusDays(30), "Later"))));
        assertTrue(afterMeeting.getMessage().contains("after the meeting date"), afterMeeting.getMessage());

        complete(s, POLICE_CONTACT, policeRequest, event(day, "Police called to the home; Jamie Smith was crying"));
        complete(s, HEALTH_CONTACT, healthRequest, event(day, "Health visitor: Jamie Smith was crying at home"));
        as(s.partnership(), POLICE_CONTACT, () -> returns.submit(policeRequest));

        InvalidFieldException twice = assertThrows(InvalidFieldException.class, () -> as(s.partnership(),
                POLICE_CONTACT, () -> returns.submit(policeRequest)));
        assertTrue(twice.getMessage().contains("was submitted on"), twice.getMessage());
        CompositeView onlyPolice = as(s.partnership(), MANAGER, () -> composites.view(s.reviewId(),
                ChronologyFilter.none(), false));
        assertEquals(1, onlyPolice.items().size(), "only submitted returns are in the composite");
        assertEquals(List.of("Health"), onlyPolice.awaited());

        as(s.partnership(), HEALTH_CONTACT, () -> returns.submit(healthRequest));
        CompositeView both = as(s.partnership(), MANAGER, () -> composites.view(s.reviewId(), ChronologyFilter.none(),
                false));
        assertEquals(2, both.items().size());
        assertEquals(2, both.possibleDuplicates(), "same day, different agencies, same event: flagged, not merged");
        CompositeView anonymised = as(s.partnership(), MANAGER, () -> composites.view(s.reviewId(),
                ChronologyFilter.none(), true));
        anonymised.items().forEach(i -> assertFalse(i.entry().whatHappened().contains("Jamie")
                || i.entry().whatHappened().contains("Smith"), i.entry().whatHappened()));

        ExportedFile docx = as(s.partnership(), MANAGER, () -> composites.export(s.reviewId(), "docx",
                ChronologyFilter.none(), false));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.content()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertTrue(text.contains("Police") && text.contains("Health") && text.contains("Health visitor"), text);
        }
        ExportedFile pdf = as(s.partnership(), MANAGER, () -> composites.export(s.reviewId(), "pdf",
                ChronologyFilter.none(), true));
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Police") && text.contains("Composite chronology"), text);
            assertFalse(text.contains("Jamie"), "the anonymised export names nobody");
        }
        String csv = new String(as(s.partnership(), MANAGER, () -> composites.export(s.reviewId(), "csv",
                ChronologyFilter.none(), false)).content(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("Police called to the home"), csv);

        assertThrows(InvalidFieldException.class, () -> as(s.partnership(), MANAGER, () -> requests.reopen(policeRequest,
                " ")), "a reopening needs its reason");
        as(s.partnership(), MANAGER, () -> requests.reopen(policeRequest, "Add the 999 call of the night before"));
        AgencyTask reopened = as(s.partnership(), POLICE_CONTACT, () -> returns.putEntry(policeRequest,
                event(day.minusDays(1), "999 call from a neighbour")));
        assertEquals(RequestStatus.OPEN, reopened.status());
        assertEquals("Add the 999 call of the night before", reopened.reopenings().get(0).reason());
        assertEquals(1, as(s.partnership(), MANAGER, () -> composites.view(s.reviewId(), ChronologyFilter.none(),
                false)).items().size(), "a reopened return leaves the composite until it is submitted again");
    }

    @Test
    void aQuorateMeetingsEndorsedOutcomeBecomesAReportForTheNationalPanel() throws Exception {
        Setting s = rapidReview("it-rr-meeting");
        AgencyView la = agency(s.partnership(), "Children's Services", AgencyKind.LOCAL_AUTHORITY_CHILDRENS_SERVICES,
                "Local Authority", "rr.la");
        addContact(s.partnership(), s.police().id(), "rr.police.lead", "it-rr-meeting");
        addContact(s.partnership(), s.health().id(), "rr.health.lead", "it-rr-meeting");
        as(s.partnership(), MANAGER, () -> {
            clockSettings.changeBusinessUnitEmail("business-unit@it-rr-meeting.example");
            return null;
        });
        // Within the hour before it starts the attendance can be recorded: as people arrive.
        ZonedDateTime soon = ZonedDateTime.now(CLOCK).plusMinutes(20);
        assertEquals("gathering", stageOf(s), "a Rapid Review opens gathering information (\u00a77.7)");
        // Issue 14 \u00a72: each step of the business unit's waits in its tasks, with the clock that counts for it.
        WorkItem requestsStep = businessUnitStep(s, "Send the information requests (\u00a77.7)").orElseThrow();
        assertTrue(requestsStep.dueBy() != null && requestsStep.link().startsWith("/app/reviews/requests.xhtml"),
                "due with its 2 working days: " + requestsStep);
        List<RequestLine> sent = send(s, true, soon, s.police(), s.health(), la);
        assertEquals("meeting", stageOf(s), "the requests sent, the meeting is prepared");
        assertTrue(businessUnitStep(s, "Send the information requests (\u00a77.7)").isEmpty(), "sent, it leaves the list");
        assertEquals("OVERDUE", businessUnitStep(s, "Publish the meeting's papers (\u00a77.11)").orElseThrow().status(),
                "\u00a77.11: 24 working hours before a meeting that starts in 20 minutes have passed");
        complete(s, POLICE_CONTACT, idOf(sent, "Police"), event(LocalDate.now(CLOCK).minusDays(6), "Police called to the home"));
        complete(s, HEALTH_CONTACT, idOf(sent, "Health"), event(LocalDate.now(CLOCK).minusDays(5), "Missed health appointment"));
        as(s.partnership(), POLICE_CONTACT, () -> returns.submit(idOf(sent, "Police")));
        as(s.partnership(), HEALTH_CONTACT, () -> returns.submit(idOf(sent, "Health")));

        MeetingView published = as(s.partnership(), MANAGER, () -> meetings.publishPapers(s.reviewId()));
        assertTrue(published.papersLate(), "less than 24 hours before: late, and recorded as such (\u00a77.11)");
        assertTrue(businessUnitStep(s, "Publish the meeting's papers (\u00a77.11)").isEmpty()
                && businessUnitStep(s, "Record who attended the meeting (\u00a77.12)").isEmpty(),
                "published, and the meeting not yet begun: nothing waits for the business unit");
        assertTrue(MailCatcher.awaitSubject("business-unit@it-rr-meeting.example", "Late papers").isPresent(),
                "the business unit is warned");
        ExportedFile papers = as(s.partnership(), POLICE_CONTACT, () -> reports.papers(s.reviewId()));
        try (PDDocument document = Loader.loadPDF(papers.content())) {
            // A cell's text wraps onto lines of its own: compare words, not line breaks.
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Missed health appointment"),
                    "an invited agency reads the other agencies' returns in the papers");
            assertTrue(text.contains("1. The referral, as submitted") && text.contains("Jamie Smith")
                    && text.contains("Why the referrer asked for a review"),
                    "\u00a77.11: the papers open with the whole referral as submitted, the child named: " + text);
        }
        assertThrows(RecordNotFoundException.class, () -> as(s.partnership(), contributor("rr.stranger"),
                () -> reports.papers(s.reviewId())), "a contributor of no agency asked gets nothing");

        MeetingView inquorate = as(s.partnership(), MANAGER, () -> meetings.recordAttendance(s.reviewId(), List.of(
                new AttendeeForm("Pat Police", "Detective Inspector", s.police().id(), "rr.police.lead"),
                new AttendeeForm("Hana Health", "Designated nurse", s.health().id(), "rr.health.lead"))));
        assertFalse(inquorate.quorum().quorate());
        assertEquals("decision", stageOf(s), "the meeting is held once attendance is recorded (\u00a77.12)");
        ClockLine reportClock = as(s.partnership(), MANAGER, () -> clocks.ofSubject("review", s.reviewId())).stream()
                .filter(c -> c.ruleKey().equals("rapid-review-report")).findFirst().orElseThrow();
        assertEquals(soon.withSecond(0).withNano(0).toInstant(), reportClock.startedAt().toInstant(),
                "\u00a77.13: the report's clock runs from the meeting, not from when attendance was typed in");
        assertEquals(List.of("Local Authority"), inquorate.quorum().missingPartners());
        as(s.partnership(), MANAGER, () -> meetings.writeNotes(s.reviewId(), CaseFixtures.notes(), "Considered: no evidence that"
                + " race or disability affected the response; the family's housing was a factor."));
        InvalidFieldException noQuorum = assertThrows(InvalidFieldException.class, () -> as(s.partnership(), MANAGER,
                () -> meetings.recordOutcome(s.reviewId(), Recommendation.CHILD_SAFEGUARDING_PRACTICE_REVIEW, false,
                        "Serious harm; agencies did not share information", "rr.adviser")));
        assertTrue(noQuorum.getMessage().contains("Local Authority"), noQuorum.getMessage());

        MeetingView quorate = as(s.partnership(), MANAGER, () -> meetings.recordAttendance(s.reviewId(), List.of(
                new AttendeeForm("Pat Police", "Detective Inspector", s.police().id(), "rr.police.lead"),
                new AttendeeForm("Hana Health", "Designated nurse", s.health().id(), "rr.health.lead"),
                new AttendeeForm("Lee Council", "Head of service", la.id(), "rr.la"),
                new AttendeeForm("Ira Adviser", "Independent Adviser", null, "rr.adviser"))));
        assertTrue(quorate.quorum().quorate());
        InvalidFieldException held = assertThrows(InvalidFieldException.class, () -> as(s.partnership(), MANAGER,
                () -> requests.changeMeeting(s.reviewId(), meetingForm(soon.plusDays(1), 120))));
        assertEquals("meetingDate", held.field(), "a meeting held no longer moves: " + held.getMessage());
        as(s.partnership(), MANAGER, () -> meetings.addSafetyAction(s.reviewId(), "Check the siblings' safety",
                "Children's Services", LocalDate.now(CLOCK).plusDays(2)));
        as(s.partnership(), MANAGER, () -> meetings.addPendingInformation(s.reviewId(),
                PendingInformation.Kind.TOXICOLOGY, "Toxicology results", LocalDate.now(CLOCK).plusDays(30)));
        as(s.partnership(), MANAGER, () -> meetings.recordOutcome(s.reviewId(),
                Recommendation.CHILD_SAFEGUARDING_PRACTICE_REVIEW, false, "Serious harm; agencies did not share"
                        + " information", "rr.adviser"));

        assertTrue(MailCatcher.awaitSubject("rr.police.lead@it-rr-meeting.example", "Endorse the Rapid Review outcome")
                .isPresent(), "issue 14 \u00a72: the endorsement asked reaches the partner's representative by mail");
        assertTrue(as(s.partnership(), LA_PARTNER, () -> work.of(LA_PARTNER)).stream().anyMatch(t -> t.action()
                .equals("Endorse the outcome, or disagree, for Local Authority") && t.dueBy() != null),
                "issue 14 \u00a72: the endorsement waits in the partner's tasks, with the report's clock");
        assertTrue(as(s.partnership(), ADVISER, () -> work.of(ADVISER)).stream().anyMatch(t -> t.action()
                .endsWith("for Independent Adviser")), "and in the adviser's the outcome names");
        InvalidFieldException notTheirs = assertThrows(InvalidFieldException.class, () -> as(s.partnership(),
                POLICE_PARTNER, () -> meetings.endorse(s.reviewId(), "Local Authority", true, null)));
        assertEquals("endorsesFor", notTheirs.field());
        assertTrue(as(s.partnership(), MANAGER, () -> audit.historyOf("rapid-review-meeting", s.reviewId())).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED && "rr.police.lead".equals(e.actor())));
        as(s.partnership(), ADVISER, () -> meetings.endorse(s.reviewId(), "Independent Adviser", true, null));
        as(s.partnership(), LA_PARTNER, () -> meetings.endorse(s.reviewId(), "Local Authority", true, null));
        assertTrue(as(s.partnership(), LA_PARTNER, () -> work.of(LA_PARTNER)).stream()
                .noneMatch(t -> t.action().startsWith("Endorse")), "endorsed, it has left the list");
        as(s.partnership(), POLICE_PARTNER, () -> meetings.endorse(s.reviewId(), "Police", true, null));
        String sendTheReport = "Send the Rapid Review Meeting Report to the National Panel (\u00a77.13)";
        assertTrue(businessUnitStep(s, sendTheReport).isEmpty(), "not while an endorsement is awaited");
        InvalidFieldException reportTooEarly = assertThrows(InvalidFieldException.class, () -> as(s.partnership(),
                MANAGER, () -> meetings.recordReportSent(s.reviewId(),
                        RapidReviewMeeting.SentBy.EMAIL_TO_NATIONAL_PANEL_MAILBOX, null)));
        assertEquals("how", reportTooEarly.field());
        RefusedException guarded = assertThrows(RefusedException.class, () -> as(s.partnership(), MANAGER,
                () -> { engineWork(s, "report-sent"); return null; }));
        assertTrue(guarded.getMessage().contains("not settled"), "the exit's guard: " + guarded.getMessage());
        MeetingView endorsed = as(s.partnership(), HEALTH_PARTNER, () -> meetings.endorse(s.reviewId(), "Health (ICB)",
                true, "Agreed"));
        assertEquals(RapidReviewMeeting.OutcomeStatus.ENDORSED, endorsed.outcomeStatus());
        WorkItem reportStep = businessUnitStep(s, sendTheReport).orElseThrow();
        assertTrue(reportStep.dueBy() != null && reportStep.link().startsWith("/app/reviews/meeting.xhtml"),
                "endorsed, the report waits, due with its 2 working days: " + reportStep);

        // Issue 15, the documents: Document 12 names the chair and the National Panel's notification.
        cases.chair(s.partnership(), s.reviewId(), "Ina Independent");
        as(s.partnership(), MANAGER, () -> notices.record(s.reviewId(), LocalDate.now(CLOCK).minusDays(1), null));
        String meetingDay = soon.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
        ExportedFile docx = as(s.partnership(), MANAGER, () -> reports.report(s.reviewId(), "docx"));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.content()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertReport(extractor.getText(), meetingDay);
        }
        ExportedFile pdf = as(s.partnership(), MANAGER, () -> reports.report(s.reviewId(), "pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            assertReport(new PDFTextStripper().getText(document), meetingDay);
        }

        as(s.partnership(), MANAGER, () -> meetings.recordReportSent(s.reviewId(),
                RapidReviewMeeting.SentBy.EMAIL_TO_NATIONAL_PANEL_MAILBOX, null));
        assertEquals("national-panel", stageOf(s));
        assertTrue(businessUnitStep(s, sendTheReport).isEmpty(), "sent, it leaves the list");
        assertEquals(RunningClock.State.CLOSED, as(s.partnership(), MANAGER, () -> clocks.ofSubject(
                InformationRequest.CLOCK_SUBJECT_TYPE, idOf(sent, "Children's Services"))).get(0).state(),
                "issue 15: the report sent, a return never made no longer runs its clock");
        assertEquals(RunningClock.State.MET, as(s.partnership(), MANAGER, () -> clocks.ofSubject(
                InformationRequest.CLOCK_SUBJECT_TYPE, idOf(sent, "Police"))).get(0).state(), "a return made stays met");
        List<ClockLine> reviewClocks = as(s.partnership(), MANAGER, () -> clocks.ofSubject("review", s.reviewId()));
        assertEquals(RunningClock.State.MET, reviewClocks.stream().filter(c -> c.ruleKey().equals("rapid-review-report"))
                .findFirst().orElseThrow().state(), "\u00a77.13: sent within 2 working days of the meeting");
        assertEquals(RunningClock.State.MET, reviewClocks.stream().filter(c -> c.ruleKey().equals("rapid-review"))
                .findFirst().orElseThrow().state());
        assertTrue(MailCatcher.awaitSubject("rr.police@it-rr-meeting.example", "Outcome of the Rapid Review")
                .isPresent(), "\u00a77.13: agencies told");
        assertTrue(MailCatcher.awaitSubject("rr.police@it-rr-meeting.example", "Papers for the Rapid Review meeting")
                .isPresent(), "\u00a77.11: the papers went to the invitees");

        InvalidFieldException noReasons = assertThrows(InvalidFieldException.class, () -> as(s.partnership(), MANAGER,
                () -> meetings.recordPanelResponse(s.reviewId(), LocalDate.now(CLOCK), false, " ")));
        assertEquals("reasons", noReasons.field());
        MeetingView answered = as(s.partnership(), MANAGER, () -> meetings.recordPanelResponse(s.reviewId(),
                LocalDate.now(CLOCK), false, "A local learning review would be proportionate"));
        assertEquals(Boolean.FALSE, answered.panelAgrees());
        var stage = as(s.partnership(), MANAGER, () -> reviewService.stage(s.reviewId()));
        assertEquals("concluded", stage.stage().key());
        AgencyTask released = as(s.partnership(), POLICE_CONTACT, () -> returns.task(idOf(sent, "Police")));
        assertTrue(released.recordsReleasedAt() != null && released.recordsReleasedWhy().contains("ended"),
                "\u00a77.9: the review ended, the hold on the records is released and recorded");
        assertTrue(MailCatcher.awaitSubject("rr.police@it-rr-meeting.example", "Records hold released").isPresent(),
                "and the agency is told");
        assertTrue(stage.stage().isFinal());
        assertEquals(java.util.Arrays.asList(null, "Gathering information from agencies", "Preparing the Rapid Review meeting",
                "Meeting held: the outcome, its endorsement and the report", "Report sent to the National Panel"),
                stage.moves().stream().map(m -> m.from()).toList(), "every move is logged, in order");
        assertTrue(stage.moves().stream().allMatch(m -> "rr.manager".equals(m.by())), "and by whom");

        ActiveTenant neighbour = tenants.provision("it-rr-meeting-other");
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER, () -> meetings.view(s.reviewId())));
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER, () -> reports.report(s.reviewId(),
                "pdf")));
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER, () -> reports.papers(s.reviewId())));
        long deniedBefore = as(neighbour, MANAGER, () -> audit.historyOf("review", s.reviewId())).stream()
                .filter(e -> e.outcome() == AuditOutcome.DENIED).count();
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER,
                () -> requests.changeMeeting(s.reviewId(), meetingForm(soon.plusDays(1), 120))));
        assertEquals(deniedBefore + 1, as(neighbour, MANAGER, () -> audit.historyOf("review", s.reviewId())).stream()
                .filter(e -> e.outcome() == AuditOutcome.DENIED).count(), "the attempt to change the meeting is audited there");
        assertTrue(as(neighbour, MANAGER, () -> audit.historyOf("review", s.reviewId())).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED), "another partnership's attempt is audited there");
    }

    /**
     * Issue 14 \u00a72: a person given a part in a review is told by e-mail with a link, at the address the
     * sign-in service holds for them in this partnership; someone it knows only in another partnership is
     * not e-mailed, and the review's people say so. The mail names the review and the part, never the case.
     */
    @Test
    void aPersonGivenAPartIsToldByEmailAtTheAddressThisPartnershipKnows() throws Exception {
        Setting s = rapidReview("it-rr-told");
        String reference = as(s.partnership(), MANAGER, () -> reviewService.view(s.reviewId())).reference();
        directory.ensureGroups("it-rr-told");
        try {
            // A person already on the service (the demo's reviewer) is given the reviewer's role here.
            directory.place("it-rr-told", Role.REVIEWER.claimName(), "Rowan Reviewer", "nm.reviewer@example.test");
            uk.safeguarding.reviews.review.application.AssignmentView told = as(s.partnership(), MANAGER,
                    () -> assignments.assign(s.reviewId(), CaseFixtures.assignment("nm.reviewer", "Rowan Reviewer",
                            uk.safeguarding.reviews.review.domain.ReviewPart.LEAD_REVIEWER)));
            assertEquals("nm.reviewer@example.test", told.toldTo());
            jakarta.mail.internet.MimeMessage mail = MailCatcher.awaitSubject("nm.reviewer@example.test",
                    "You have a part in review " + reference).orElseThrow();
            String body = (String) mail.getContent();
            assertTrue(body.contains("lead reviewer") && body.contains("/safeguarding/app/reviews/view.xhtml?id="
                    + s.reviewId()), body);
            assertFalse(body.contains("Jamie") || body.contains("JS"), "the mail carries nothing of the case: " + body);

            uk.safeguarding.reviews.review.application.AssignmentView notTold = as(s.partnership(), MANAGER,
                    () -> assignments.assign(s.reviewId(), CaseFixtures.assignment("sv.manager", "Sam Southvale",
                            uk.safeguarding.reviews.review.domain.ReviewPart.REVIEW_GROUP_MEMBER)));
            assertNull(notTold.toldTo(), "known to the sign-in service, but not in this partnership: not e-mailed");
            assertTrue(as(s.partnership(), MANAGER, () -> assignments.ofReview(s.reviewId())).stream()
                    .anyMatch(a -> "nm.reviewer".equals(a.username()) && a.toldAt() != null), "the review's people say so");
            assertTrue(as(s.partnership(), MANAGER, () -> audit.historyOf("review-assignment", notTold.id())).stream()
                    .anyMatch(e -> e.detail() != null && e.detail().contains("not e-mailed")), "and the trail");

            // Issue 15, \u00a77.10: the decision makers on the review by name are invited to its meeting.
            directory.place("it-rr-told", Role.STATUTORY_PARTNER.claimName(), "Naomi Partner", "nm.partner@example.test");
            directory.place("it-rr-told", Role.INDEPENDENT_ADVISER.claimName(), "Ira Adviser", "nm.adviser@example.test");
            uk.safeguarding.reviews.review.application.AssignmentForm representative = CaseFixtures.assignment(
                    "nm.partner", "Naomi Partner", uk.safeguarding.reviews.review.domain.ReviewPart.PARTNER_REPRESENTATIVE);
            representative.setRepresents("Local Authority");
            as(s.partnership(), MANAGER, () -> assignments.assign(s.reviewId(), representative));
            send(s, false);
            assertTrue(MailCatcher.awaitSubject("nm.partner@example.test", "Invitation: Rapid Review meeting " + reference)
                    .isPresent(), "the Local Authority's representative is invited at their own address");
            assertTrue(MailCatcher.awaitSubject("nm.adviser@example.test", "Invitation: Rapid Review meeting " + reference)
                    .isPresent(), "\u00a77.10: the partnership's Independent Adviser, a decision maker, is invited");
            assertTrue(MailCatcher.to("nm.reviewer@example.test").stream().noneMatch(m -> MailCatcher.subjectOf(m)
                    .startsWith("Invitation")), "a lead reviewer is not one of \u00a77.10's decision makers");

            // Issue 15: a meeting moved says from when to when.
            AgencyView council = agency(s.partnership(), "Children's Services",
                    AgencyKind.LOCAL_AUTHORITY_CHILDRENS_SERVICES, "Local Authority", "rr.told.la");
            ZonedDateTime later = ZonedDateTime.now(CLOCK).plusDays(11).toLocalDate().atTime(14, 0).atZone(UK);
            send(s, false, later, council);
            jakarta.mail.internet.MimeMessage moved = MailCatcher.awaitSubject("nm.partner@example.test",
                    "Moved: Rapid Review meeting " + reference).orElseThrow();
            String movedText = (String) ((jakarta.mail.Multipart) moved.getContent()).getBodyPart(0).getContent();
            assertTrue(movedText.contains("has moved from ") && movedText.contains(" at 10:00 to ")
                    && movedText.contains(" at 14:00 until 16:00"), movedText);

            // Issue 15: the meeting changed on its own, nobody new asked: a length of its own is a change,
            // said in the mail, and the calendar entry ends then. A length out of bounds is refused beside
            // its field and changes nothing.
            InvalidFieldException tooLong = assertThrows(InvalidFieldException.class, () -> as(s.partnership(),
                    MANAGER, () -> requests.changeMeeting(s.reviewId(), meetingForm(later, 600))));
            assertEquals("meetingLength", tooLong.field());
            assertTrue(tooLong.getMessage().contains("600 minutes"), tooLong.getMessage());
            var changed = as(s.partnership(), MANAGER, () -> requests.changeMeeting(s.reviewId(), meetingForm(later, 90)));
            assertTrue(changed.endsAt().isEqual(later.plusMinutes(90).toOffsetDateTime()), "ends " + changed.endsAt());
            MimeMessage changedMail = MailCatcher.awaitSubject("nm.partner@example.test",
                    "Changed: Rapid Review meeting " + reference).orElseThrow();
            String changedText = (String) ((jakarta.mail.Multipart) changedMail.getContent()).getBodyPart(0).getContent();
            assertTrue(changedText.contains("has changed: it is on ") && changedText.contains(" at 14:00 until 15:30"),
                    changedText);
            String entry = attachment(changedMail);
            assertTrue(entry.contains("DTEND:" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                    .format(later.plusMinutes(90).withZoneSameInstant(java.time.ZoneOffset.UTC))), entry);
            assertTrue(as(s.partnership(), MANAGER, () -> audit.historyOf("information-request", s.reviewId())).stream()
                    .anyMatch(e -> e.detail() != null && e.detail().contains("for 90 minutes")), "audited");
        } finally {
            directory.removeGroups("it-rr-told");
        }
    }

    /**
     * §7.12: "The Rapid Review Meeting Report (Document 12) will be completed by the chair": the chair
     * the PRSG chair assigned records the notes, safety actions, pending information and outcome; the
     * business unit sends the report (§7.13). Anyone else assigned to the review reads the meeting but
     * records nothing of it ("not found", audited), nor does a chair of another partnership.
     */
    @Test
    void theReviewsChairCompletesTheMeetingReportAndNobodyElseAssignedDoes() {
        Setting s = rapidReview("it-rr-chair");
        AgencyView la = agency(s.partnership(), "Children's Services", AgencyKind.LOCAL_AUTHORITY_CHILDRENS_SERVICES,
                "Local Authority", "rr.la");
        send(s, false, ZonedDateTime.now(CLOCK).plusMinutes(20), s.police(), s.health(), la);
        as(s.partnership(), MANAGER, () -> meetings.recordAttendance(s.reviewId(), List.of(
                new AttendeeForm("Pat Police", "Detective Inspector", s.police().id(), null),
                new AttendeeForm("Hana Health", "Designated nurse", s.health().id(), null),
                new AttendeeForm("Lee Council", "Head of service", la.id(), null))));
        Caller chair = new Caller("cara.chair", "Cara Chair", Set.of(Role.REVIEWER));
        Caller caseGroup = new Caller("rr.case.group", "Cal Case-Group", Set.of(Role.REVIEWER));
        cases.chair(s.partnership(), s.reviewId(), "Cara Chair");
        as(s.partnership(), MANAGER, () -> assignments.assign(s.reviewId(), CaseFixtures.assignment("rr.case.group",
                "Cal Case-Group", uk.safeguarding.reviews.review.domain.ReviewPart.CASE_GROUP_MEMBER)));

        assertTrue(as(s.partnership(), chair, () -> work.of(chair)).stream().anyMatch(t ->
                t.action().equals("Complete the Rapid Review Meeting Report")), "the chair's task, once the meeting is held");
        assertFalse(as(s.partnership(), caseGroup, () -> work.of(caseGroup)).stream().anyMatch(t ->
                t.action().equals("Complete the Rapid Review Meeting Report")));
        assertTrue(as(s.partnership(), chair, () -> meetings.mayCompleteTheReport(s.reviewId())));
        assertFalse(as(s.partnership(), caseGroup, () -> meetings.mayCompleteTheReport(s.reviewId())));
        as(s.partnership(), chair, () -> meetings.writeNotes(s.reviewId(), CaseFixtures.notes(),
                "Considered: no evidence that race or disability affected the response."));
        as(s.partnership(), chair, () -> meetings.addSafetyAction(s.reviewId(), "Check the siblings' safety",
                "Children's Services", LocalDate.now(CLOCK).plusDays(2)));
        as(s.partnership(), chair, () -> meetings.addPendingInformation(s.reviewId(),
                PendingInformation.Kind.TOXICOLOGY, "Toxicology results", LocalDate.now(CLOCK).plusDays(30)));
        MeetingView recorded = as(s.partnership(), chair, () -> meetings.recordOutcome(s.reviewId(),
                Recommendation.CHILD_SAFEGUARDING_PRACTICE_REVIEW, false, "Serious harm; agencies did not share"
                        + " information", "rr.adviser"));

        assertEquals(Recommendation.CHILD_SAFEGUARDING_PRACTICE_REVIEW, recorded.recommendation());
        assertFalse(as(s.partnership(), chair, () -> work.of(chair)).stream().anyMatch(t ->
                t.action().equals("Complete the Rapid Review Meeting Report")), "recorded, the task leaves the list");
        assertEquals(1, recorded.safetyActions().size());
        assertEquals(1, recorded.pending().size());
        assertTrue(as(s.partnership(), MANAGER, () -> audit.historyOf("rapid-review-meeting", s.reviewId())).stream()
                .anyMatch(e -> "cara.chair".equals(e.actor()) && e.detail() != null && e.detail().startsWith("outcome recorded")),
                "the chair's acts are audited in their name");
        assertThrows(uk.safeguarding.reviews.kernel.AccessDeniedException.class, () -> as(s.partnership(), chair,
                () -> meetings.recordReportSent(s.reviewId(), RapidReviewMeeting.SentBy.NATIONAL_PANEL_PORTAL, "to the Panel")),
                "§7.13: the business unit sends the report, not the chair");
        assertEquals(s.reviewId(), as(s.partnership(), caseGroup, () -> meetings.view(s.reviewId())).reviewId(),
                "a case group member reads the meeting of their review");
        assertThrows(RecordNotFoundException.class, () -> as(s.partnership(), caseGroup,
                () -> meetings.addPendingInformation(s.reviewId(), PendingInformation.Kind.OTHER, "Anything", null)),
                "but only the chair completes its report");
        assertTrue(as(s.partnership(), MANAGER, () -> audit.historyOf("rapid-review-meeting", s.reviewId())).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED && "rr.case.group".equals(e.actor())), "audited");
        Setting neighbour = rapidReview("it-rr-chair-b");
        assertThrows(RecordNotFoundException.class, () -> as(neighbour.partnership(), chair,
                () -> meetings.writeNotes(s.reviewId(), CaseFixtures.notes(), "x")),
                "a chair of one partnership's review finds nothing of it from another");
    }

    private static void assertReport(String extracted, String meetingDay) {
        String text = extracted.replaceAll("\\s+", " "); // a table cell's text wraps onto lines of its own
        assertTrue(text.contains("JS"), "the child's initials");
        assertTrue(text.contains("Police") && text.contains("Health") && text.contains("Children's Services"), text);
        assertTrue(text.contains("A Child Safeguarding Practice Review"), "the recommendation");
        assertTrue(text.contains(meetingDay), "the meeting date " + meetingDay);
        assertFalse(text.contains("Jamie"), "children are named by initials in the report");
        assertTrue(text.contains("Chair of the review") && text.contains("Ina Independent"), "the chair (\u00a77.6)");
        assertTrue(text.contains("National Panel notified on") && !text.contains("Not recorded"),
                "the notification's date (\u00a74.2 table)");
        // Issue 15: what the referral collected about the child (ExampleReferrals), and the criteria answers.
        assertTrue(text.contains("Age at the incident") && text.contains("6 years"), "the child's age: 7 on the review's day, 6 three days before");
        assertTrue(text.contains("Male"), "the child's sex");
        assertTrue(text.contains("Looked after") && text.contains("Current plan"), "looked after and the protection plan");
        assertTrue(text.contains("Several agencies saw signs that were not shared."), "why a review");
        assertTrue(text.contains("criteria questions") && text.contains("Yes"), "the criteria answers");
        assertTrue(text.contains("Why significant:"), "every column of the chronology");
    }

    private void addContact(ActiveTenant partnership, String agencyId, String username, String slug) {
        ContactForm person = new ContactForm();
        person.setUsername(username);
        person.setDisplayName(username);
        person.setEmail(username + "@" + slug + ".example");
        as(partnership, MANAGER, () -> agencies.addContact(agencyId, person));
    }

    private void complete(Setting s, Caller contact, String requestId, EntryForm event) {
        as(s.partnership(), contact, () -> returns.saveSummary(requestId, agencySummary("Known since birth")));
        as(s.partnership(), contact, () -> returns.putEntry(requestId, event));
        if (as(s.partnership(), contact, () -> returns.task(requestId)).secureRecordsRequested()) {
            // §7.9 (issue 14 §4 item 8): the agency names its representative and says whether it kept a working copy.
            assertEquals("recordsRepresentative", assertThrows(InvalidFieldException.class, () -> as(s.partnership(),
                    contact, () -> returns.confirmRecordsSecured(requestId, " ", true))).field());
            assertEquals("recordsWorkingCopy", assertThrows(InvalidFieldException.class, () -> as(s.partnership(),
                    contact, () -> returns.confirmRecordsSecured(requestId, "Sgt Sam Records", null))).field());
            AgencyTask secured = as(s.partnership(), contact, () -> returns.confirmRecordsSecured(requestId,
                    "Sgt Sam Records", true));
            assertEquals("Sgt Sam Records", secured.recordsRepresentative());
            assertEquals(Boolean.TRUE, secured.recordsWorkingCopy());
            assertEquals(null, secured.recordsReleasedAt(), "held while the review runs");
        }
    }

    private String stageOf(Setting s) {
        return as(s.partnership(), MANAGER, () -> reviewService.stage(s.reviewId())).stage().key();
    }

    /** Reports work to the engine directly, as a capability would, inside a transaction rolled back after. */
    private void engineWork(Setting s, String work) throws Exception {
        tx.begin();
        try {
            engine.reached(s.reviewId(), work, ZonedDateTime.now(CLOCK));
        } finally {
            tx.rollback();
        }
    }

    /** The business manager's task {@code action} on the review, if it waits in their list. */
    private java.util.Optional<WorkItem> businessUnitStep(Setting s, String action) {
        String reference = as(s.partnership(), MANAGER, () -> reviewService.view(s.reviewId())).reference();
        return as(s.partnership(), MANAGER, () -> work.of(MANAGER)).stream()
                .filter(t -> reference.equals(t.reference()) && t.action().equals(action)).findFirst();
    }

    private Setting rapidReview(String slug) {
        ActiveTenant partnership = tenants.provision(slug);
        String reviewId = cases.rapidReviewOf(partnership, MANAGER, cases.submittedReferral(partnership, null, null));
        AgencyView police = agency(partnership, "Police", AgencyKind.POLICE, "Police", "rr.police");
        AgencyView health = agency(partnership, "Health", AgencyKind.HEALTH, "Health (ICB)", "rr.health");
        return new Setting(partnership, reviewId, police, health);
    }

    private AgencyView agency(ActiveTenant partnership, String name, AgencyKind kind, String partner, String contact) {
        return cases.agency(partnership, MANAGER, name, kind, partner, contact);
    }

    private List<RequestLine> send(Setting s, boolean secureRecords) {
        ZonedDateTime inTenDays = ZonedDateTime.now(CLOCK).plusDays(10);
        return send(s, secureRecords, inTenDays.toLocalDate().atTime(10, 0).atZone(UK), s.police(), s.health());
    }

    private List<RequestLine> send(Setting s, boolean secureRecords, ZonedDateTime meeting, AgencyView... asked) {
        SendRequestsForm form = new SendRequestsForm();
        form.setAgencyIds(java.util.Arrays.stream(asked).map(AgencyView::id).toList());
        form.setSecureRecords(secureRecords);
        form.setMeetingDate(meeting.toLocalDate());
        form.setMeetingTime(meeting.toLocalTime().withSecond(0).withNano(0));
        form.setMeetingPlace("Room 2, Northmoor House");
        return as(s.partnership(), MANAGER, () -> requests.send(s.reviewId(), form));
    }

    private static MeetingForm meetingForm(ZonedDateTime start, int minutes) {
        MeetingForm form = new MeetingForm();
        form.setMeetingDate(start.toLocalDate());
        form.setMeetingTime(start.toLocalTime().withSecond(0).withNano(0));
        form.setMeetingMinutes(minutes);
        form.setMeetingPlace("Room 2, Northmoor House");
        return form;
    }

    private static String idOf(List<RequestLine> lines, String agency) {
        return lines.stream().filter(l -> l.agencyName().equals(agency)).findFirst().orElseThrow().id();
    }

    private static String day(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static Caller partner(String username) {
        return new Caller(username, username, Set.of(Role.STATUTORY_PARTNER));
    }

    private static Caller contributor(String username) {
        return new Caller(username, username, Set.of(Role.AGENCY_CONTRIBUTOR));
    }

    /** The text of the second part of a multipart message: its attachment. */
    private static String attachment(MimeMessage message) {
        try {
            jakarta.mail.Multipart parts = (jakarta.mail.Multipart) message.getContent();
            return new String(parts.getBodyPart(1).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

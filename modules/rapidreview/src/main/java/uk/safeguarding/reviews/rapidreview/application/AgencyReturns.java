package uk.safeguarding.reviews.rapidreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import uk.safeguarding.reviews.kernel.Page;
import java.util.Optional;
import uk.safeguarding.reviews.agencies.application.AgencyLookup;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.chronology.domain.ChronologyImport;
import uk.safeguarding.reviews.chronology.domain.ImportProblem;
import uk.safeguarding.reviews.chronology.domain.ImportResult;
import uk.safeguarding.reviews.clocks.application.ClockLine;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.kernel.mail.Outbox;
import uk.safeguarding.reviews.kernel.mail.OutgoingMail;
import uk.safeguarding.reviews.rapidreview.domain.AgencySummary;
import uk.safeguarding.reviews.rapidreview.domain.InformationRequest;
import uk.safeguarding.reviews.rapidreview.domain.InformationRequestRepository;
import uk.safeguarding.reviews.review.application.ReviewLookup;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/**
 * The agency contributor's side of a request (§7.7-7.9): only the named contacts of the agency asked
 * can see or change its return; anyone else, in this partnership or another, finds nothing, and the
 * attempt is audited. The Agency Summary and the chronology are saved as they are typed; submission
 * meets the agency's return clock.
 */
@ApplicationScoped
@Transactional
public class AgencyReturns {

    @Inject
    private InformationRequestRepository requests;

    @Inject
    private AgencyLookup agencies;

    @Inject
    private ReviewLookup reviewRepository;

    @Inject
    private ClockService clocks;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditTrail audit;

    @Inject
    private RoleGate roles;

    @Inject
    private Clock clock;

    /**
     * The requests of every agency the caller answers for, newest first, a page at a time (issue 13
     * §4). A request whose review went to another partnership is answered from there now
     * (CrossBoundaryTasks), so it is not listed here.
     */
    public Page<AgencyTask> myTasks(int pageNumber) {
        Caller caller = roles.require(AuditAction.LIST, InformationRequests.RECORD_TYPE, null, Role.AGENCY_CONTRIBUTOR);
        List<String> agencyIds = List.copyOf(agencies.idsOfContact(caller.username()));
        long total = requests.countOfAgencies(agencyIds);
        int number = Page.within(pageNumber, total, Page.DEFAULT_SIZE);
        List<InformationRequest> listed = requests.ofAgencies(agencyIds, Page.offset(number, Page.DEFAULT_SIZE),
                Page.DEFAULT_SIZE);
        Map<String, List<ClockLine>> clocksOf = clocks.ofSubjects(InformationRequest.CLOCK_SUBJECT_TYPE,
                listed.stream().map(InformationRequest::id).toList());
        List<AgencyTask> tasks = listed.stream().map(request -> AgencyTask.of(request, ClockLine.ofRule(
                clocksOf.getOrDefault(request.id(), List.of()), InformationRequests.AGENCY_RETURN_CLOCK)
                .map(ClockLine::dueBy).orElse(null))).toList();
        audit.allowed(AuditAction.LIST, InformationRequests.RECORD_TYPE, null, "agency tasks page " + number + ": "
                + tasks.size() + " of " + total);
        return new Page<>(tasks, number, Page.DEFAULT_SIZE, total);
    }

    public AgencyTask task(String requestId) {
        InformationRequest request = ownRequest(requestId, AuditAction.VIEW);
        audit.allowed(AuditAction.VIEW, InformationRequests.RECORD_TYPE, request.id(), null);
        return task(request);
    }

    public AgencyTask saveSummary(String requestId, AgencySummary summary) {
        InformationRequest request = ownRequest(requestId, AuditAction.UPDATE);
        request.saveSummary(summary);
        audit.allowed(AuditAction.UPDATE, InformationRequests.RECORD_TYPE, request.id(), "agency summary saved");
        return task(request);
    }

    /** Adds or changes one event; a refused one is reported beside its field and nothing is stored. */
    public AgencyTask putEntry(String requestId, EntryForm form) {
        InformationRequest request = ownRequest(requestId, AuditAction.UPDATE);
        boolean added = form.getId() == null || form.getId().isBlank();
        String entryId = added ? InformationRequest.newId() : form.getId();
        request.putEntry(form.toEntry(entryId, request.agencyId(), request.agencyName()), today());
        audit.allowed(AuditAction.UPDATE, InformationRequests.RECORD_TYPE, request.id(), (added ? "event added: "
                : "event changed: ") + entryId + " dated " + form.getDate());
        return task(request);
    }

    public AgencyTask removeEntry(String requestId, String entryId) {
        InformationRequest request = ownRequest(requestId, AuditAction.UPDATE);
        request.removeEntry(entryId);
        audit.allowed(AuditAction.DELETE, InformationRequests.RECORD_TYPE, request.id(), "event removed: " + entryId);
        return task(request);
    }

    /**
     * Imports a CSV or XLSX chronology in the documented layout: every event is added, or, if any row
     * is wrong, none is and every problem is reported by line and column.
     */
    public ImportOutcome importChronology(String requestId, String fileName, byte[] content) {
        InformationRequest request = ownRequest(requestId, AuditAction.UPDATE);
        ImportResult result = ChronologyImport.read(fileName, content, request.agencyId(), request.agencyName(),
                request.limitsOn(today()), InformationRequest::newId);
        if (!result.accepted()) {
            audit.allowed(AuditAction.UPDATE, InformationRequests.RECORD_TYPE, request.id(), "chronology import of "
                    + fileName + " refused with " + result.problems().size() + " problems; nothing added");
            return new ImportOutcome(0, result.problems().stream().map(ImportProblem::describe).toList());
        }
        request.addImported(result.entries());
        audit.allowed(AuditAction.UPDATE, InformationRequests.RECORD_TYPE, request.id(), "chronology imported from "
                + fileName + ": " + result.entries().size() + " events");
        return new ImportOutcome(result.entries().size(), List.of());
    }

    /** §7.9: the agency confirms its records are secured, naming its representative for them. */
    public AgencyTask confirmRecordsSecured(String requestId, String representative, Boolean workingCopy) {
        Caller caller = TenantContext.caller();
        InformationRequest request = ownRequest(requestId, AuditAction.UPDATE);
        request.confirmRecordsSecured(representative, workingCopy, caller.username(), now().toOffsetDateTime());
        audit.allowed(AuditAction.UPDATE, InformationRequests.RECORD_TYPE, request.id(), "records secured (\u00a77.9);"
                + " nominated representative " + request.recordsRepresentative() + "; working copy "
                + (request.recordsWorkingCopy() ? "made" : "not made"));
        return task(request);
    }

    /** Submits the return to the business unit, meeting the agency's clock; twice is refused, saying when. */
    public AgencyTask submit(String requestId) {
        Caller caller = TenantContext.caller();
        InformationRequest request = ownRequest(requestId, AuditAction.UPDATE);
        ZonedDateTime now = now();
        request.submit(caller.username(), now.toOffsetDateTime());
        clocks.meet(request.clockSubject(), InformationRequests.AGENCY_RETURN_CLOCK, now);
        String mailbox = clocks.businessUnit().email();
        if (mailbox != null) {
            outbox.write(new OutgoingMail(mailbox, "Return submitted: " + request.agencyName() + " for "
                    + request.reviewReference(), request.agencyName() + " submitted its Agency Summary and chronology"
                            + " for " + request.reviewReference() + ". The composite chronology now includes it.\n"));
        }
        audit.allowed(AuditAction.UPDATE, InformationRequests.RECORD_TYPE, request.id(), "return submitted with "
                + request.chronology().size() + " events");
        return task(request);
    }


    /**
     * The request, if the caller is a named contact of the agency it was sent to. Anything else is
     * not found, and audited as such, whether it exists or not.
     */
    private InformationRequest ownRequest(String requestId, AuditAction action) {
        Caller caller = roles.require(action, InformationRequests.RECORD_TYPE, requestId, Role.AGENCY_CONTRIBUTOR);
        Optional<InformationRequest> request = requests.find(requestId == null ? "" : requestId.strip());
        // A cross-boundary request (§10.2) names its contacts; a local one is its agency's contacts' now.
        boolean contact = request.map(r -> r.isAcrossBoundary() ? r.isHomeContact(caller.username())
                : agencies.find(r.agencyId()).map(agency -> agency.hasContact(caller.username())).orElse(false))
                .orElse(false);
        if (!contact) {
            throw audit.notFound(action, InformationRequests.RECORD_TYPE, requestId);
        }
        if (action != AuditAction.VIEW) {
            // The review went to another partnership (§10.2): the return is answered there now.
            reviewRepository.find(request.get().reviewId()).ifPresent(ReviewSummary::requireOpen);
        }
        return request.get();
    }

    private AgencyTask task(InformationRequest request) {
        return AgencyTask.of(request, InformationRequests.returnClock(clocks, request).map(ClockLine::dueBy)
                .orElse(null));
    }

    private LocalDate today() {
        return now().toLocalDate();
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock).withZoneSameInstant(DeadlineCalculator.UK);
    }
}

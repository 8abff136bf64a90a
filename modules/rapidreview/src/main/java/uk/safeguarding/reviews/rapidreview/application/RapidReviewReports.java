package uk.safeguarding.reviews.rapidreview.application;

import uk.safeguarding.reviews.kernel.ExportedFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.safeguarding.reviews.agencies.application.AgencyLookup;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.chronology.domain.ChronologyFilter;
import uk.safeguarding.reviews.chronology.domain.CompositeItem;
import uk.safeguarding.reviews.chronology.domain.SignificanceReason;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.documents.DocumentModel;
import uk.safeguarding.reviews.documents.DocxWriter;
import uk.safeguarding.reviews.documents.PdfWriter;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Texts;
import uk.safeguarding.reviews.rapidreview.domain.AgencySummary;
import uk.safeguarding.reviews.rapidreview.domain.Attendee;
import uk.safeguarding.reviews.rapidreview.domain.CaseDiscussionNotes;
import uk.safeguarding.reviews.rapidreview.domain.Endorsement;
import uk.safeguarding.reviews.rapidreview.domain.Escalation;
import uk.safeguarding.reviews.rapidreview.domain.InformationRequest;
import uk.safeguarding.reviews.rapidreview.domain.InformationRequestRepository;
import uk.safeguarding.reviews.rapidreview.domain.PendingInformation;
import uk.safeguarding.reviews.rapidreview.domain.Quorum;
import uk.safeguarding.reviews.rapidreview.domain.RapidReviewMeeting;
import uk.safeguarding.reviews.rapidreview.domain.RapidReviewMeetingRepository;
import uk.safeguarding.reviews.rapidreview.domain.RequestStatus;
import uk.safeguarding.reviews.rapidreview.domain.SafetyAction;
import uk.safeguarding.reviews.referral.application.ReferralFacts;
import uk.safeguarding.reviews.referral.application.ReferralService;
import uk.safeguarding.reviews.review.application.ReviewLookup;
import uk.safeguarding.reviews.review.application.ReviewService;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.review.domain.ReviewAct;
import uk.safeguarding.reviews.review.application.ReviewAccess;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/**
 * The Rapid Review Meeting Report (Document 12, §7.12-7.13), generated from what was recorded, as
 * DOCX and PDF with the partnership's name and logo on the cover: ready for the National Panel
 * without editing. The children are named by initials, the chronology is the anonymised composite.
 */
@ApplicationScoped
@Transactional
public class RapidReviewReports {

    static final String PAPERS_RECORD_TYPE = "rapid-review-papers";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    @Inject
    private ReviewService reviews;

    @Inject
    private ReferralService referrals;

    @Inject
    private ReviewLookup lookup;

    @Inject
    private InformationRequestRepository requests;

    @Inject
    private RapidReviewMeetings meetings;

    @Inject
    private CompositeChronologies composites;

    @Inject
    private DocumentBrandingStore branding;

    @Inject
    private RapidReviewMeetingRepository meetingRepository;

    @Inject
    private AgencyLookup agencies;

    @Inject
    private AuditTrail audit;

    @Inject
    private ReviewAccess access;

    public ExportedFile report(String reviewId, String format) {
        access.requireOn(reviewId, ReviewAct.SEE, AuditAction.VIEW, RapidReviewMeetings.RECORD_TYPE, reviewId);
        ReviewSummary review = reviews.view(reviewId);
        RapidReviewMeeting meeting = meetings.meeting(review, AuditAction.VIEW);
        DocumentModel document = document(review, meeting);
        String base = "rapid-review-report-" + review.reference();
        ExportedFile file = switch (format == null ? "" : format) {
            case "docx" -> new ExportedFile(base + ".docx", ExportedFile.DOCX, DocxWriter.write(document));
            case "pdf" -> new ExportedFile(base + ".pdf", ExportedFile.PDF, PdfWriter.write(document));
            default -> throw new IllegalArgumentException("Choose DOCX or PDF");
        };
        audit.allowed(AuditAction.VIEW, RapidReviewMeetings.RECORD_TYPE, review.id(), "report generated: "
                + file.fileName());
        return file;
    }

    /**
     * The papers pack (§7.11): the referral as submitted, the agencies' summaries and the
     * composite chronology, as one PDF. For the review's people at any time, and, once published,
     * for the named contacts of the agencies asked (they are the meeting's invitees). Anyone else
     * finds nothing, and the attempt is audited.
     */
    public ExportedFile papers(String reviewId) {
        Caller caller = access.requireOn(reviewId, ReviewAct.READ_PAPERS, AuditAction.VIEW, PAPERS_RECORD_TYPE,
                reviewId);
        String id = reviewId == null ? "" : reviewId.strip();
        List<InformationRequest> asked = requests.ofReview(id);
        Optional<RapidReviewMeeting> meeting = meetingRepository.ofReview(id);
        boolean reviewPeople = ReviewAct.SEE.allows(caller.roles());
        boolean invitedAgency = meeting.map(RapidReviewMeeting::papersPublishedAt).isPresent()
                && asked.stream().anyMatch(r -> agencies.find(r.agencyId())
                        .map(a -> a.hasContact(caller.username())).orElse(false));
        if (asked.isEmpty() || meeting.isEmpty() || !(reviewPeople || invitedAgency)) {
            throw audit.notFound(AuditAction.VIEW, PAPERS_RECORD_TYPE, reviewId);
        }
        if (reviewPeople) {
            reviews.view(id);
        }
        String reference = asked.get(0).reviewReference();
        DocumentModel.Builder doc = DocumentModel.builder("Papers for the Rapid Review meeting")
                .organisation(TenantContext.tenant().displayName())
                .subtitle("Referral, agency summaries and composite chronology (§7.11)")
                .coverLine("Review", reference)
                .coverLine("Meeting", at(meeting.get().startsAt()) + ", " + meeting.get().place());
        branding.logo().ifPresent(doc::logo);
        // §7.11: the papers open with the referral form as it was submitted, the children named, for the
        // people at the meeting; the report to the National Panel (Document 12) names children by role only.
        ReferralFacts facts = referrals.factsForReview(lookup.find(id).orElseThrow(() ->
                audit.notFound(AuditAction.VIEW, PAPERS_RECORD_TYPE, reviewId)).referralId());
        doc.heading(1, "1. The referral, as submitted")
                .field("Referral", facts.reference())
                .field("Referred by", known(facts.referrerName())
                        + (Texts.isBlank(facts.referrerAgency()) ? "" : ", " + facts.referrerAgency().strip()))
                .field("Date of the incident", day(facts.incidentDate()))
                .field("Local authority aware on", day(facts.localAuthorityAwareOn()))
                .field("Harm", harm(facts))
                .heading(2, "What happened")
                .paragraph(facts.whatHappened());
        for (ReferralFacts.Person adult : facts.adults()) {
            doc.heading(2, known(adult.role()))
                    .field("Name", known(adult.name()))
                    .field("Date of birth", adult.dateOfBirth() == null ? "Not known" : day(adult.dateOfBirth()));
        }
        childrenAndCriteria(doc, facts, true);
        doc.heading(1, "2. Agency summaries");
        summaries(doc, asked);
        doc.heading(1, "3. Composite chronology");
        doc.table(CHRONOLOGY_COLUMNS,
                chronologyRows(composites.build(id, reference, null, ChronologyFilter.none(), false).items()));
        audit.allowed(AuditAction.VIEW, PAPERS_RECORD_TYPE, id, "papers of " + reference + " downloaded");
        return new ExportedFile("papers-" + reference + ".pdf", ExportedFile.PDF, PdfWriter.write(doc.build()));
    }

    /**
     * What the referral said about each child, why the referrer asked for a review and the answers to
     * the criteria questions: in Document 12 by role only, in the papers with each child's name and
     * date of birth ({@code named}).
     */
    private static void childrenAndCriteria(DocumentModel.Builder doc, ReferralFacts facts, boolean named) {
        for (ReferralFacts.ChildProfile child : facts.childProfiles()) {
            Integer age = child.ageOn(facts.incidentDate());
            Optional<ReferralFacts.Person> person = facts.children().stream()
                    .filter(p -> p.role().equals(child.role())).findFirst();
            doc.heading(2, child.role());
            if (named) {
                doc.field("Name", known(person.map(ReferralFacts.Person::name).orElse(null)))
                        .field("Date of birth", child.dateOfBirth() == null ? "Not known" : day(child.dateOfBirth()));
            }
            doc.field("Age at the incident", age == null ? "Not known" : age + (age == 1 ? " year" : " years"))
                    .field("Sex", known(child.sex()))
                    .field("Ethnicity", known(child.ethnicity()))
                    .field("Looked after", child.lookedAfter() == null ? "Not known" : child.lookedAfter() ? "Yes" : "No")
                    .field("Child protection plan", known(child.childProtectionPlan()))
                    .field("Care leaver", child.careLeaver() ? "Yes" : "No");
        }
        doc.heading(2, "Why the referrer asked for a review").paragraph(known(facts.whyReview()));
        doc.heading(2, "The referral's answers to the criteria questions");
        doc.table(List.of("For", "Question", "Answer"), facts.criteria().stream()
                .map(c -> List.of(kindLabel(c.kind()), known(c.question()), c.answer() == null ? "Not answered" : c.answer()))
                .toList());
    }

    private static String harm(ReferralFacts facts) {
        return facts.harm() == null ? null : facts.harm().replace('_', ' ').toLowerCase(Locale.UK);
    }

    private static String known(String text) {
        return text == null || text.isBlank() ? "Not known" : text.strip();
    }

    /** A criteria question's kind of review as it reads ("rapid-review" or "RAPID_REVIEW": "Rapid review"). */
    private static String kindLabel(String kind) {
        if (kind == null || kind.isBlank()) {
            return "";
        }
        String words = kind.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static void summaries(DocumentModel.Builder doc, List<InformationRequest> asked) {
        for (InformationRequest request : asked) {
            if (request.status() != RequestStatus.SUBMITTED) {
                doc.heading(2, request.agencyName()).paragraph("Not yet submitted.");
                continue;
            }
            doc.heading(2, request.agencyName() + ": agency summary");
            AgencySummary summary = request.summary();
            AgencySummary.questions().forEach((field, question) -> doc.field(question, summary.answers().get(field)));
        }
    }

    /**
     * Issue 15: every column of the chronology (Document 9) reaches the papers and Document 12. Four
     * columns keep a portrait page readable: the details are one labelled line each.
     */
    private static final List<String> CHRONOLOGY_COLUMNS = List.of("Date", "Agency", "What happened", "Details");

    private static List<List<String>> chronologyRows(List<CompositeItem> items) {
        List<List<String>> rows = new ArrayList<>();
        for (CompositeItem item : items) {
            var e = item.entry();
            List<String> date = new ArrayList<>();
            date.add(day(e.date()) + (e.time() == null ? "" : " " + e.time()));
            date.addAll(CompositeChronologies.flags(item));
            List<String> details = new ArrayList<>();
            labelled(details, "Who was involved", e.whoWasInvolved());
            labelled(details, "Risk presented", e.riskPresented());
            labelled(details, "Agency response", e.agencyResponse());
            labelled(details, "Impact on the child", e.impactOnChild());
            labelled(details, "Multi-agency considerations", e.multiAgencyConsiderations());
            labelled(details, "Learning", e.learning());
            labelled(details, "Why significant", e.significance().stream().map(SignificanceReason::label)
                    .collect(Collectors.joining("; ")));
            rows.add(List.of(String.join("\n", date), e.agencyName(), e.whatHappened(), String.join("\n", details)));
        }
        return rows;
    }

    private static void labelled(List<String> lines, String label, String text) {
        if (text != null && !text.isBlank()) {
            lines.add(label + ": " + text.strip());
        }
    }

    private DocumentModel document(ReviewSummary review, RapidReviewMeeting meeting) {
        ReferralFacts facts = referrals.factsForReview(review.referralId());
        List<String> partners = meetings.partners(review);
        List<InformationRequest> asked = requests.ofReview(review.id());
        String initials = String.join(", ", facts.childInitials());
        String meetingDate = at(meeting.startsAt());
        String recommendation = meeting.recommendation() == null ? "Not yet recorded"
                : meeting.finalRecommendation().label();
        DocumentModel.Builder doc = DocumentModel.builder("Rapid Review Meeting Report")
                .organisation(TenantContext.tenant().displayName())
                .subtitle("To the Child Safeguarding Practice Review Panel (Document 12, \u00a77.13)")
                .author(TenantContext.tenant().displayName())
                .coverLine("Review", review.reference())
                .coverLine("Referral", review.referralReference())
                .coverLine("Child", initials)
                .coverLine("Meeting date", meetingDate)
                .coverLine("Recommendation", recommendation);
        branding.logo().ifPresent(doc::logo);

        doc.heading(1, "1. The child and the incident")
                .field("Child's initials", initials)
                .field("Date of the incident", day(facts.incidentDate()))
                .field("Local authority aware on", day(facts.localAuthorityAwareOn()))
                .field("National Panel notified on (\u00a74.2 table)", review.nationalPanelNotifiedOn() == null
                        ? "Not recorded" : day(review.nationalPanelNotifiedOn()))
                .field("Chair of the review (\u00a77.6)", review.chair() == null ? "Not assigned" : review.chair())
                .field("Harm", harm(facts))
                .field("Review opened", at(review.openedAt()))
                .heading(2, "What happened")
                .paragraph(facts.whatHappened());
        // Issue 15: what the referral said about each child, named by role only, as the Panel will ask.
        childrenAndCriteria(doc, facts, false);

        doc.heading(1, "2. Agencies involved");
        List<List<String>> agencyRows = new ArrayList<>();
        for (InformationRequest request : asked) {
            agencyRows.add(List.of(request.agencyName(), at(request.sentAt()),
                    request.status() == RequestStatus.SUBMITTED ? at(request.submittedAt()) : "Not submitted",
                    String.valueOf(request.chronology().size())));
        }
        doc.table(List.of("Agency", "Asked on", "Return submitted", "Events"), agencyRows);
        summaries(doc, asked);

        doc.heading(1, "3. Composite chronology (names replaced by roles)");
        doc.table(CHRONOLOGY_COLUMNS,
                chronologyRows(composites.build(review, ChronologyFilter.none(), true).items()));

        Quorum.Result quorum = meeting.quorum(partners);
        doc.heading(1, "4. The Rapid Review meeting")
                .field("Date", meetingDate)
                .field("Where", meeting.place())
                .field("Papers published", meeting.papersPublishedAt() == null ? "At the meeting"
                        : at(meeting.papersPublishedAt()) + (meeting.papersLateOn(meeting.papersPublishedAt(),
                                meetings.papersDueBy(meeting))
                                ? " (after their due time, " + meetings.papersPeriod() + " before)" : ""))
                .field("Quorum (\u00a77.12)", quorum.quorate() ? "Quorate: " + String.join(", ", partners) + " present"
                        : "Not quorate: no representative of " + String.join(", ", quorum.missingPartners()));
        List<List<String>> attendance = new ArrayList<>();
        for (Attendee a : meeting.attendees()) {
            attendance.add(List.of(a.name(), a.role(), a.agencyName() == null ? "" : a.agencyName(),
                    a.statutoryPartner() == null ? "" : a.statutoryPartner()));
        }
        doc.table(List.of("Name", "Role", "Agency", "Statutory partner"), attendance);

        doc.heading(1, "5. Case discussion (Case Discussion Tool, Document 11)");
        CaseDiscussionNotes notes = meeting.notes();
        CaseDiscussionNotes.headings().forEach((field, heading) -> doc.heading(2, heading)
                .paragraph(notes.answers().get(field)));
        doc.heading(2, "Consideration of racism, inequality and disability").paragraph(meeting.equalityConsideration());

        doc.heading(1, "6. Immediate actions to safeguard children");
        List<List<String>> actions = new ArrayList<>();
        for (SafetyAction a : meeting.safetyActions()) {
            actions.add(List.of(a.description(), a.owner(), day(a.dueOn()),
                    a.doneAt() == null ? "Open" : "Done " + at(a.doneAt())));
        }
        doc.table(List.of("Action", "Owner", "Due", "Progress"), actions);
        doc.heading(2, "Information pending (\u00a77.12)");
        List<List<String>> pending = new ArrayList<>();
        for (PendingInformation p : meeting.pending()) {
            pending.add(List.of(p.kind().label(), p.description(), day(p.expectedBy())));
        }
        doc.table(List.of("Kind", "What", "Expected"), pending);

        doc.heading(1, "7. Recommendation")
                .field("Recommendation", recommendation)
                .field("A National Review may be appropriate", meeting.recommendation() == null ? null
                        : meeting.nationalReviewSuggested() ? "Yes: the case may raise complex issues or issues of"
                                + " national importance" : "No")
                .heading(2, "Rationale")
                .paragraph(meeting.rationale());
        doc.heading(2, "Endorsement by the Independent Adviser and the safeguarding partners");
        List<List<String>> endorsements = new ArrayList<>();
        for (Endorsement e : meeting.endorsements()) {
            endorsements.add(List.of(e.endorsesFor(), e.displayName(), e.agrees() ? "Endorses" : "Disagrees",
                    e.comment() == null ? "" : e.comment(), at(e.at())));
        }
        doc.table(List.of("For", "By", "View", "Comment", "When"), endorsements);
        if (!meeting.escalations().isEmpty()) {
            doc.heading(2, "Escalation (\u00a77.12)");
            List<List<String>> steps = new ArrayList<>();
            for (Escalation e : meeting.escalations()) {
                steps.add(List.of(e.level().label(), at(e.escalatedAt()),
                        e.decision() == null ? "Awaiting decision" : e.decision().label(),
                        e.rationale() == null ? "" : e.rationale()));
            }
            doc.table(List.of("Escalated to", "When", "Decision", "Reason"), steps);
        }
        doc.paragraph("Agencies involved: " + asked.stream().map(InformationRequest::agencyName)
                .collect(Collectors.joining(", ")) + ".");
        return doc.build();
    }

    private static String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }

    private static String at(OffsetDateTime at) {
        return at == null ? null : DAY_AND_TIME.format(at.atZoneSameInstant(DeadlineCalculator.UK));
    }
}

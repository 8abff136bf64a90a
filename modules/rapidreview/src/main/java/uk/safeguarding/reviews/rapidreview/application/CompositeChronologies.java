package uk.safeguarding.reviews.rapidreview.application;

import uk.safeguarding.reviews.kernel.ExportedFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.chronology.domain.Anonymiser;
import uk.safeguarding.reviews.chronology.domain.ChronologyCsv;
import uk.safeguarding.reviews.chronology.domain.ChronologyEntry;
import uk.safeguarding.reviews.chronology.domain.ChronologyFilter;
import uk.safeguarding.reviews.chronology.domain.CompositeChronology;
import uk.safeguarding.reviews.chronology.domain.CompositeItem;
import uk.safeguarding.reviews.chronology.domain.SignificanceReason;
import uk.safeguarding.reviews.documents.DocumentModel;
import uk.safeguarding.reviews.documents.DocxWriter;
import uk.safeguarding.reviews.documents.PdfWriter;
import uk.safeguarding.reviews.rapidreview.domain.InformationRequest;
import uk.safeguarding.reviews.rapidreview.domain.InformationRequestRepository;
import uk.safeguarding.reviews.rapidreview.domain.RequestStatus;
import uk.safeguarding.reviews.referral.application.ReferralFacts;
import uk.safeguarding.reviews.referral.application.ReferralService;
import uk.safeguarding.reviews.review.application.ReviewService;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.review.domain.ReviewAct;
import uk.safeguarding.reviews.review.application.ReviewAccess;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/**
 * The composite chronology the business unit used to paste together by hand (§7.8, §7.11): every
 * submitted return's events merged in date order, possible duplicates flagged and never merged, an
 * anonymised version for wider circulation, and its exports. Only submitted returns are in it.
 */
@ApplicationScoped
@Transactional
public class CompositeChronologies {

    static final String RECORD_TYPE = "composite-chronology";
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    @Inject
    private InformationRequestRepository requests;

    @Inject
    private ReviewService reviews;

    @Inject
    private ReferralService referrals;

    @Inject
    private AuditTrail audit;

    @Inject
    private ReviewAccess access;

    @Inject
    private Clock clock;

    public CompositeView view(String reviewId, ChronologyFilter filter, boolean anonymised) {
        access.requireOn(reviewId, ReviewAct.SEE, AuditAction.VIEW, RECORD_TYPE, reviewId);
        ReviewSummary review = reviews.view(reviewId);
        CompositeView view = build(review, filter, anonymised);
        audit.allowed(AuditAction.VIEW, RECORD_TYPE, review.id(), (anonymised ? "anonymised " : "")
                + "composite chronology of " + review.reference() + ", " + view.items().size() + " events shown");
        return view;
    }

    /** The composite as CSV, DOCX or PDF; every export is audited with what it contained. */
    public ExportedFile export(String reviewId, String format, ChronologyFilter filter, boolean anonymised) {
        access.requireOn(reviewId, ReviewAct.SEE, AuditAction.VIEW, RECORD_TYPE, reviewId);
        ReviewSummary review = reviews.view(reviewId);
        CompositeView view = build(review, filter, anonymised);
        String base = "composite-chronology-" + review.reference() + (anonymised ? "-anonymised" : "");
        ExportedFile file = switch (format == null ? "" : format) {
            case "csv" -> new ExportedFile(base + ".csv", ExportedFile.CSV, ChronologyCsv.write(view.items()));
            case "docx" -> new ExportedFile(base + ".docx", ExportedFile.DOCX, DocxWriter.write(document(review, view)));
            case "pdf" -> new ExportedFile(base + ".pdf", ExportedFile.PDF, PdfWriter.write(document(review, view)));
            default -> throw new IllegalArgumentException("Choose CSV, DOCX or PDF");
        };
        audit.allowed(AuditAction.VIEW, RECORD_TYPE, review.id(), "exported as " + file.fileName() + " with "
                + view.items().size() + " events");
        return file;
    }

    /** The merged events of the review's submitted returns, for the meeting's papers and the report. */
    CompositeView build(ReviewSummary review, ChronologyFilter filter, boolean anonymised) {
        return build(review.id(), review.reference(), review.referralId(), filter, anonymised);
    }

    CompositeView build(String reviewId, String reference, String referralId, ChronologyFilter filter,
            boolean anonymised) {
        List<InformationRequest> all = requests.ofReview(reviewId);
        List<CompositeView.Source> sources = new ArrayList<>();
        List<ChronologyEntry> entries = new ArrayList<>();
        List<String> awaited = new ArrayList<>();
        for (InformationRequest request : all) {
            if (request.status() == RequestStatus.SUBMITTED) {
                List<ChronologyEntry> chronology = request.chronology();
                sources.add(new CompositeView.Source(request.agencyId(), request.agencyName(), request.id(),
                        chronology.size()));
                entries.addAll(chronology);
            } else {
                awaited.add(request.agencyName());
            }
        }
        if (anonymised) {
            Anonymiser anonymiser = new Anonymiser(rolesByName(referrals.factsForReview(referralId)));
            entries = entries.stream().map(anonymiser::anonymise).toList();
        }
        // Every request of a review names the same child; the earliest date of birth any names is the one.
        LocalDate bornOn = all.stream().map(InformationRequest::childDateOfBirth).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        List<CompositeItem> merged = CompositeChronology.merge(entries, bornOn);
        List<CompositeItem> shown = (filter == null ? ChronologyFilter.none() : filter).apply(merged);
        int duplicates = (int) shown.stream().filter(i -> !i.possibleDuplicateOf().isEmpty()).count();
        return new CompositeView(reviewId, reference, shown, sources, awaited, anonymised, duplicates);
    }

    /** Children become "Child" (or "Child 2"), adults their relationship to the child. */
    static Map<String, String> rolesByName(ReferralFacts facts) {
        Map<String, String> roles = new LinkedHashMap<>();
        facts.children().stream().filter(p -> p.name() != null && !p.name().isBlank())
                .forEach(p -> roles.put(p.name().strip(), p.role()));
        facts.adults().stream().filter(p -> p.name() != null && !p.name().isBlank())
                .forEach(p -> roles.put(p.name().strip(), p.role()));
        return roles;
    }

    private DocumentModel document(ReviewSummary review, CompositeView view) {
        List<List<String>> rows = new ArrayList<>();
        for (CompositeItem item : view.items()) {
            ChronologyEntry e = item.entry();
            rows.add(List.of(UK_DATE.format(e.date()) + (e.time() == null ? "" : " " + e.time()), e.agencyName(),
                    e.whatHappened(), text(e.riskPresented()), text(e.agencyResponse()), text(e.impactOnChild()),
                    text(e.multiAgencyConsiderations()), text(e.learning()), e.significance().stream()
                            .map(SignificanceReason::label).collect(Collectors.joining("; ")),
                    String.join("; ", flags(item))));
        }
        Set<String> agencies = new HashSet<>();
        view.sources().forEach(s -> agencies.add(s.agencyName()));
        return DocumentModel.builder("Composite chronology")
                .organisation(TenantContext.tenant().displayName())
                .subtitle("Significant Practice Events (Document 9, \u00a77.8) of all agencies, in date order")
                .coverLine("Review", review.reference())
                .coverLine("Produced", UK_DATE.format(LocalDate.now(clock)))
                .coverLine("Agencies", String.join(", ", agencies.stream().sorted().toList()))
                .coverLine("Version", view.anonymised() ? "Anonymised: names replaced by roles" : "Named: restricted circulation")
                .landscape(true)
                .heading(1, "Events")
                .paragraph(view.possibleDuplicates() == 0 ? "No possible duplicates were flagged."
                        : view.possibleDuplicates() + " events are flagged as possible duplicates of an event another"
                                + " agency recorded on the same day. They are shown separately, never merged.")
                .table(List.of("Date", "Agency", "What happened", "Risk presented", "Agency response",
                        "Impact on the child", "Multi-agency", "Learning", "Why significant", "Flag"), rows)
                .build();
    }

    /** What an event is marked with wherever the composite is written out: before birth, possible duplicate. */
    static List<String> flags(CompositeItem item) {
        List<String> flags = new ArrayList<>();
        if (item.beforeBirth()) {
            flags.add("Before birth");
        }
        if (item.isPossibleDuplicate()) {
            flags.add("Possible duplicate");
        }
        return flags;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}

package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.documents.DocumentModel;
import uk.safeguarding.reviews.documents.DocxWriter;
import uk.safeguarding.reviews.documents.PdfWriter;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.practicereview.domain.FamilyLetterTemplate;
import uk.safeguarding.reviews.practicereview.domain.FamilyMember;
import uk.safeguarding.reviews.practicereview.domain.LeadReviewerAppointment;
import uk.safeguarding.reviews.practicereview.domain.PracticeReviewRepository;
import uk.safeguarding.reviews.rapidreview.application.DocumentBrandingStore;
import uk.safeguarding.reviews.kernel.ExportedFile;
import uk.safeguarding.reviews.review.application.ReviewAccess;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.review.domain.ReviewAct;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/**
 * §6, Document 3: the letter inviting a family member to contribute to a review, in the partnership's
 * wording (the product's until it writes its own) with each member's details filled in, as Word or
 * PDF on the partnership's letterhead. The business manager keeps the wording; whoever records the
 * family's involvement on a review makes its letters.
 */
@ApplicationScoped
@Transactional
public class FamilyLetters {

    static final String RECORD_TYPE = "family-letter";

    @Inject
    private ReviewAccess access;

    @Inject
    private ReviewWork work;

    @Inject
    private PracticeReviewRepository practiceReviews;

    @Inject
    private DocumentBrandingStore branding;

    @Inject
    private ClockService clocks;

    @Inject
    private RoleGate roles;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The wording in use, with the fields it may use, for the business manager. */
    public FamilyLetterView wording() {
        roles.read(AuditAction.VIEW, RECORD_TYPE, null, "the family letter's wording", Role.BUSINESS_MANAGER);
        return view(current());
    }

    /** The partnership's own wording: refused beside the box that is blank or names a field the product cannot fill. */
    public FamilyLetterView rewrite(String subject, String body) {
        Caller caller = roles.require(AuditAction.UPDATE, RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<FamilyLetterTemplate> own = practiceReviews.familyLetterTemplate();
        FamilyLetterTemplate template;
        if (own.isPresent()) {
            template = own.get();
            template.rewrite(subject, body, caller.username(), now);
        } else {
            template = FamilyLetterTemplate.write(subject, body, caller.username(), now);
            practiceReviews.add(template);
        }
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, null, "family invitation letter reworded");
        return view(template);
    }

    /** The invitation letter for one family member of the review; not found for a member of another review. */
    public ExportedFile letter(String reviewId, String memberId, boolean pdf) {
        access.requireOn(reviewId, ReviewAct.INVOLVE_FAMILY, AuditAction.VIEW, RECORD_TYPE, reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.VIEW, RECORD_TYPE);
        FamilyMember member = practiceReviews.familyMember(review.id(), memberId)
                .orElseThrow(() -> audit.notFound(AuditAction.VIEW, RECORD_TYPE, memberId));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("partnership", TenantContext.tenant().displayName());
        values.put("familyMember", member.name());
        values.put("relationship", member.relationship());
        values.put("facilitator", member.facilitator() == null ? "The business unit" : member.facilitator());
        values.put("leadReviewer", practiceReviews.leadReviewerOf(review.id()).map(LeadReviewerAppointment::personName)
                .orElse("still to be appointed"));
        values.put("businessUnit", Optional.ofNullable(clocks.businessUnit().email()).orElse("the business unit"));
        Map.Entry<String, String> letter = current().merge(values);
        DocumentModel.Builder doc = DocumentModel.builder(letter.getKey())
                .organisation(TenantContext.tenant().displayName())
                .author(TenantContext.tenant().displayName());
        branding.logo().ifPresent(doc::logo);
        for (String paragraph : letter.getValue().split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                doc.paragraph(paragraph.strip());
            }
        }
        String name = "invitation-" + review.reference() + "-" + member.relationship().replaceAll("[^A-Za-z0-9]+", "-")
                .toLowerCase(java.util.Locale.UK) + (pdf ? ".pdf" : ".docx");
        audit.allowed(AuditAction.VIEW, RECORD_TYPE, review.id(), "invitation letter made for the "
                + member.relationship() + " on " + review.reference());
        return pdf ? new ExportedFile(name, ExportedFile.PDF, PdfWriter.write(doc.build()))
                : new ExportedFile(name, ExportedFile.DOCX, DocxWriter.write(doc.build()));
    }

    private FamilyLetterTemplate current() {
        return practiceReviews.familyLetterTemplate().orElseGet(FamilyLetterTemplate::shipped);
    }

    private static FamilyLetterView view(FamilyLetterTemplate template) {
        return new FamilyLetterView(template.subject(), template.body(), FamilyLetterTemplate.FIELDS,
                template.updatedBy(), template.updatedAt());
    }
}

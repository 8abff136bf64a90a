package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.documents.DocumentModel;
import uk.safeguarding.reviews.kernel.PlainDates;
import uk.safeguarding.reviews.practicereview.domain.AccuracyComment;
import uk.safeguarding.reviews.practicereview.domain.FamilyMember;
import uk.safeguarding.reviews.practicereview.domain.PracticeReviewRepository;
import uk.safeguarding.reviews.practicereview.domain.ReportSection;
import uk.safeguarding.reviews.practicereview.domain.ReportVersion;
import uk.safeguarding.reviews.practicereview.domain.SmartRecommendation;
import uk.safeguarding.reviews.rapidreview.application.DocumentBrandingStore;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/**
 * A version of the written report as the partnership's documents (§8.3): the whole report, and its
 * executive summary alone (what the two A4 pages are measured on), in its house style with its logo.
 * Its callers have checked who is asking.
 */
@ApplicationScoped
class ReportDocuments {

    @Inject
    private DocumentBrandingStore branding;

    @Inject
    private PracticeReviewRepository practiceReviews;

    private DocumentModel.Builder cover(ReviewSummary review, ReportVersion version, String title) {
        DocumentModel.Builder doc = DocumentModel.builder(title)
                .organisation(TenantContext.tenant().displayName())
                .subtitle(review.reference())
                .author(TenantContext.tenant().displayName())
                .coverLine("Review", review.reference())
                .coverLine("Version", version.version() + (version.isAgreed() ? ", agreed on "
                        + PlainDates.day(version.agreedOn()) + " by " + version.agreedBy() : ", draft"))
                .coverLine("Saved", PlainDates.day(version.draftedAt().atZoneSameInstant(DeadlineCalculator.UK)
                        .toLocalDate()) + " by " + version.draftedBy());
        branding.logo().ifPresent(doc::logo);
        return doc;
    }

    /**
     * §6 "the decision and reasons print in ... the report's appendix": how each family member was
     * involved, by their relationship to the child and never by name (§8.3: the report is written to
     * be published).
     */
    private static void appendixOnTheFamily(DocumentModel.Builder doc, List<FamilyMember> members) {
        doc.heading(1, "Appendix: how the family was involved (\u00a76)");
        List<List<String>> rows = new ArrayList<>();
        for (FamilyMember member : members) {
            rows.add(List.of(member.relationship() == null ? "Family member" : member.relationship(),
                    switch (member.involvement()) {
                        case INVOLVED -> "Involved";
                        case NOT_INVOLVED -> "Not involved";
                        case UNDECIDED -> "Not yet decided";
                    }, member.reasons() == null ? "" : member.reasons()));
        }
        doc.table(List.of("Relationship to the child", "Involved in the review", "Reasons"), rows);
    }

    /** §8.3: the executive summary alone, as it is measured: its own pages after the cover. */
    DocumentModel summary(ReviewSummary review, ReportVersion version) {
        return cover(review, version, "Executive summary").heading(1, "Executive summary")
                .paragraph(version.executiveSummary()).build();
    }

    /** The whole report: the summary, each section in the policy's order, then the recommendations. */
    DocumentModel report(ReviewSummary review, ReportVersion version) {
        DocumentModel.Builder doc = cover(review, version, "Practice review report");
        doc.heading(1, "Executive summary").paragraph(version.executiveSummary()).pageBreak();
        Map<ReportSection, String> sections = version.sections();
        int number = 0;
        for (ReportSection section : ReportSection.values()) {
            doc.heading(1, ++number + ". " + section.heading()).paragraph(sections.get(section));
        }
        doc.heading(1, ++number + ". Recommendations");
        List<List<String>> rows = new ArrayList<>();
        List<SmartRecommendation> recommendations = version.recommendations();
        for (int i = 0; i < recommendations.size(); i++) {
            SmartRecommendation r = recommendations.get(i);
            rows.add(List.of(String.valueOf(i + 1), r.action(), r.finding(), r.agency(), r.measure(),
                    PlainDates.day(r.dueBy())));
        }
        doc.table(List.of("No.", "What must be done", "The finding it answers", "Responsible", "How we will know",
                "By"), rows);
        appendixOnTheFamily(doc, practiceReviews.familyOf(review.id()));
        return doc.build();
    }

    /**
     * §8.3: every agency's comment on the report's factual accuracy and how the review group dealt
     * with it, in the order made: the record that "the Review Group will consider all comments".
     */
    DocumentModel commentsLog(ReviewSummary review, ReportVersion latest, List<AccuracyComment> comments) {
        DocumentModel.Builder doc = cover(review, latest, "Factual accuracy comments log");
        doc.heading(1, "Comments and how the review group dealt with them");
        List<List<String>> rows = new ArrayList<>();
        for (AccuracyComment c : comments) {
            rows.add(List.of(c.agencyName(), String.valueOf(c.version()), c.anchorLabel(), c.text(),
                    PlainDates.day(c.madeAt().atZoneSameInstant(DeadlineCalculator.UK).toLocalDate()),
                    c.disposal() == null ? "Not yet considered" : (c.disposal() == AccuracyComment.Disposal.ACCEPTED
                            ? "Accepted" : "Not accepted: " + c.disposalReason())));
        }
        doc.table(List.of("Agency", "Version", "Part of the report", "Comment", "Made on", "Review group's decision"),
                rows);
        return doc.build();
    }

    static String fileName(ReviewSummary review, ReportVersion version, WrittenReports.Part part, String extension) {
        String name = switch (part) {
            case REPORT -> "report-";
            case SUMMARY -> "executive-summary-";
            case COMMENTS -> "accuracy-comments-";
        };
        return name + review.reference() + "-v" + version.version() + "." + extension;
    }
}

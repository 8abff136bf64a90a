package uk.safeguarding.reviews.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.safeguarding.reviews.kernel.figures.Figure;
import uk.safeguarding.reviews.kernel.figures.FigureKeys;
import uk.safeguarding.reviews.kernel.figures.FigureRecord;
import uk.safeguarding.reviews.kernel.figures.FigureSource;
import uk.safeguarding.reviews.kernel.figures.Measure;
import uk.safeguarding.reviews.kernel.figures.ReportingYear;
import uk.safeguarding.reviews.referral.domain.PanelOutcome;
import uk.safeguarding.reviews.referral.domain.ReferralKind;
import uk.safeguarding.reviews.referral.domain.ReferralRepository;
import uk.safeguarding.reviews.referral.domain.ReferralRepository.ReceivedReferral;

/**
 * §10.3 a: the referrals the partnership received in the year (from their first submission), by
 * type, by the panel's outcome and by the referrer's agency. A referral handed over to another
 * partnership is counted there, not here (§10.2).
 */
@ApplicationScoped
@Transactional
public class ReferralFigures implements FigureSource {

    @Inject
    private ReferralRepository referrals;

    @Override
    public List<Figure> figures(ReportingYear year) {
        List<ReceivedReferral> received = referrals.receivedBetween(year.start(), year.end());
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.count(Measure.REFERRALS, "a.received", "Referrals received", records(received)));
        for (ReferralKind kind : ReferralKind.values()) {
            figures.add(Figure.count(Measure.REFERRALS, "a.type." + FigureKeys.slug(kind.name()), "Type: " + typeOf(kind),
                    records(received.stream().filter(r -> r.kind() == kind).toList())));
        }
        for (PanelOutcome outcome : PanelOutcome.values()) {
            figures.add(Figure.count(Measure.REFERRALS, "a.outcome." + FigureKeys.slug(outcome.name()),
                    "Outcome: " + outcomeOf(outcome), records(received.stream().filter(r -> r.outcome() == outcome).toList())));
        }
        figures.add(Figure.count(Measure.REFERRALS, "a.outcome.undecided", "Outcome: " + outcomeOf(null),
                records(received.stream().filter(r -> r.outcome() == null).toList())));
        grouped(received, ReferralFigures::referrerAgency).forEach((agency, ofAgency) -> figures.add(Figure.count(
                Measure.REFERRALS, "a.referrer." + FigureKeys.slug(agency), "Referrer's agency: " + agency,
                records(ofAgency))));
        return figures;
    }

    /** Referrals grouped by a key, in the order the keys are first met; keys equal as figure keys are one group. */
    private static Map<String, List<ReceivedReferral>> grouped(List<ReceivedReferral> received,
            Function<ReceivedReferral, String> key) {
        Map<String, String> nameOfSlug = new LinkedHashMap<>();
        Map<String, List<ReceivedReferral>> groups = new LinkedHashMap<>();
        for (ReceivedReferral referral : received) {
            String name = key.apply(referral);
            String first = nameOfSlug.computeIfAbsent(FigureKeys.slug(name), slug -> name);
            groups.computeIfAbsent(first, k -> new ArrayList<>()).add(referral);
        }
        return groups;
    }

    private static String referrerAgency(ReceivedReferral referral) {
        String agency = referral.referrerAgency();
        return agency == null || agency.isBlank() ? "Not recorded" : agency.strip();
    }

    private static List<FigureRecord> records(List<ReceivedReferral> referrals) {
        return referrals.stream().map(r -> new FigureRecord(r.reference(), typeOf(r.kind()) + "; " + outcomeOf(r.outcome()),
                r.receivedAt().atZoneSameInstant(ReportingYear.UK).toLocalDate(), "/app/referrals/view.xhtml?id=" + r.id()))
                .toList();
    }

    static String typeOf(ReferralKind kind) {
        return switch (kind) {
            case PRACTICE_REVIEW -> "a child's death or serious harm (Document 7)";
            case GOOD_OUTCOME -> "a good outcome review proposed (Document 6)";
        };
    }

    static String outcomeOf(PanelOutcome outcome) {
        if (outcome == null) {
            return "not decided yet";
        }
        return switch (outcome) {
            case COMMENCE_RAPID_REVIEW -> "a Rapid Review";
            case LOCAL_CASE_REVIEW -> "a local case review";
            case GOOD_OUTCOME_REVIEW -> "a good outcome review";
            case INDIVIDUAL_AGENCY_REVIEW -> "an individual agency review";
            case INCOMPLETE_RETURN_TO_REFERRER -> "returned to the referrer as incomplete";
            case NO_REVIEW -> "no review";
        };
    }
}

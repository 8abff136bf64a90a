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
import uk.safeguarding.reviews.themes.application.ThemeLine;
import uk.safeguarding.reviews.themes.application.ThemesOfRecords;

/**
 * §10.3 a: the referrals the partnership received in the year (from their first submission), by
 * type, by the panel's outcome, by the referrer's agency and by theme. A referral handed over to another
 * partnership is counted there, not here (§10.2).
 */
@ApplicationScoped
@Transactional
public class ReferralFigures implements FigureSource {

    @Inject
    private ReferralRepository referrals;

    @Inject
    private ThemesOfRecords themes;

    @Inject
    private RepeatIncidence repeats;

    @Override
    public List<Figure> figures(ReportingYear year) {
        List<ReceivedReferral> received = referrals.receivedBetween(year.start(), year.end());
        List<Figure> figures = new ArrayList<>();
        Figure all = Figure.count(Measure.REFERRALS, "a.received", "Referrals received", records(received));
        figures.add(all);
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
        Map<String, List<ThemeLine>> themed = themes.of(ReferralService.RECORD_TYPE,
                received.stream().map(ReceivedReferral::id).toList());
        figures.addAll(byTheme(all, received, themed));
        figures.addAll(repeatIncidence(received, themed));
        return figures;
    }

    /**
     * §10.3 a "by ... theme": each theme that any of the year's referrals carries, as a share of all
     * received (a referral with two themes is in both), in the taxonomy's order, retired themes too;
     * and those not tagged yet.
     */
    private List<Figure> byTheme(Figure all, List<ReceivedReferral> received, Map<String, List<ThemeLine>> themed) {
        List<Figure> figures = new ArrayList<>();
        for (ThemeLine theme : themes.all()) {
            List<ReceivedReferral> under = received.stream().filter(r -> themed.getOrDefault(r.id(), List.of()).stream()
                    .anyMatch(t -> t.code().equals(theme.code()))).toList();
            if (!under.isEmpty()) {
                figures.add(Figure.partOf(all, "a.theme." + theme.code(), "Theme: " + theme.label(), records(under)));
            }
        }
        figures.add(Figure.partOf(all, "a.theme.none", "Theme: none recorded yet",
                records(received.stream().filter(r -> !themed.containsKey(r.id())).toList())));
        return figures;
    }

    /**
     * §10.3 i: the year's referrals that share a theme with a completed review; of those, the ones
     * judged against it; of those, the ones judged to repeat its circumstances (by the newest judgement
     * against any such review).
     */
    private List<Figure> repeatIncidence(List<ReceivedReferral> received, Map<String, List<ThemeLine>> themed) {
        Map<String, List<RepeatIncidence.Candidate>> candidates = repeats.candidatesOf(themed);
        List<ReceivedReferral> sharing = received.stream().filter(r -> candidates.containsKey(r.id())).toList();
        List<ReceivedReferral> judged = sharing.stream().filter(r -> candidates.get(r.id()).stream()
                .anyMatch(c -> c.judgement() != null)).toList();
        List<ReceivedReferral> same = judged.stream().filter(r -> candidates.get(r.id()).stream()
                .anyMatch(c -> c.judgement() != null && c.judgement().sameCircumstances())).toList();
        Figure sharingFigure = Figure.count(Measure.REPEAT_INCIDENCE, "i.sharing",
                "Referrals sharing a theme with a completed review", records(sharing));
        Figure judgedFigure = Figure.partOf(sharingFigure, "i.judged", "Judged against the review", records(judged));
        return List.of(sharingFigure, judgedFigure, Figure.partOf(judgedFigure, "i.same",
                "Judged to repeat the same circumstances", records(same)));
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

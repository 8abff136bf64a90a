package uk.safeguarding.reviews.clocks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.safeguarding.reviews.clocks.domain.ClockRule;
import uk.safeguarding.reviews.clocks.domain.ClockRuleSet;
import uk.safeguarding.reviews.clocks.domain.ClockUnit;
import uk.safeguarding.reviews.clocks.domain.RunningClockRepository;
import uk.safeguarding.reviews.clocks.domain.SettledClock;
import uk.safeguarding.reviews.kernel.PlainDates;
import uk.safeguarding.reviews.kernel.figures.Figure;
import uk.safeguarding.reviews.kernel.figures.FigureRecord;
import uk.safeguarding.reviews.kernel.figures.FigureSource;
import uk.safeguarding.reviews.kernel.figures.Measure;
import uk.safeguarding.reviews.kernel.figures.ReportingYear;

/**
 * §10.3 d, timeliness: for each clock rule, the clocks that fell due in the year (or were met in
 * time in it), how many were met on time, and the median time they took. A paused clock is not yet
 * due (its due date moves on when it resumes); a clock closed because its subject went elsewhere
 * was not missed, so neither is counted.
 */
@ApplicationScoped
@Transactional
public class ClockFigures implements FigureSource {

    /** The clocks §10.3 d names, shown even in a year when none fell due. */
    static final List<String> NAMED_IN_THE_POLICY = List.of("rapid-review", "rapid-review-report",
            "local-case-review", "lead-reviewer-appointed", "cspr-completion");

    @Inject
    private RunningClockRepository clocks;

    @Inject
    private PartnershipTimescales timescales;

    @Override
    public List<Figure> figures(ReportingYear year) {
        List<SettledClock> settled = clocks.settledBetween(year.start(), year.end());
        ClockRuleSet rules = timescales.rulesInForce();
        Set<String> shown = new LinkedHashSet<>();
        rules.rules().stream().map(ClockRule::key)
                .filter(key -> NAMED_IN_THE_POLICY.contains(key) || settled.stream().anyMatch(c -> c.ruleKey().equals(key)))
                .forEach(shown::add);
        settled.forEach(c -> shown.add(c.ruleKey()));
        List<Figure> figures = new ArrayList<>();
        for (String key : shown) {
            List<SettledClock> ofRule = settled.stream().filter(c -> c.ruleKey().equals(key)).toList();
            boolean hours = rules.rules().stream().anyMatch(r -> r.key().equals(key) && r.unit().countsHours());
            Figure due = new Figure(Measure.TIMELINESS, "d." + key + ".due", "Due", records(ofRule), null,
                    median(ofRule, hours), key);
            figures.add(due);
            figures.add(Figure.partOf(due, "d." + key + ".on-time", "Met on time",
                    records(ofRule.stream().filter(SettledClock::metOnTime).toList())));
        }
        return figures;
    }

    /** The median time from start to met of the clocks met (on time or late), in hours or calendar days. */
    static String median(List<SettledClock> clocks, boolean inHours) {
        List<Long> taken = clocks.stream().filter(c -> c.metAt() != null)
                .map(c -> Duration.between(c.startedAt(), c.metAt()))
                .map(d -> inHours ? d.toHours() : d.toDays()).sorted().toList();
        if (taken.isEmpty()) {
            return null;
        }
        int middle = taken.size() / 2;
        double median = taken.size() % 2 == 1 ? taken.get(middle) : (taken.get(middle - 1) + taken.get(middle)) / 2.0;
        String amount = median == Math.rint(median) ? String.valueOf((long) median) : String.valueOf(median);
        return "median " + amount + (inHours ? (median == 1 ? " hour" : " hours") : (median == 1 ? " day" : " days"))
                + " from start to met, of " + taken.size() + " met";
    }

    private static List<FigureRecord> records(List<SettledClock> clocks) {
        return clocks.stream().map(c -> new FigureRecord(c.subjectLabel(), "due " + day(c.dueBy())
                + (c.metAt() == null ? "; not met" : "; met " + day(c.metAt()) + (c.metOnTime() ? "" : ", late")),
                c.settledAt().atZoneSameInstant(ReportingYear.UK).toLocalDate(), "/app/clocks/clock.xhtml?id=" + c.id()))
                .toList();
    }

    private static String day(java.time.OffsetDateTime at) {
        return PlainDates.day(at.atZoneSameInstant(ReportingYear.UK).toLocalDate());
    }
}

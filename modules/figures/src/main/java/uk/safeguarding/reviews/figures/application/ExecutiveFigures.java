package uk.safeguarding.reviews.figures.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.kernel.figures.Figure;
import uk.safeguarding.reviews.kernel.figures.FigureSource;
import uk.safeguarding.reviews.kernel.figures.Measure;
import uk.safeguarding.reviews.kernel.figures.ReportingYear;

/**
 * The figures the Safeguarding Executive receives each year (§10.3), for the executive and the
 * business unit that prepares them, counted in the current partnership only: each module counts its
 * own records ({@link FigureSource}). Reading them is in the partnership's audit trail.
 */
@ApplicationScoped
@Transactional
public class ExecutiveFigures {

    public static final String RECORD_TYPE = "figures";

    static final Role[] READERS = {Role.EXECUTIVE, Role.BUSINESS_MANAGER};

    @Inject
    @Any
    private Instance<FigureSource> sources;

    @Inject
    private RoleGate roles;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The year's figures; {@code startsIn} null means the year running now. */
    public YearOfFigures ofYear(Integer startsIn) {
        roles.require(AuditAction.LIST, RECORD_TYPE, asked(startsIn).label(), READERS);
        ReportingYear year = year(startsIn);
        YearOfFigures figures = count(year);
        audit.allowed(AuditAction.LIST, RECORD_TYPE, year.label(), "the executive's figures for " + year.label());
        return figures;
    }

    /** One figure and the records behind it; a key the year does not have is not found. */
    public FigureList list(Integer startsIn, String key) {
        roles.require(AuditAction.LIST, RECORD_TYPE, asked(startsIn).label() + " " + key, READERS);
        ReportingYear year = year(startsIn);
        YearOfFigures figures = count(year);
        Figure figure = figures.figure(key).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, key));
        audit.allowed(AuditAction.LIST, RECORD_TYPE, year.label() + " " + key, "the records behind \u201c"
                + figure.label() + "\u201d: " + figure.number());
        return new FigureList(year, figure, figures.whole(figure).orElse(null));
    }

    /** The reporting years anyone can choose, the newest first: from 2019 to the one running now. */
    public List<Integer> years() {
        roles.require(AuditAction.LIST, RECORD_TYPE, "years", READERS);
        return ReportingYear.choices(ZonedDateTime.now(clock));
    }

    /** Every module's figures for the year, each figure's key checked to be the only one. */
    YearOfFigures count(ReportingYear year) {
        List<Figure> all = sources.stream().flatMap(source -> source.figures(year).stream()).toList();
        Set<String> keys = new HashSet<>();
        for (Figure figure : all) {
            if (!keys.add(figure.key())) {
                throw new IllegalStateException("Two figures have the key " + figure.key());
            }
        }
        List<YearOfFigures.MeasureFigures> measures = Arrays.stream(Measure.values())
                .map(measure -> new YearOfFigures.MeasureFigures(measure, all.stream()
                        .filter(f -> f.measure() == measure).toList()))
                .filter(m -> !m.figures().isEmpty()).toList();
        return new YearOfFigures(year, measures);
    }

    /** The year asked for, not yet checked: what a refusal is recorded against. */
    private ReportingYear asked(Integer startsIn) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        return startsIn == null ? ReportingYear.containing(now) : new ReportingYear(startsIn, now);
    }

    private ReportingYear year(Integer startsIn) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        return ReportingYear.chosen(startsIn, ReportingYear.containing(now).startsIn(), now);
    }

    /** A figure's records, with the figure it is a part of, if any. */
    public record FigureList(ReportingYear year, Figure figure, Figure whole) implements java.io.Serializable {
    }
}

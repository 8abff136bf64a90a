package uk.safeguarding.reviews.figures.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.documents.DocumentModel;
import uk.safeguarding.reviews.documents.PdfWriter;
import uk.safeguarding.reviews.documents.XlsxWriter;
import uk.safeguarding.reviews.kernel.ExportedFile;
import uk.safeguarding.reviews.kernel.PlainDates;
import uk.safeguarding.reviews.kernel.figures.Figure;
import uk.safeguarding.reviews.kernel.figures.FigureRecord;
import uk.safeguarding.reviews.kernel.figures.Measure;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/**
 * The yearly pack for the Safeguarding Executive (§10.3: "provided to the Safeguarding Executive on
 * an annual basis"): every measure's figures as a PDF, and as a workbook with a sheet of the figures
 * and a sheet of every record behind them, so each number can be checked against its list.
 */
@ApplicationScoped
@Transactional
public class FiguresPack {

    /** The formats the pack comes in. */
    public enum Format {
        PDF, XLSX
    }

    static final List<String> FIGURE_HEADINGS = List.of("Measure (§10.3)", "What is counted", "Number", "Of",
            "Share", "Further");

    static final List<String> RECORD_HEADINGS = List.of("Measure (§10.3)", "What is counted", "Reference",
            "What it is", "Day");

    @Inject
    private ExecutiveFigures figures;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * The pack for the year; {@code names} says what each figure counts in the page's words (a clock
     * rule's name is the page's to give).
     */
    public ExportedFile pack(Integer startsIn, Format format, Function<Figure, String> names) {
        YearOfFigures year = figures.ofYear(startsIn);
        String name = "Figures for the Safeguarding Executive " + year.year().startsIn() + "-"
                + (year.year().startsIn() + 1) + "." + format.name().toLowerCase(Locale.ROOT);
        List<List<String>> figureRows = new ArrayList<>();
        List<List<String>> recordRows = new ArrayList<>();
        for (YearOfFigures.MeasureFigures measure : year.measures()) {
            for (Figure figure : measure.figures()) {
                Figure whole = year.whole(figure).orElse(null);
                figureRows.add(List.of(measure(measure.measure()), names.apply(figure), String.valueOf(figure.number()),
                        whole == null ? "" : String.valueOf(whole.number()),
                        whole == null ? "" : figure.percentOf(whole).stream().mapToObj(p -> p + "%").findFirst().orElse(""),
                        figure.detail() == null ? "" : figure.detail()));
                for (FigureRecord record : figure.records()) {
                    recordRows.add(List.of(measure(measure.measure()), names.apply(figure), record.reference(),
                            record.line(), PlainDates.day(record.on())));
                }
            }
        }
        audit.allowed(AuditAction.VIEW, ExecutiveFigures.RECORD_TYPE, year.year().label(), "downloaded " + name);
        if (format == Format.XLSX) {
            return new ExportedFile(name, ExportedFile.XLSX, XlsxWriter.write(List.of(
                    new XlsxWriter.Table("Figures", FIGURE_HEADINGS, figureRows),
                    new XlsxWriter.Table("Records behind them", RECORD_HEADINGS, recordRows))));
        }
        DocumentModel.Builder doc = DocumentModel.builder("Figures for the Safeguarding Executive")
                .organisation(TenantContext.tenant().displayName())
                .subtitle(year.year().label())
                .author(TenantContext.tenant().displayName())
                .landscape(true)
                .coverLine("Partnership", TenantContext.tenant().displayName())
                .coverLine("Year", year.year().label())
                .coverLine("Counted on", PlainDates.day(LocalDate.now(clock)));
        doc.paragraph("Each figure is counted from the partnership's records (§10.3 of the practice review policy)."
                + " The workbook of this pack lists the records behind every number.");
        Measure.Group group = null;
        for (YearOfFigures.MeasureFigures measure : year.measures()) {
            if (measure.measure().group() != group) {
                group = measure.measure().group();
                doc.heading(1, group.question());
            }
            doc.heading(2, measure(measure.measure()));
            doc.table(FIGURE_HEADINGS.subList(1, FIGURE_HEADINGS.size()), figureRows.stream()
                    .filter(row -> row.get(0).equals(measure(measure.measure()))).map(row -> row.subList(1, row.size()))
                    .toList());
        }
        return new ExportedFile(name, ExportedFile.PDF, PdfWriter.write(doc.build()));
    }

    private static String measure(Measure measure) {
        return "(" + measure.letter() + ") " + measure.title();
    }
}

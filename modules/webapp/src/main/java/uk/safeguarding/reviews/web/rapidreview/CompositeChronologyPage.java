package uk.safeguarding.reviews.web.rapidreview;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.safeguarding.reviews.chronology.domain.ChronologyFilter;
import uk.safeguarding.reviews.chronology.domain.CompositeItem;
import uk.safeguarding.reviews.chronology.domain.SignificanceReason;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.rapidreview.application.CompositeChronologies;
import uk.safeguarding.reviews.rapidreview.application.CompositeView;
import uk.safeguarding.reviews.web.shell.Messages;
import uk.safeguarding.reviews.web.shell.StrictDateConverter;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * The composite chronology (§7.8, §7.11) with its filters in the address, so a filtered view can be
 * bookmarked and shared with someone who may see it; as a table or as a timeline grouped by month.
 */
@Named
@RequestScoped
public class CompositeChronologyPage {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK);

    @Inject
    private CompositeChronologies composites;

    private String id;
    private String agency;
    private String reason;
    private String from;
    private String to;
    private boolean anonymised;
    private String layout;
    private CompositeView view;

    public void load() {
        try {
            view = composites.view(id, filter(), anonymised);
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        } catch (RecordNotFoundException e) {
            Pages.notFound();
        }
    }

    ChronologyFilter filter() {
        Set<SignificanceReason> reasons = EnumSet.noneOf(SignificanceReason.class);
        if (reason != null && !reason.isBlank()) {
            try {
                reasons.add(SignificanceReason.valueOf(reason));
            } catch (IllegalArgumentException e) {
                Messages.errorFor("filter:reason", Messages.text("composite.filter.badReason"));
            }
        }
        return new ChronologyFilter(agency == null || agency.isBlank() ? Set.of() : Set.of(agency), reasons,
                date(from, "filter:from"), date(to, "filter:to"));
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), StrictDateConverter.DAY_MONTH_YEAR);
        } catch (DateTimeParseException e) {
            Messages.errorFor(field, Messages.text("referral.field.incidentDate.format"));
            return null;
        }
    }

    /** The timeline: events grouped by month, in order. */
    public Map<String, List<CompositeItem>> getByMonth() {
        Map<String, List<CompositeItem>> months = new LinkedHashMap<>();
        if (view != null) {
            view.items().forEach(item -> months.computeIfAbsent(MONTH.format(item.entry().date()),
                    m -> new java.util.ArrayList<>()).add(item));
        }
        return months;
    }

    public List<String> getMonths() {
        return List.copyOf(getByMonth().keySet());
    }

    /** The agencies of the other entries an item may duplicate, for its flag. */
    public String duplicateOf(CompositeItem item) {
        return view.items().stream().filter(other -> item.possibleDuplicateOf().contains(other.entry().id()))
                .map(other -> other.entry().agencyName()).distinct().reduce((a, b) -> a + ", " + b).orElse("");
    }

    /** The request whose return an event came from: each event links back to its source (§7.11). */
    public String requestOf(String agencyId) {
        return view.sources().stream().filter(s -> s.agencyId().equals(agencyId)).map(CompositeView.Source::requestId)
                .findFirst().orElse("");
    }

    /**
     * The filters in force, in words ("Agency: Police; From: 1/1/2026"), so that an empty result says
     * which filter hid what (issue 15, item 1); empty when nothing is filtered.
     */
    public String getActiveFilters() {
        java.util.List<String> active = new java.util.ArrayList<>();
        if (agency != null && !agency.isBlank()) {
            active.add(Messages.text("composite.filter.agency") + ": " + (view == null ? agency : view.sources().stream()
                    .filter(s -> s.agencyId().equals(agency)).map(CompositeView.Source::agencyName).findFirst()
                    .orElse(agency)));
        }
        if (reason != null && !reason.isBlank()) {
            active.add(Messages.text("composite.filter.reason") + ": " + java.util.Arrays.stream(SignificanceReason.values())
                    .filter(r -> r.name().equals(reason)).map(SignificanceReason::label).findFirst().orElse(reason));
        }
        if (from != null && !from.isBlank()) {
            active.add(Messages.text("composite.filter.from") + ": " + from.strip());
        }
        if (to != null && !to.isBlank()) {
            active.add(Messages.text("composite.filter.to") + ": " + to.strip());
        }
        return String.join("; ", active);
    }

    /** Query string of the current filter, for the export links. */
    public String getFilterQuery() {
        StringBuilder query = new StringBuilder("id=").append(encode(id));
        appendParam(query, "agency", agency);
        appendParam(query, "reason", reason);
        appendParam(query, "from", from);
        appendParam(query, "to", to);
        if (anonymised) {
            query.append("&anonymised=true");
        }
        return query.toString();
    }

    private static void appendParam(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append('&').append(name).append('=').append(encode(value));
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value == null ? "" : value, java.nio.charset.StandardCharsets.UTF_8);
    }

    public SignificanceReason[] getReasons() {
        return SignificanceReason.values();
    }

    public CompositeView getView() {
        return view;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public boolean isAnonymised() {
        return anonymised;
    }

    public void setAnonymised(boolean anonymised) {
        this.anonymised = anonymised;
    }

    public String getLayout() {
        return layout;
    }

    public void setLayout(String layout) {
        this.layout = layout;
    }

    public boolean isTimeline() {
        return "timeline".equals(layout);
    }
}

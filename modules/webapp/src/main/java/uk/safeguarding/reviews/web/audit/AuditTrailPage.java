package uk.safeguarding.reviews.web.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditChainService;
import uk.safeguarding.reviews.audit.AuditLine;
import uk.safeguarding.reviews.audit.AuditOutcome;
import uk.safeguarding.reviews.audit.AuditSearch;
import uk.safeguarding.reviews.audit.ChainCheck;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.Page;
import uk.safeguarding.reviews.web.shell.Messages;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * "Audit trail" (issue 18): the business manager or an auditor searches the partnership's trail by
 * person, record, action, outcome and dates, pages through it, downloads it as CSV, and checks its
 * seals. The search is a GET form, so a search has its own address.
 */
@Named
@RequestScoped
public class AuditTrailPage {

    @Inject
    private AuditSearch search;

    @Inject
    private AuditChainService chain;

    private String person;
    private String type;
    private String record;
    private String action;
    private String outcome;
    private String from;
    private String to;
    private String page;

    private Page<AuditLine> rows = new Page<>(List.of(), 1, Page.DEFAULT_SIZE, 0);
    private List<String> recordTypes = List.of();
    private Optional<ChainCheck> lastCheck = Optional.empty();
    private Map<String, String> problems = Map.of();
    private String describedFilters = "";

    public void load() {
        try {
            AuditFilters filters = AuditFilters.read(person, type, record, action, outcome, from, to);
            problems = filters.problems();
            problems.forEach(Messages::errorFor);
            describedFilters = filters.query().describe();
            recordTypes = search.recordTypes();
            lastCheck = chain.latest();
            rows = search.search(filters.query(), Pages.number(page));
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    /** Seals what is waiting and walks the whole chain; the outcome shows at the top of the page. */
    public String verify() {
        try {
            ChainCheck check = chain.verifyNow();
            if (check.intact()) {
                Messages.info("audit.seals.verified", check.sealedRows());
            } else {
                Messages.info("audit.seals.verifiedBroken", check.firstBreak().orElseThrow().position());
            }
        } catch (AccessDeniedException e) {
            Pages.forbidden();
            return null;
        }
        return "/app/audit/index?faces-redirect=true";
    }

    /** The search as the download's query string: the CSV holds exactly what the page lists. */
    public String getExportQuery() {
        java.util.StringJoiner query = new java.util.StringJoiner("&");
        java.util.Map<String, String> parameters = new java.util.LinkedHashMap<>();
        parameters.put("person", person);
        parameters.put("type", type);
        parameters.put("record", record);
        parameters.put("action", action);
        parameters.put("outcome", outcome);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.forEach((name, value) -> {
            if (value != null && !value.isBlank() && !problems.containsKey(name)) {
                query.add(name + "=" + java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    public boolean isFiltered() {
        return !"the whole trail".equals(describedFilters);
    }

    public String getDescribedFilters() {
        return describedFilters;
    }

    public List<AuditAction> getActions() {
        return Arrays.asList(AuditAction.values());
    }

    public List<AuditOutcome> getOutcomes() {
        return Arrays.asList(AuditOutcome.values());
    }

    public List<String> getRecordTypes() {
        return recordTypes;
    }

    public Page<AuditLine> getRows() {
        return rows;
    }

    public ChainCheck getLastCheck() {
        return lastCheck.orElse(null);
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getRecord() {
        return record;
    }

    public void setRecord(String record) {
        this.record = record;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
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

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}

package uk.safeguarding.reviews.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeguarding.reviews.kernel.CsvExport;
import uk.safeguarding.reviews.kernel.ExportedFile;
import uk.safeguarding.reviews.kernel.Page;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/**
 * The partnership's audit trail, searched and exported by its business manager or an auditor
 * (issue 18). Only the current partnership's schema is read, and every search and export is itself
 * a row of the trail.
 */
@ApplicationScoped
public class AuditSearch {

    private static final ZoneId UK = uk.safeguarding.reviews.kernel.ProductClock.UK;
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @PersistenceContext(unitName = "cases")
    private EntityManager em;

    @Inject
    private RoleGate roles;

    @Inject
    private AuditTrail audit;

    @Inject
    private java.time.Clock clock;

    /** One page of the rows that match, newest first. */
    @Transactional(TxType.REQUIRED)
    public Page<AuditLine> search(AuditQuery query, int pageNumber) {
        roles.require(AuditAction.LIST, AuditChainService.RECORD_TYPE, null, Role.BUSINESS_MANAGER, Role.AUDITOR);
        long total = query(query, "SELECT COUNT(e) FROM AuditEvent e", Long.class).getSingleResult();
        int number = Page.within(pageNumber, total, Page.DEFAULT_SIZE);
        List<AuditLine> rows = query(query, "SELECT e FROM AuditEvent e", AuditEvent.class, " ORDER BY e.occurredAt DESC, e.id")
                .setFirstResult(Page.offset(number, Page.DEFAULT_SIZE))
                .setMaxResults(Page.DEFAULT_SIZE)
                .getResultStream().map(AuditEvent::line).toList();
        audit.allowed(AuditAction.LIST, AuditChainService.RECORD_TYPE, null, "searched " + query.describe());
        return new Page<>(rows, number, Page.DEFAULT_SIZE, total);
    }

    /**
     * The kinds of record the trail names, for the search's list. Read by stepping through the
     * (record type, record) index one kind at a time, a probe a kind, so the time does not grow with
     * the trail: a DISTINCT over every row took 40 to 100 ms at 200,000 rows (issue 20, benchmarks/lists).
     */
    @Transactional(TxType.REQUIRED)
    @SuppressWarnings("unchecked")
    public List<String> recordTypes() {
        roles.require(AuditAction.LIST, AuditChainService.RECORD_TYPE, null, Role.BUSINESS_MANAGER, Role.AUDITOR);
        return ((List<Object>) em.createNativeQuery("WITH RECURSIVE kinds(record_type) AS ("
                + " (SELECT record_type FROM audit_event ORDER BY record_type LIMIT 1)"
                + " UNION ALL SELECT (SELECT e.record_type FROM audit_event e WHERE e.record_type > k.record_type"
                + " ORDER BY e.record_type LIMIT 1) FROM kinds k WHERE k.record_type IS NOT NULL)"
                + " SELECT record_type FROM kinds WHERE record_type IS NOT NULL ORDER BY record_type").getResultList())
                .stream().map(String::valueOf).toList();
    }

    /** Every row that matches, oldest first, as a CSV file; the export is audited with what it held. */
    @Transactional(TxType.REQUIRED)
    public ExportedFile export(AuditQuery query) {
        roles.require(AuditAction.VIEW, AuditChainService.RECORD_TYPE, null, Role.BUSINESS_MANAGER, Role.AUDITOR);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("When (UK time)", "Partnership", "Person", "Action", "Record type", "Record", "Outcome",
                "Detail", "Row id"));
        query(query, "SELECT e FROM AuditEvent e", AuditEvent.class, " ORDER BY e.occurredAt, e.id")
                .getResultStream()
                .forEach(e -> rows.add(List.of(CSV_TIME.format(e.occurredAt().atZoneSameInstant(UK)), e.tenantSlug(),
                        e.actor(), e.action().name(), e.recordType(), e.recordId() == null ? "" : e.recordId(),
                        e.outcome().name(), e.detail() == null ? "" : e.detail(), e.id())
                        .stream().map(CsvExport::formulaSafe).toList()));
        audit.allowed(AuditAction.VIEW, AuditChainService.RECORD_TYPE, null,
                "exported " + (rows.size() - 1) + " rows: " + query.describe());
        String name = "audit-trail-" + TenantContext.tenant().slug() + "-" + LocalDate.now(clock.withZone(UK)) + ".csv";
        return new ExportedFile(name, ExportedFile.CSV, CsvExport.writeWithBom(rows));
    }

    private <T> TypedQuery<T> query(AuditQuery query, String select, Class<T> type) {
        return query(query, select, type, "");
    }

    private <T> TypedQuery<T> query(AuditQuery query, String select, Class<T> type, String orderBy) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> where = new ArrayList<>();
        if (query.person() != null) {
            where.add("LOWER(e.actor) LIKE :person");
            parameters.put("person", "%" + likeEscaped(query.person().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        if (query.recordType() != null) {
            where.add("e.recordType = :recordType");
            parameters.put("recordType", query.recordType());
        }
        if (query.recordId() != null) {
            where.add("e.recordId = :recordId");
            parameters.put("recordId", query.recordId());
        }
        if (query.action() != null) {
            where.add("e.action = :action");
            parameters.put("action", query.action());
        }
        if (query.outcome() != null) {
            where.add("e.outcome = :outcome");
            parameters.put("outcome", query.outcome());
        }
        if (query.from() != null) {
            where.add("e.occurredAt >= :from");
            parameters.put("from", startOf(query.from()));
        }
        if (query.to() != null) {
            where.add("e.occurredAt < :to");
            parameters.put("to", startOf(query.to().plusDays(1)));
        }
        String jpql = select + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + orderBy;
        TypedQuery<T> typed = em.createQuery(jpql, type);
        parameters.forEach(typed::setParameter);
        return typed;
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(UK).toOffsetDateTime();
    }

    /** A typed % or _ means itself, not "anything". */
    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

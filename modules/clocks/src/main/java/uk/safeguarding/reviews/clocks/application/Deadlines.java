package uk.safeguarding.reviews.clocks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.SortedMap;
import java.util.UUID;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Page;
import uk.safeguarding.reviews.kernel.Role;

/**
 * "Deadlines" as the business manager sees and handles them (§4.2 table): the dashboard, a clock's
 * explanation, and pausing, resuming, extending or moving a review on to newer rules, each checked
 * here and audited by the clock engine ({@link ClockService}, which pages never use directly).
 */
@ApplicationScoped
@Transactional
public class Deadlines {

    @Inject
    private ClockService engine;

    @Inject
    private RoleGate roles;

    /** The open clocks by due time, optionally of one subject and one kind, a page at a time. */
    public Page<ClockLine> dashboard(String subjectId, String ruleKey, int pageNumber) {
        roles.read(AuditAction.LIST, ClockService.RECORD_TYPE, null, "the deadline dashboard"
                + (subjectId == null || subjectId.isBlank() ? "" : ", subject " + subjectId)
                + (ruleKey == null || ruleKey.isBlank() ? "" : ", clock " + ruleKey), Role.BUSINESS_MANAGER);
        return engine.dashboard(subjectId, ruleKey, pageNumber);
    }

    /** Label to id, in label order, of every subject with an open clock: the dashboard's filter. */
    public SortedMap<String, String> subjectsWithOpenClocks() {
        roles.require(AuditAction.LIST, ClockService.RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        return engine.subjectsWithOpenClocks();
    }

    public ClockExplanation explain(UUID clockId) {
        roles.read(AuditAction.VIEW, ClockService.RECORD_TYPE, clockId.toString(), "its explanation",
                Role.BUSINESS_MANAGER);
        return engine.explain(clockId);
    }

    public ClockLine pause(UUID clockId, String why) {
        return engine.pause(manager(clockId.toString()), clockId, why);
    }

    public ClockLine resume(UUID clockId) {
        return engine.resume(manager(clockId.toString()), clockId);
    }

    public ClockLine extend(UUID clockId, int amount, String why) {
        return engine.extend(manager(clockId.toString()), clockId, amount, why);
    }

    /**
     * Moves every open clock of a subject on to the rule version in force today. The subject keeps
     * its earlier version unless a business manager does this; each move is recorded on the clock.
     */
    public List<ClockLine> moveToRulesInForce(String subjectType, String subjectId, String why) {
        return engine.moveToRulesInForce(manager(subjectId), subjectType, subjectId, why);
    }

    private Caller manager(String recordId) {
        return roles.require(AuditAction.UPDATE, ClockService.RECORD_TYPE, recordId, Role.BUSINESS_MANAGER);
    }
}

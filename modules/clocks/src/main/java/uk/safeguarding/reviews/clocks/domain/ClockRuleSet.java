package uk.safeguarding.reviews.clocks.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import uk.safeguarding.reviews.kernel.ScheduledVersion;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of a partnership's clock rules. Versions are never changed: a change publishes the
 * next version with an effective date and a reason, and reviews keep the version they began under.
 */
@Entity
@Table(name = "clock_rule_set")
public class ClockRuleSet extends ScheduledVersion {

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "clock_rule", joinColumns = @JoinColumn(name = "rule_set_version"))
    private List<StoredRule> rules = new ArrayList<>();

    protected ClockRuleSet() {
        // for JPA
    }

    private ClockRuleSet(int version, LocalDate effectiveFrom, String reason, String createdBy, OffsetDateTime createdAt,
            List<ClockRule> rules) {
        super(version, effectiveFrom, reason, createdBy, createdAt);
        rules.forEach(rule -> this.rules.add(StoredRule.of(rule)));
    }

    /** Version 1: the 2019 policy's figures (PolicyDefaults). */
    public static ClockRuleSet initial(LocalDate effectiveFrom, OffsetDateTime now) {
        return new ClockRuleSet(1, effectiveFrom, "The 2019 policy's timescales, shipped as the default", "system", now,
                PolicyDefaults.RULES_2019);
    }

    /**
     * The next version, with one rule replaced. The new version cannot take effect before this one.
     */
    public ClockRuleSet publishChange(ClockRule changed, LocalDate effectiveFrom, String reason, String by,
            OffsetDateTime now) {
        requireNotBefore(effectiveFrom);
        List<ClockRule> next = new ArrayList<>();
        boolean found = false;
        for (ClockRule rule : rules()) {
            if (rule.key().equals(changed.key())) {
                next.add(changed);
                found = true;
            } else {
                next.add(rule);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("There is no clock " + changed.key());
        }
        return new ClockRuleSet(version() + 1, effectiveFrom, reason, by, now, next);
    }

    /** The rules in the policy's order. */
    public List<ClockRule> rules() {
        List<String> order = PolicyDefaults.RULES_2019.stream().map(ClockRule::key).toList();
        return rules.stream().map(StoredRule::toRule)
                .sorted((a, b) -> Integer.compare(order.indexOf(a.key()), order.indexOf(b.key())))
                .toList();
    }

    public ClockRule rule(String key) {
        return rules().stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no clock " + key));
    }

    /** A rule as stored: the columns of clock_rule. */
    @Embeddable
    public static class StoredRule {
        @Column(name = "rule_key", nullable = false)
        private String key;
        @Column(name = "policy_reference", nullable = false)
        private String policyReference;
        @Enumerated(EnumType.STRING)
        @Column(name = "start_event", nullable = false)
        private StartEvent startEvent;
        @Column(nullable = false)
        private int amount;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        private ClockUnit unit;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        private ClockDirection direction;
        @Column(name = "reminder_lead")
        private Integer reminderLead;
        @Column(name = "escalation_lead")
        private Integer escalationLead;

        protected StoredRule() {
            // for JPA
        }

        static StoredRule of(ClockRule rule) {
            StoredRule stored = new StoredRule();
            stored.key = rule.key();
            stored.policyReference = rule.policyReference();
            stored.startEvent = rule.startEvent();
            stored.amount = rule.amount();
            stored.unit = rule.unit();
            stored.direction = rule.direction();
            stored.reminderLead = rule.reminderLead();
            stored.escalationLead = rule.escalationLead();
            return stored;
        }

        ClockRule toRule() {
            return new ClockRule(key, policyReference, startEvent, amount, unit, direction, reminderLead,
                    escalationLead);
        }
    }
}

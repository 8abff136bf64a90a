package uk.safeguarding.reviews.clocks.domain;

import static uk.safeguarding.reviews.clocks.domain.ClockDirection.AFTER;
import static uk.safeguarding.reviews.clocks.domain.ClockDirection.BEFORE;
import static uk.safeguarding.reviews.clocks.domain.ClockUnit.CALENDAR_DAYS;
import static uk.safeguarding.reviews.clocks.domain.ClockUnit.HOURS;
import static uk.safeguarding.reviews.clocks.domain.ClockUnit.MONTHS;
import static uk.safeguarding.reviews.clocks.domain.ClockUnit.WORKING_DAYS;
import static uk.safeguarding.reviews.clocks.domain.ClockUnit.WORKING_HOURS;

import java.util.List;

/**
 * The clocks of the 2019 policy (reference/practice-review-policy-2019.txt), shipped as every new
 * partnership's first rule version. Each rule names the section its figure comes from.
 */
public final class PolicyDefaults {

    public static final List<ClockRule> RULES_2019 = List.of(
            new ClockRule("forward-to-panel", "§7.5: forward to the Virtual Panel within 24 hours of receipt",
                    StartEvent.REFERRAL_RECEIVED, 24, HOURS, AFTER),
            new ClockRule("panel-decision", "§7.5: the Virtual Panel decides within 48 hours",
                    StartEvent.REFERRAL_FORWARDED_TO_PANEL, 48, HOURS, AFTER),
            new ClockRule("incomplete-resubmission", "§7.5: re-submit within five working days of return",
                    StartEvent.REFERRAL_RETURNED_INCOMPLETE, 5, WORKING_DAYS, AFTER),
            new ClockRule("notify-national-panel", "§4.2 table: the local authority notifies the National Panel"
                    + " within 5 working days of becoming aware", StartEvent.LOCAL_AUTHORITY_AWARE, 5, WORKING_DAYS, AFTER),
            new ClockRule("information-requests", "§7.7: send Documents 8, 9 and 10 within two working days of"
                    + " receiving the referral", StartEvent.REFERRAL_RECEIVED, 2, WORKING_DAYS, AFTER),
            new ClockRule("agency-responses", "§7.7: agencies return their summary and chronology within 5 working days",
                    StartEvent.INFORMATION_REQUESTS_SENT, 5, WORKING_DAYS, AFTER),
            new ClockRule("rapid-review", "§4.2 table: \u201cforward the results to the National Panel within 15 days"
                    + " of receipt of a referral\u201d; counted as 15 working days, as Working Together 2018 (chapter 4)"
                    + " sets them (start event selectable: referral received or National Panel notified)",
                    StartEvent.REFERRAL_RECEIVED, 15, WORKING_DAYS, AFTER),
            new ClockRule("rapid-review-report", "§7.13: the Rapid Review Meeting Report goes to the National Panel"
                    + " within two working days of the meeting", StartEvent.RAPID_REVIEW_MEETING_HELD, 2, WORKING_DAYS, AFTER),
            new ClockRule("lead-reviewer-appointed", "§8.1: the Virtual Panel appoints a lead reviewer within 10 working"
                    + " days of the decision to commence a fuller review", StartEvent.CSPR_DECIDED, 10, WORKING_DAYS, AFTER),
            new ClockRule("cspr-completion", "§4.2 table: aim to complete a CSPR within 6 months",
                    StartEvent.CSPR_DECIDED, 6, MONTHS, AFTER),
            new ClockRule("local-case-review", "§4.2 table: a local case review in 45 working days",
                    StartEvent.LOCAL_CASE_REVIEW_DECIDED, 45, WORKING_DAYS, AFTER),
            new ClockRule("individual-agency-review", "The product's default: §4.2 sets no period for an individual"
                    + " agency review; the agency sends its lessons within 30 working days of being asked unless the"
                    + " partnership sets its own", StartEvent.AGENCY_REVIEW_COMMISSIONED, 30, WORKING_DAYS, AFTER),
            new ClockRule("plan-action", "The product's default: §9 sets no timescale for an action; an action is due"
                    + " 3 months after the plan is agreed unless the plan sets its own timescale for it",
                    StartEvent.ACTION_PLAN_AGREED, 3, MONTHS, AFTER),
            new ClockRule("returned-action", "The product's default: §9 sets no period; an action returned to its"
                    + " owner with a reason is reported on again within 20 working days",
                    StartEvent.ACTION_RETURNED, 20, WORKING_DAYS, AFTER),
            new ClockRule("factual-accuracy", "§8.3: agencies have 10 working days to comment on factual accuracy",
                    StartEvent.DRAFT_REPORT_CIRCULATED, 10, WORKING_DAYS, AFTER),
            new ClockRule("national-panel-before-publication", "§8.3: copies to the National Panel at least one week"
                    + " before publication", StartEvent.PUBLICATION_PLANNED, 7, CALENDAR_DAYS, BEFORE),
            new ClockRule("published-at-least", "§8.3: published reports stay on the website for at least 12 months",
                    StartEvent.REPORT_PUBLISHED, 12, MONTHS, AFTER),
            new ClockRule("handover-answer", "The product's default: §10.2 asks that cross-boundary requests be"
                    + " answered \u201cas a priority\u201d and sets no period; the receiving partnership answers a"
                    + " proposed handover within two working days unless it sets its own",
                    StartEvent.HANDOVER_PROPOSED, 2, WORKING_DAYS, AFTER),
            // Counted in working hours (issue 15): 24 calendar hours before a Monday morning meeting is a
            // Sunday; 24 working hours is the Friday morning, never less than the policy's 24 hours.
            new ClockRule("meeting-papers", "§7.11: the papers reach the meeting's participants at least 24 hours"
                    + " before it", StartEvent.RAPID_REVIEW_MEETING, 24, WORKING_HOURS, BEFORE));

    private PolicyDefaults() {
    }

    /**
     * The events a partnership may choose to start a clock from. Only the rapid review's is a real
     * choice (partnerships count it from the referral or from the notification to the National Panel).
     */
    public static List<StartEvent> allowedStartEvents(String key) {
        if (key.equals("rapid-review")) {
            return List.of(StartEvent.REFERRAL_RECEIVED, StartEvent.NATIONAL_PANEL_NOTIFIED);
        }
        return List.of(rule(key).startEvent());
    }

    public static ClockRule rule(String key) {
        return RULES_2019.stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No default clock " + key));
    }
}

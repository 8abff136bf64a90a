package uk.safeguarding.reviews.review.domain.kind;

import java.util.Arrays;
import java.util.Optional;

/**
 * What work a stage allows, whatever the kind of review: the code grows by capability, never by kind
 * (issue 13 §1). A stage without {@link #MEETING}, for example, has no meeting to record.
 */
public enum Capability {
    /** §7.7-7.9: information requests to agencies, their summaries and chronologies. */
    REQUESTS("requests"),
    /** §7.10-7.12: a meeting with its papers, attendance and quorum. */
    MEETING("meeting"),
    /** §7.12: a recommendation, its endorsement and escalation. */
    DECISION("decision"),
    /** §7.13, §8: a report (to the National Panel, or the review's own). */
    REPORT("report"),
    /** §8.2: the published report. */
    PUBLICATION("publication"),
    /** §8.1: the Virtual Panel appoints the lead reviewer, to the Document 5 specification. */
    LEAD_REVIEWER("lead-reviewer"),
    /**
     * §4.2 table, §8.3: the review's own written report with its learning recommendations, agreed by
     * those who ran it: what completes a local case review.
     */
    LEARNING_REPORT("learning-report"),
    /**
     * §8.1-8.3: the review's terms of reference, in versions: drafted, agreed by the review group,
     * signed off at the Practice Review Sub-Group, with the questions the report answers.
     */
    TERMS_OF_REFERENCE("terms-of-reference"),
    /**
     * §8.3: "agree the final version for sign off by the three statutory partners": the agreed report
     * completes the review only once each partner has signed it off; a partner that declines gives a
     * reason and the Safeguarding Executive decides (§7.12's escalation, a product choice).
     */
    PARTNER_SIGN_OFF("partner-sign-off"),
    /**
     * §8.2: the review group (senior managers, the lead reviewer; it governs the review) and the case
     * group (the practitioners involved), each with its meetings: day, agenda, attendance, notes and
     * actions.
     */
    REVIEW_GROUPS("review-groups"),
    /**
     * §5.3: a learning summary of good practice, agreed by those who ran the review: "what we can
     * learn to disseminate the success further".
     */
    LEARNING_SUMMARY("learning-summary"),
    /** §5.3, §9: the learning shared with those who can use it, each occasion recorded. */
    DISSEMINATION("dissemination"),
    /**
     * §4.2 table: one agency reviews its own practice: the business unit names the agency, its lead and
     * what to look at; the agency's contacts send its lessons from their agency tasks; the partnership
     * scrutinises "that learning has been effectively addressed", returning them with a reason if not.
     */
    AGENCY_REVIEW("agency-review"),
    /** §9: the actions that follow. */
    ACTION_PLAN("action-plan");

    private final String key;

    Capability(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Capability> ofKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }
}

package uk.safeguarding.reviews.clocks.domain;

/** The events a clock can run from. A rule naming any other event is refused. */
public enum StartEvent {
    REFERRAL_RECEIVED,
    REFERRAL_FORWARDED_TO_PANEL,
    REFERRAL_RETURNED_INCOMPLETE,
    LOCAL_AUTHORITY_AWARE,
    NATIONAL_PANEL_NOTIFIED,
    INFORMATION_REQUESTS_SENT,
    RAPID_REVIEW_MEETING_HELD,
    CSPR_DECIDED,
    LOCAL_CASE_REVIEW_DECIDED,
    DRAFT_REPORT_CIRCULATED,
    PUBLICATION_PLANNED,
    REPORT_PUBLISHED,
    /** §4.2 table: the partnership named the agency that reviews its own practice (or returned its lessons). */
    AGENCY_REVIEW_COMMISSIONED,
    /** §9: the review group agreed the action plan; each action's timescale counts from it. */
    ACTION_PLAN_AGREED,
    /** §9: the business unit returned an action to its owner with the reason. */
    ACTION_RETURNED,
    /** §8.3: the copy of the report went to the National Panel; it meets the clock counted back from publication. */
    NATIONAL_PANEL_COPY_SENT,
    /** Another partnership proposed to hand a referral over (§10.2). */
    HANDOVER_PROPOSED,
    /** The start of the Rapid Review meeting: the papers are due before it (§7.11). */
    RAPID_REVIEW_MEETING
}

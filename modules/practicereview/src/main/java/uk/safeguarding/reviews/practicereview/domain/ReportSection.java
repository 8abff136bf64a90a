package uk.safeguarding.reviews.practicereview.domain;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The parts every practice review report must have (§8.3: "lead reviewers and the SSCP will ensure
 * that all review reports include"), in the order the policy lists them. The executive summary and
 * the SMART recommendations are held apart: the one is measured in A4 pages, the others are records.
 */
public enum ReportSection {
    QUESTIONS("questions", "The questions the review sought to answer",
            "\u00a78.3: \u201cclearly framed questions that the review seeks to answer\u201d. Started from the terms of"
                    + " reference."),
    WHAT_HAPPENED("what-happened", "What happened, and its context",
            "\u00a78.3: \u201ca brief overview of what happened and the key circumstances, background and context of"
                    + " the case\u201d, concise but enough to understand the learning."),
    DECISIONS("decisions", "Why professionals took the decisions they did",
            "\u00a78.3: \u201ca summary of why relevant decisions by professionals were taken\u201d."),
    WORKING_TOGETHER("working-together", "How agencies worked together",
            "\u00a78.3: \u201ca critique of how agencies worked together and any shortcomings in this\u201d."),
    PRACTICE_IN_GENERAL("practice-in-general", "Whether the shortcomings are features of practice in general",
            "\u00a78.3: \u201cwhether any shortcomings identified are features of practice in general\u201d."),
    DONE_DIFFERENTLY("done-differently", "What would need to be done differently",
            "\u00a78.3: what would need to be done differently \u201cto prevent harm occurring to a child in similar"
                    + " circumstances\u201d."),
    AGENCIES_LEARN("agencies-learn", "How agencies will learn from this case",
            "\u00a78.3: \u201cwhat needs to happen to ensure that agencies learn from this case\u201d."),
    LEARNING_POINTS("learning-points", "Learning points and steps for professional learning",
            "\u00a78.3: \u201cstate clearly the learning points and the steps for professional learning\u201d.");

    /** A section is a chapter, not a book: about twenty pages of text. */
    public static final int MAX_LENGTH = 60_000;

    private final String key;
    private final String heading;
    private final String hint;

    ReportSection(String key, String heading, String hint) {
        this.key = key;
        this.heading = heading;
        this.hint = hint;
    }

    public String key() {
        return key;
    }

    public String heading() {
        return heading;
    }

    /** What the policy asks of the section, shown beside its box. */
    public String hint() {
        return hint;
    }

    /** Where in a report a comment is anchored: the executive summary's key. */
    public static final String SUMMARY_ANCHOR = "executive-summary";

    /** Where in a report a comment is anchored: the recommendations' key. */
    public static final String RECOMMENDATIONS_ANCHOR = "recommendations";

    /**
     * Every place of a report a comment can be anchored to (§8.3 factual accuracy), by key, in
     * reading order: the executive summary, each section, the recommendations.
     */
    public static Map<String, String> anchors() {
        Map<String, String> anchors = new LinkedHashMap<>();
        anchors.put(SUMMARY_ANCHOR, "Executive summary");
        for (ReportSection section : values()) {
            anchors.put(section.key, section.heading);
        }
        anchors.put(RECOMMENDATIONS_ANCHOR, "Recommendations");
        return anchors;
    }

    public static Optional<ReportSection> ofKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}

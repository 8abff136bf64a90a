package uk.safeguarding.reviews.chronology.domain;

import java.util.Optional;

/**
 * Why an event belongs in a Significant Practice Event chronology: the six questions that policy
 * §7.8 asks agencies to consider. An event is significant when at least one of them is answered yes.
 *
 * <p>Each reason has a stable {@link #code()} for import files (never change one: agencies' files
 * keep them), a short {@link #label()} for filters and columns, and the policy's {@link #question()}.
 */
public enum SignificanceReason {

    CHANGED_ASSESSMENT("changed-assessment",
            "Changed, or could have changed, the assessment",
            "Is this event one that changed/could have changed your assessment of the situation for the child?"),
    PATTERN("pattern",
            "Indicative of a pattern",
            "Is this event symbolic or indicative of a pattern of events that individually would not otherwise be considered significant?"),
    STATUTORY_EVENT("statutory-event",
            "A statutory event (conference, court hearing)",
            "Is this a 'statutory' event e.g. child protection conference, court hearing or similar?"),
    CHILD_PERCEIVED("child-perceived",
            "Significant to the child",
            "Would this have been an event that the child perceived as significant in their life?"),
    ADULT_PERCEIVED("adult-perceived",
            "Significant to a significant adult",
            "Would this have been an event that a significant adult would perceive as significant in their life or the life of the child?"),
    LEARNING_POINT("learning-point",
            "A learning point for agencies",
            "Has this event got significance as a learning point for agencies?");

    private final String code;
    private final String label;
    private final String question;

    SignificanceReason(String code, String label, String question) {
        this.code = code;
        this.label = label;
        this.question = question;
    }

    /** The import code, e.g. {@code changed-assessment}. */
    public String code() {
        return code;
    }

    /** A short label for filters and column values. */
    public String label() {
        return label;
    }

    /** The question as §7.8 asks it. */
    public String question() {
        return question;
    }

    /**
     * The reason named by an import code, a label or the constant's name, ignoring case and
     * surrounding spaces (agencies type these by hand).
     */
    public static Optional<SignificanceReason> fromText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip();
        for (SignificanceReason reason : values()) {
            if (reason.code.equalsIgnoreCase(wanted) || reason.label.equalsIgnoreCase(wanted)
                    || reason.name().equalsIgnoreCase(wanted)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}

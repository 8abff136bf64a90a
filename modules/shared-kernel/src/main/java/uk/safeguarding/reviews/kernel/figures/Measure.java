package uk.safeguarding.reviews.kernel.figures;

/**
 * The measures the Safeguarding Executive receives each year, as §10.3 lists and groups them
 * ("How much have we done?", "How well have we done it?", "Have we made a difference?"). Each
 * module counts what it holds; a measure nobody counts yet is not shown as a nought.
 */
public enum Measure {
    REFERRALS("a", Group.HOW_MUCH, "Referrals by type, outcome and referrer"),
    REVIEWS("b", Group.HOW_MUCH, "Reviews by type and outcome"),
    NATIONAL_PANEL_DISAGREEMENT("c", Group.HOW_MUCH,
            "Reviews where the partnership and the National Panel disagreed"),
    TIMELINESS("d", Group.HOW_WELL, "Timeliness: each statutory clock met on time"),
    AGENCY_SUMMARY_QUALITY("e", Group.HOW_WELL, "Quality of agency summaries, rated on the partnership's scale"),
    ACTION_PLAN_QUALITY("f", Group.HOW_WELL, "Quality and timeliness of action plans"),
    ACTION_PLANS_COMPLETED("g", Group.DIFFERENCE, "Action plans completed, and follow-up evidencing impact"),
    LEARNING_EVENT_FEEDBACK("h", Group.DIFFERENCE,
            "Learning events and reflective sessions: attendees who understand more than before"),
    REPEAT_INCIDENCE("i", Group.DIFFERENCE,
            "Repeat incidence in the same circumstances after a completed review"),
    FAMILY_FEEDBACK("j", Group.DIFFERENCE,
            "Family members involved who said the review was conducted in a sensitive way");

    /** §10.3's three questions, in its order. */
    public enum Group {
        HOW_MUCH("How much have we done?"),
        HOW_WELL("How well have we done it?"),
        DIFFERENCE("Have we made a difference?");

        private final String question;

        Group(String question) {
            this.question = question;
        }

        public String question() {
            return question;
        }
    }

    private final String letter;
    private final Group group;
    private final String title;

    Measure(String letter, Group group, String title) {
        this.letter = letter;
        this.group = group;
        this.title = title;
    }

    /** The measure's letter in §10.3. */
    public String letter() {
        return letter;
    }

    public Group group() {
        return group;
    }

    public String title() {
        return title;
    }
}

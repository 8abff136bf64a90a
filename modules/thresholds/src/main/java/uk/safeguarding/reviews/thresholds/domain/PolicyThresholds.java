package uk.safeguarding.reviews.thresholds.domain;

import java.util.List;

/**
 * Every new partnership's first thresholds: the 2019 policy's (reference/practice-review-policy-2019.txt),
 * each criteria question naming the section it comes from.
 */
public final class PolicyThresholds {

    public static final List<ReviewKind> KINDS = ReviewKind.decidedOnReferrals();

    public static final List<CriteriaQuestion> QUESTIONS = List.of(
            new CriteriaQuestion(ReviewKind.RAPID_REVIEW,
                    "Does the local authority know or suspect that the child has been abused or neglected?",
                    "§5.2: s16C(1) Children Act 2004"),
            new CriteriaQuestion(ReviewKind.RAPID_REVIEW, "Has the child died or been seriously harmed?",
                    "§5.2: serious harm includes long-term impairment of health or development"),
            new CriteriaQuestion(ReviewKind.RAPID_REVIEW,
                    "Did it happen in the partnership's area, or outside England while the child was normally"
                            + " resident here?", "§5.2 (a) and (b)"),
            new CriteriaQuestion(ReviewKind.LOCAL_CASE_REVIEW,
                    "Would a review be able to identify improvements to practice?",
                    "§5.2: the decision should be informed by whether a review would identify improvements"),
            new CriteriaQuestion(ReviewKind.LOCAL_CASE_REVIEW,
                    "Could the mistakes made in this case be happening elsewhere?",
                    "§5.2: understand whether mistakes made on one case frequently happen elsewhere"),
            new CriteriaQuestion(ReviewKind.GOOD_OUTCOME_REVIEW,
                    "Has there been an exceptionally positive impact on the child's lived experience?", "§5.3"),
            new CriteriaQuestion(ReviewKind.GOOD_OUTCOME_REVIEW,
                    "Were good (better than normal) outcomes achieved?", "§5.3"),
            new CriteriaQuestion(ReviewKind.GOOD_OUTCOME_REVIEW,
                    "Was multi-agency work a significant factor in the success?", "§5.3"));

    /**
     * §7.5: "Two of the panel only are needed to be quorate ... the decision will be based on the
     * majority." §10.1: the panel is the Independent Adviser, the PRSG's chair and deputy chair, and
     * the business manager: four members.
     */
    public static final PanelRule PANEL = new PanelRule(2, 4, TieRule.CHAIR_DECIDES);

    /** §7.12: quorate only with each of the three safeguarding partners (2019 named the CCG; Working Together 2023 the ICB). */
    public static final List<String> STATUTORY_PARTNERS = List.of("Local Authority", "Police", "Health (ICB)");

    private PolicyThresholds() {
    }
}

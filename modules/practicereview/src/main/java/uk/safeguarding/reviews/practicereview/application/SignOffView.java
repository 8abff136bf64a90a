package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The statutory partners' sign-off of the agreed report as its page shows it (§8.3): each partner's
 * answer on the version in force, what the Safeguarding Executive decided on a decline (§7.12), the
 * partners the signed-in person may answer for, and the declines they may decide on.
 */
public record SignOffView(boolean required, Integer version, List<Line> partners, List<String> mayAnswerFor,
        List<Line> mayDecide, List<Line> earlier) implements Serializable {

    public SignOffView {
        partners = List.copyOf(partners);
        mayAnswerFor = List.copyOf(mayAnswerFor);
        mayDecide = List.copyOf(mayDecide);
        earlier = List.copyOf(earlier);
    }

    /** Every partner signed off the version in force. */
    public boolean complete() {
        return version != null && partners.stream().allMatch(Line::signedOff);
    }

    /** A partner's answer: null fields while it has not answered. */
    public record Line(String signOffId, String partner, int version, String answer, String byName,
            LocalDate answeredOn, String reason, String executiveDecision, String executiveReason)
            implements Serializable {

        public boolean answered() {
            return answer != null;
        }

        public boolean signedOff() {
            return "SIGNED_OFF".equals(answer) || "SIGN_OFF_FOR_THE_PARTNERSHIP".equals(executiveDecision);
        }
    }
}

package uk.safeguarding.reviews.referral.application;

import java.util.List;
import uk.safeguarding.reviews.referral.domain.content.FieldProblem;

/** A referral cannot be submitted while its form has problems; each says where and why. */
public class IncompleteReferralException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public IncompleteReferralException(List<FieldProblem> problems) {
        super(problems.size() + " problem(s) in the referral form");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

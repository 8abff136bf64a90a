package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import uk.safeguarding.reviews.practicereview.domain.TermsOfReference;

/** One version of a review's terms of reference as its page shows it (§8.1-8.3). */
public record TermsVersionView(int version, TermsOfReference.State state, String timescales,
        String familyInvolvement, String evidence, String policyAndProcedure, String legalAdvice,
        List<String> questions, String draftedBy, OffsetDateTime draftedAt, LocalDate agreedOn, String agreedBy,
        LocalDate signedOffOn, String signedOffAt, String signedOffChair) implements Serializable {

    static TermsVersionView of(TermsOfReference t) {
        return new TermsVersionView(t.version(), t.state(), t.timescales(), t.familyInvolvement(), t.evidence(),
                t.policyAndProcedure(), t.legalAdvice(), t.questions(), t.draftedBy(), t.draftedAt(), t.agreedOn(),
                t.agreedBy(), t.signedOffOn(), t.signedOffAt(), t.signedOffChair());
    }
}

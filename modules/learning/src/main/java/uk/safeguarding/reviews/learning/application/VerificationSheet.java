package uk.safeguarding.reviews.learning.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import uk.safeguarding.reviews.learning.domain.PlanVerification;

/**
 * Document 14 for one case or one agency: the actions to verify, the verifications recorded before,
 * and whether the person may record one.
 */
public record VerificationSheet(PlanVerification.Basis basis, String subjectId, String subjectName,
        List<Action> actions, List<Past> past, boolean mayRecord) implements Serializable {

    /** An action to verify: its id, how the form names it, and where it stands. */
    public record Action(String id, String label, String what, String agencyName, String status)
            implements Serializable {
    }

    /** A verification recorded before. */
    public record Past(String id, LocalDate verifiedOn, String scrutinisedBy, PlanVerification.Judgement judgement,
            String summary, LocalDate recheckOn, OffsetDateTime recordedAt) implements Serializable {
    }

    /** A form with one row per action, in order. */
    public VerificationForm newForm() {
        VerificationForm form = new VerificationForm();
        actions.forEach(a -> form.getItems().add(new VerificationForm.Item(a.id())));
        return form;
    }
}

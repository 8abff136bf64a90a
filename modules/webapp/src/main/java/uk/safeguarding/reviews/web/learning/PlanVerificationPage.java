package uk.safeguarding.reviews.web.learning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguarding.reviews.learning.application.PlanVerifications;
import uk.safeguarding.reviews.learning.application.VerificationForm;
import uk.safeguarding.reviews.learning.application.VerificationSheet;
import uk.safeguarding.reviews.learning.domain.PlanVerification;
import uk.safeguarding.reviews.web.shell.FormActions;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * Document 14 for a case ({@code review=}) or an agency ({@code agency=}): the actions, one row each,
 * the judgement of the whole, and the verifications recorded before with their documents. A refusal
 * shows beside its box, a row's beside that row's, with everything typed kept.
 */
@Named
@ViewScoped
public class PlanVerificationPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private PlanVerifications verifications;

    private String review;
    private String agency;
    private VerificationSheet sheet;
    private VerificationForm form;

    public void load() {
        sheet = Pages.shownOrNull(() -> review != null ? verifications.ofCase(review) : verifications.ofAgency(agency));
        if (sheet != null && form == null) {
            form = sheet.newForm();
        }
    }

    public String record() {
        String outcome = "/app/learning/verification?faces-redirect=true&"
                + (sheet.basis() == PlanVerification.Basis.CASE ? "review=" : "agency=") + sheet.subjectId();
        return FormActions.attempt("verificationForm", "record", () -> verifications.record(sheet.basis(),
                sheet.subjectId(), form), "verification.recorded", outcome,
                field -> FormActions.rowBox(field, "item", "verificationForm:items"));
    }

    public List<PlanVerification.Answer> getAnswers() {
        return List.of(PlanVerification.Answer.values());
    }

    public List<PlanVerification.Judgement> getJudgements() {
        return List.of(PlanVerification.Judgement.values());
    }

    /** The words for a judgement; Faces may ask an item's label with no item (nothing chosen): then none. */
    public String judgementOf(PlanVerification.Judgement judgement) {
        return judgement == null ? "" : PlanVerifications.judgement(judgement);
    }

    /** The words for an answer, or none without one (as {@link #judgementOf}). */
    public String answerOf(PlanVerification.Answer answer) {
        return answer == null ? "" : PlanVerifications.answer(answer);
    }

    public String getReview() {
        return review;
    }

    public void setReview(String review) {
        this.review = review;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public VerificationSheet getSheet() {
        return sheet;
    }

    public VerificationForm getForm() {
        return form;
    }
}

package uk.safeguarding.reviews.web.practicereview;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.practicereview.domain.AccuracyComment;
import uk.safeguarding.reviews.practicereview.application.AccuracyView;
import uk.safeguarding.reviews.practicereview.application.FactualAccuracy;
import uk.safeguarding.reviews.practicereview.application.PartnerSignOffs;
import uk.safeguarding.reviews.practicereview.application.SignOffForm;
import uk.safeguarding.reviews.practicereview.application.SignOffView;
import uk.safeguarding.reviews.practicereview.application.WrittenReportForm;
import uk.safeguarding.reviews.practicereview.application.WrittenReportView;
import uk.safeguarding.reviews.practicereview.application.WrittenReports;
import uk.safeguarding.reviews.review.application.ReviewService;
import uk.safeguarding.reviews.review.application.ReviewStageView;
import uk.safeguarding.reviews.web.shell.FormActions;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * A review's report written in the product (§8.3): the latest version, the warnings before it goes
 * anywhere, the form to save the next version (started from the latest) and to record the review
 * group's agreement; a refused recommendation's message shows beside its own box.
 */
@Named
@ViewScoped
public class WrittenReportPage implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final String FORM = "writeForm";

    @Inject
    private WrittenReports reports;

    @Inject
    private ReviewService reviews;

    @Inject
    private FactualAccuracy factualAccuracy;

    @Inject
    private PartnerSignOffs partnerSignOffs;

    private String id;
    private WrittenReportView view;
    private ReviewStageView stage;
    private final WrittenReportForm form = new WrittenReportForm();
    private AccuracyView accuracy;
    private SignOffView signOff;
    private final SignOffForm signOffForm = new SignOffForm();
    private final Map<String, String> executiveDecisions = new HashMap<>();
    private final Map<String, String> executiveReasons = new HashMap<>();
    private List<String> chosenAgencies = new ArrayList<>();
    private final Map<String, String> disposals = new HashMap<>();
    private final Map<String, String> reasons = new HashMap<>();

    public void load() {
        try {
            view = reports.of(id);
            stage = reviews.stage(id);
            accuracy = factualAccuracy.of(id);
            signOff = partnerSignOffs.of(id);
            if (!FacesContext.getCurrentInstance().isPostback()) {
                if (view.latest() != null) {
                    form.startFrom(view.latest());
                } else {
                    form.startFromQuestions(view.termsQuestions());
                }
            }
        } catch (AccessDeniedException e) {
            view = null;
            Pages.forbidden();
        } catch (RecordNotFoundException e) {
            view = null;
            Pages.notFound();
        }
    }

    public String save() {
        return FormActions.attempt(FORM, "save", () -> reports.save(id, form), "report.saved", again(),
                this::clientIdOf);
    }

    /** One more row for a recommendation, keeping everything typed; nothing is saved. */
    public String addRecommendation() {
        form.addRecommendation();
        return null;
    }

    public String agree() {
        return FormActions.attempt("agreeForm", "agree", () -> reports.agree(id, form), "report.agreedDone", again());
    }

    /** §8.3: the signed-in partner's answer on the agreed report. */
    public String answerSignOff() {
        return FormActions.attempt("signOffForm", "answerSignOff", () -> partnerSignOffs.answer(id, signOffForm),
                "signOff.answered", again());
    }

    /** §7.12: the Safeguarding Executive's decision on the declined sign-off in row {@code row}. */
    public String decideSignOff(String signOffId, int row) {
        SignOffForm decision = new SignOffForm();
        String chosen = executiveDecisions.get(signOffId);
        decision.setDecision(chosen == null || chosen.isBlank() ? null
                : uk.safeguarding.reviews.practicereview.domain.ReportSignOff.ExecutiveDecision.valueOf(chosen));
        decision.setExecutiveReason(executiveReasons.get(signOffId));
        return FormActions.attempt("decideForm", "decide", () -> partnerSignOffs.decide(id, signOffId, decision),
                "signOff.decided", again(), field -> "decideForm:declined:" + row + ":" + field);
    }

    /** §8.3: the latest version to the chosen agencies for comments on its factual accuracy. */
    public String circulate() {
        return FormActions.attempt("circulateForm", "circulate", () -> factualAccuracy.circulate(id, chosenAgencies),
                "accuracy.circulated", again());
    }

    /** The review group's decision on the comment in row {@code row}; a refusal shows beside that row's boxes. */
    public String dispose(String commentId, int row) {
        return FormActions.attempt("disposeForm", "dispose", () -> factualAccuracy.dispose(id, commentId,
                disposal(disposals.get(commentId)), reasons.get(commentId)), "accuracy.disposed", again(),
                field -> "disposeForm:comments:" + row + ":" + field);
    }

    private static AccuracyComment.Disposal disposal(String chosen) {
        return chosen == null || chosen.isBlank() ? null : AccuracyComment.Disposal.valueOf(chosen);
    }

    private String again() {
        return "/app/reviews/report?faces-redirect=true&id=" + id;
    }

    /**
     * Where a refusal's message goes: a section's box ({@code what-happened}) or a recommendation's
     * ({@code recommendation-2-measure}, the second row's); null for the form's other fields.
     */
    private String clientIdOf(String field) {
        if (field == null || view == null) {
            return null;
        }
        var headings = view.headings();
        for (int i = 0; i < headings.size(); i++) {
            if (headings.get(i).key().equals(field)) {
                return FORM + ":sections:" + i + ":section";
            }
        }
        return FormActions.rowBox(field, "recommendation", FORM + ":recommendations");
    }

    /** Whether a version can be saved now: by this person, at a stage with the capability. */
    public boolean isMayWriteNow() {
        return view != null && view.mayWrite() && stage != null && stage.stageAllows("learning-report");
    }

    public boolean isMayAgreeNow() {
        return view != null && view.latest() != null && view.mayAgree() && stage != null
                && stage.stageAllows("learning-report");
    }

    /** A partner's possible answers, as the enum the form holds (a string item would not convert back). */
    public uk.safeguarding.reviews.practicereview.domain.ReportSignOff.Answer[] getSignOffAnswers() {
        return uk.safeguarding.reviews.practicereview.domain.ReportSignOff.Answer.values();
    }

    public SignOffView getSignOff() {
        return signOff;
    }

    public SignOffForm getSignOffForm() {
        return signOffForm;
    }

    /** Each declined sign-off's chosen decision, by its id, as the radio buttons give it. */
    public Map<String, String> getExecutiveDecisions() {
        return executiveDecisions;
    }

    public Map<String, String> getExecutiveReasons() {
        return executiveReasons;
    }

    public AccuracyView getAccuracy() {
        return accuracy;
    }

    public List<String> getChosenAgencies() {
        return chosenAgencies;
    }

    public void setChosenAgencies(List<String> chosenAgencies) {
        this.chosenAgencies = chosenAgencies == null ? new ArrayList<>() : new ArrayList<>(chosenAgencies);
    }

    /** Each comment's chosen disposal, by the comment's id, as the radio buttons give it. */
    public Map<String, String> getDisposals() {
        return disposals;
    }

    public Map<String, String> getReasons() {
        return reasons;
    }

    public AccuracyComment.Disposal[] getDisposalChoices() {
        return AccuracyComment.Disposal.values();
    }

    public WrittenReportView getView() {
        return view;
    }

    public WrittenReportForm getForm() {
        return form;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}

package uk.safeguarding.reviews.web.practicereview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.practicereview.application.AssuranceChecks;
import uk.safeguarding.reviews.practicereview.application.AssuranceView;
import uk.safeguarding.reviews.practicereview.domain.AssuranceCheck;
import uk.safeguarding.reviews.web.shell.FormActions;

/**
 * The review page's assurance questions (§7.1, Document 4): the checks made, and a form answering
 * each of the partnership's questions at the stage the review is at; a refusal shows beside the
 * question it is about.
 */
@Named
@ViewScoped
public class AssurancePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private AssuranceChecks checks;

    private String id;
    private AssuranceView view;
    private List<Row> rows = List.of();

    /** One question on the form, as answered so far. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;

        private final String question;
        private Boolean met;
        private String note;

        Row(String question) {
            this.question = question;
        }

        public String getQuestion() {
            return question;
        }

        public Boolean getMet() {
            return met;
        }

        public void setMet(Boolean met) {
            this.met = met;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    /** Loads quietly: the review page itself answers for a review that is not there or not theirs. */
    public void load() {
        try {
            view = checks.of(id);
            if (rows.isEmpty()) {
                rows = new ArrayList<>(view.questions().stream().map(Row::new).toList());
            }
        } catch (AccessDeniedException | RecordNotFoundException e) {
            view = null;
        }
    }

    public String check() {
        List<AssuranceCheck.Answer> answers = rows.stream().map(r -> new AssuranceCheck.Answer(r.getMet(), r.getNote()))
                .toList();
        return FormActions.attempt("assuranceForm", "check", () -> checks.check(id, answers), "assurance.checked",
                "/app/reviews/view?faces-redirect=true&id=" + id, AssurancePage::rowField);
    }

    /**
     * The question a refusal names ({@code answer-3}, {@code note-3}) is the third row's radio or
     * note: its message goes there rather than beside the button; null for any other field.
     */
    public static String rowField(String field) {
        int dash = field == null ? -1 : field.lastIndexOf('-');
        if (dash < 0) {
            return null;
        }
        try {
            int row = Integer.parseInt(field.substring(dash + 1)) - 1;
            return "assuranceForm:rows:" + row + ":" + (field.startsWith("note") ? "note" : "met");
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public AssuranceView getView() {
        return view;
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}

package uk.safeguarding.reviews.web.practicereview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.practicereview.application.LearningReportView;
import uk.safeguarding.reviews.practicereview.application.LearningReports;
import uk.safeguarding.reviews.practicereview.application.ReportForm;
import uk.safeguarding.reviews.practicereview.domain.LearningReport;
import uk.safeguarding.reviews.web.shell.FormActions;
import uk.safeguarding.reviews.web.shell.Uploads;

/**
 * The review page's agreed report (§4.2 table, §8.3): its findings, learning recommendations and how
 * long it took against its clocks, or, for the business manager while the review's stage has the
 * learning report capability, the form that records it.
 */
@Named
@ViewScoped
public class LearningReportPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private LearningReports reports;

    private String id;
    private LearningReportView report;
    private boolean mayAgree;
    private final ReportForm form = new ReportForm();
    private transient Part file;

    /** Loads quietly: the review page itself answers for a review that is not there or not theirs. */
    public void load() {
        try {
            report = reports.of(id).orElse(null);
            mayAgree = reports.mayAgree();
        } catch (AccessDeniedException | RecordNotFoundException e) {
            report = null;
            mayAgree = false;
        }
    }

    public String agree() {
        if (!Uploads.attach(file, "reportForm:report", LearningReport.MAX_REPORT_BYTES, form::attachReport)) {
            return null;
        }
        return FormActions.attempt("reportForm", "agree", () -> reports.agree(id, form), "practice.report.agreed",
                "/app/reviews/view?faces-redirect=true&id=" + id);
    }

    public LearningReportView getReport() {
        return report;
    }

    public boolean isMayAgree() {
        return mayAgree;
    }

    public ReportForm getForm() {
        return form;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}

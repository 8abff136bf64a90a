package uk.safeguarding.reviews.web.practicereview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.practicereview.application.AppointmentForm;
import uk.safeguarding.reviews.practicereview.application.LeadReviewerAppointments;
import uk.safeguarding.reviews.practicereview.application.LeadReviewerView;
import uk.safeguarding.reviews.practicereview.domain.LeadReviewerAppointment;
import uk.safeguarding.reviews.web.shell.FormActions;
import uk.safeguarding.reviews.web.shell.Uploads;

/**
 * The review page's lead reviewer (§8.1): who was appointed and what they confirmed, or, for the
 * Virtual Panel while the review's stage has the lead reviewer capability, the appointment form.
 */
@Named
@ViewScoped
public class LeadReviewerPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private LeadReviewerAppointments appointments;

    private String id;
    private LeadReviewerView leadReviewer;
    private List<String> specification = List.of();
    private boolean mayAppoint;
    private final AppointmentForm form = new AppointmentForm();
    private transient Part contract;

    /** Loads quietly: the review page itself answers for a review that is not there or not theirs. */
    public void load() {
        try {
            leadReviewer = appointments.of(id).orElse(null);
            mayAppoint = appointments.mayAppoint();
            specification = mayAppoint ? appointments.specification() : List.of();
        } catch (AccessDeniedException | RecordNotFoundException e) {
            leadReviewer = null;
            mayAppoint = false;
        }
    }

    public String appoint() {
        if (!Uploads.attach(contract, "appointForm:contract", LeadReviewerAppointment.MAX_CONTRACT_BYTES,
                form::attachContract)) {
            return null;
        }
        return FormActions.attempt("appointForm", "appoint", () -> appointments.appoint(id, form),
                "practice.leadReviewer.appointed", "/app/reviews/view?faces-redirect=true&id=" + id);
    }

    public LeadReviewerView getLeadReviewer() {
        return leadReviewer;
    }

    public List<String> getSpecification() {
        return specification;
    }

    public boolean isMayAppoint() {
        return mayAppoint;
    }

    public AppointmentForm getForm() {
        return form;
    }

    public Part getContract() {
        return contract;
    }

    public void setContract(Part contract) {
        this.contract = contract;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}

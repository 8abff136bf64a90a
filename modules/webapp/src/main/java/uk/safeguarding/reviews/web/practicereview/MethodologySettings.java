package uk.safeguarding.reviews.web.practicereview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import uk.safeguarding.reviews.practicereview.domain.PartnershipList;

/** The methodologies a review of the partnership may use (§4.4, Document 1), on the kinds of review settings. */
@Named
@ViewScoped
public class MethodologySettings extends ListSettings {
    private static final long serialVersionUID = 1L;

    @Override
    protected PartnershipList list() {
        return PartnershipList.METHODOLOGIES;
    }

    @Override
    protected String formId() {
        return "methodologiesForm";
    }

    @Override
    protected String savedMessageKey() {
        return "methodology.list.saved";
    }
}

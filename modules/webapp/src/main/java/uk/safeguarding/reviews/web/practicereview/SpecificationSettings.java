package uk.safeguarding.reviews.web.practicereview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import uk.safeguarding.reviews.practicereview.domain.PartnershipList;

/**
 * The partnership's lead reviewer specification (Document 5, §8.1) on the kinds of review settings:
 * the points a lead reviewer must be confirmed to meet.
 */
@Named
@ViewScoped
public class SpecificationSettings extends ListSettings {
    private static final long serialVersionUID = 1L;

    @Override
    protected PartnershipList list() {
        return PartnershipList.LEAD_REVIEWER_SPECIFICATION;
    }

    @Override
    protected String formId() {
        return "specificationForm";
    }

    @Override
    protected String savedMessageKey() {
        return "practice.specification.saved";
    }
}

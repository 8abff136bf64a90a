package uk.safeguarding.reviews.web.practicereview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import uk.safeguarding.reviews.practicereview.domain.PartnershipList;

/** The assurance questions of the partnership (§7.1, Document 4), on the kinds of review settings. */
@Named
@ViewScoped
public class AssuranceSettings extends ListSettings {
    private static final long serialVersionUID = 1L;

    @Override
    protected PartnershipList list() {
        return PartnershipList.ASSURANCE_QUESTIONS;
    }

    @Override
    protected String formId() {
        return "assuranceQuestionsForm";
    }

    @Override
    protected String savedMessageKey() {
        return "assurance.list.saved";
    }
}

package uk.safeguarding.reviews.web.practicereview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import uk.safeguarding.reviews.practicereview.domain.PartnershipList;

/** The scale agency summaries are rated on (§10.3 e), on the kinds of review settings. */
@Named
@ViewScoped
public class SummaryScaleSettings extends ListSettings {
    private static final long serialVersionUID = 1L;

    @Override
    protected PartnershipList list() {
        return PartnershipList.SUMMARY_QUALITY_SCALE;
    }

    @Override
    protected String formId() {
        return "summaryScaleForm";
    }

    @Override
    protected String savedMessageKey() {
        return "summaryScale.list.saved";
    }
}

package uk.safeguarding.reviews.web.clocks;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.referral.application.ReferralAttachments;
import uk.safeguarding.reviews.thresholds.application.ThresholdChangeForm;
import uk.safeguarding.reviews.thresholds.application.ThresholdsService;
import uk.safeguarding.reviews.thresholds.application.ThresholdsView;
import uk.safeguarding.reviews.thresholds.domain.ReviewKind;
import uk.safeguarding.reviews.thresholds.domain.TieRule;
import uk.safeguarding.reviews.web.shell.Messages;
import uk.safeguarding.reviews.web.shell.Pages;

/** "Thresholds": the review kinds, criteria questions, panel rule and statutory partners, changed as a new version. */
@Named
@ViewScoped
public class ThresholdSettings implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private ThresholdsService thresholds;

    private ThresholdsView view;
    private ThresholdChangeForm form;
    private String extensions;
    private Integer maxMegabytes;

    @Inject
    private ReferralAttachments attachments;

    public void load() {
        try {
            view = thresholds.current();
            if (form == null) {
                form = thresholds.changeFormFromNewest();
                var policy = attachments.policy();
                extensions = String.join(", ", policy.extensions());
                maxMegabytes = (int) (policy.maxBytes() / (1024 * 1024));
            }
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public String save() {
        try {
            int version = thresholds.publishChange(form);
            Messages.info("thresholds.saved", version);
            return "/app/settings/thresholds?faces-redirect=true";
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        } catch (ConstraintViolationException e) {
            Messages.besideFields("thresholds", e);
        } catch (InvalidFieldException e) {
            Messages.besideField("thresholds", e);
        }
        return null;
    }

    /** The kinds of file and size limit for referral attachments. */
    public String saveAttachmentPolicy() {
        try {
            attachments.changePolicy(extensions, maxMegabytes == null ? 0 : maxMegabytes);
            Messages.info("thresholds.attachments.saved");
            return "/app/settings/thresholds?faces-redirect=true";
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        } catch (InvalidFieldException e) {
            Messages.besideField("attachments", e);
        }
        return null;
    }

    public String getExtensions() {
        return extensions;
    }

    public void setExtensions(String extensions) {
        this.extensions = extensions;
    }

    public Integer getMaxMegabytes() {
        return maxMegabytes;
    }

    public void setMaxMegabytes(Integer maxMegabytes) {
        this.maxMegabytes = maxMegabytes;
    }

    /** How the panel will decide under the rule as typed, in words: the preview beside the fields. */
    public String getPanelPreview() {
        Integer quorum = form == null ? null : form.getQuorum();
        Integer size = form == null ? null : form.getPanelSize();
        long listed = form == null || form.getPanelMembers() == null ? 0
                : form.getPanelMembers().lines().filter(l -> !l.isBlank()).count();
        if (listed > 0) {
            size = (int) listed; // §10.1: a listed panel is as large as its list
        }
        if (quorum == null || size == null || form.getTieRule() == null || quorum < 1 || size < 1) {
            return null;
        }
        if (quorum > size) {
            return Messages.text("thresholds.preview.impossible", quorum, size);
        }
        String tie = Messages.text("thresholds.tie." + form.getTieRule().name());
        return Messages.text("thresholds.preview", quorum, size, quorum % 2 == 0 ? quorum / 2 : quorum / 2 + 1, tie);
    }

    public void refreshPreview() {
        // the preview is computed from the form on render
    }

    public ThresholdsView getView() {
        return view;
    }

    public ThresholdChangeForm getForm() {
        return form;
    }

    public java.util.List<ReviewKind> getKinds() {
        return ReviewKind.decidedOnReferrals();
    }

    public TieRule[] getTieRules() {
        return TieRule.values();
    }

    public List<String> getPartners() {
        return view == null ? List.of() : view.inForce().statutoryPartners();
    }
}

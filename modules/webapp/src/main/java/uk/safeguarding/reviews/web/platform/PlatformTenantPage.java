package uk.safeguarding.reviews.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.safeguarding.reviews.identity.UserIdentity;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.tenancy.application.PartnershipOnboarding;
import uk.safeguarding.reviews.tenancy.application.TenantAdministration;
import uk.safeguarding.reviews.tenancy.application.TenantAdministration.OnboardingStoppedException;
import uk.safeguarding.reviews.tenancy.application.TenantOverview;
import uk.safeguarding.reviews.tenancy.domain.PlatformAct;
import uk.safeguarding.reviews.tenancy.domain.TenantStatus;
import uk.safeguarding.reviews.web.shell.Messages;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * One partnership as the platform sees it (issue 18), where it is suspended or resumed with a
 * reason: its people are told it is suspended, its reminders and letters stop, nothing is deleted,
 * and the act is kept in the platform's trail.
 */
@Named
@RequestScoped
public class PlatformTenantPage {

    @Inject
    private TenantAdministration administration;

    @Inject
    private PartnershipOnboarding onboarding;

    private String slug;
    private String reason;
    private String archiveReason;
    private java.time.LocalDate retainUntil;
    private TenantOverview partnership;
    private List<PlatformAct> acts = List.of();

    /**
     * Reads the partnership before any phase asks for it: on a postback Faces decides whether the form
     * and its buttons are there (so whether the button's action runs) before view parameters are set.
     */
    @jakarta.annotation.PostConstruct
    void readThePartnership() {
        slug = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("slug");
        if (slug != null && PlatformAdmin.current().isPresent()) {
            try {
                partnership = administration.overview(slug);
            } catch (RecordNotFoundException | IllegalArgumentException e) {
                partnership = null;
            }
        }
    }

    public void load() {
        if (PlatformAdmin.current().isEmpty()) {
            Pages.forbidden();
            return;
        }
        if (partnership == null) {
            Pages.notFound();
            return;
        }
        acts = administration.acts(partnership.tenant().slug(), PlatformTenants.RECENT_ACTS);
    }

    public String suspend() {
        return act("change", admin -> administration.suspend(slug, reason, admin), "platform.tenant.suspended");
    }

    public String resume() {
        return act("change", admin -> administration.resume(slug, reason, admin), "platform.tenant.resumed");
    }

    /** Archives the partnership until the retention date given, with a reason (issue 18). */
    public String archive() {
        return act("archive", admin -> administration.archive(slug, retainUntil, archiveReason, admin),
                "platform.tenant.archived");
    }

    /**
     * One change to the partnership's standing, by the administrator signed in: done, it is said on
     * the partnership's page; refused, the reason is shown beside the form's field, or above it.
     */
    private String act(String form, java.util.function.Consumer<String> change, String doneKey) {
        UserIdentity admin = PlatformAdmin.current().orElse(null);
        if (admin == null) {
            Pages.forbidden();
            return null;
        }
        try {
            change.accept(admin.username());
            Messages.info(doneKey);
            return PlatformNewPartnership.tenantPage(slug);
        } catch (InvalidFieldException e) {
            Messages.besideField(form, e);
        } catch (RefusedException e) {
            Messages.errorFor(null, e.getMessage());
        } catch (RecordNotFoundException e) {
            Pages.notFound();
            return null;
        }
        readThePartnership();
        load();
        return null;
    }

    public boolean isArchived() {
        return partnership != null && partnership.tenant().status() == TenantStatus.ARCHIVED;
    }

    public java.time.LocalDate getRetainUntil() {
        return retainUntil;
    }

    public void setRetainUntil(java.time.LocalDate retainUntil) {
        this.retainUntil = retainUntil;
    }

    public String getArchiveReason() {
        return archiveReason;
    }

    public void setArchiveReason(String archiveReason) {
        this.archiveReason = archiveReason;
    }

    /** Runs the steps of setting the partnership up that are not yet done (issue 18). */
    public String finish() {
        UserIdentity admin = PlatformAdmin.current().orElse(null);
        if (admin == null) {
            Pages.forbidden();
            return null;
        }
        try {
            onboarding.finish(slug, admin.username());
            Messages.info("platform.tenant.finished");
        } catch (OnboardingStoppedException e) {
            Messages.errorFor(null, e.getMessage());
        } catch (RecordNotFoundException e) {
            Pages.notFound();
            return null;
        }
        return PlatformNewPartnership.tenantPage(slug);
    }

    public boolean isBeingSetUp() {
        return partnership != null && partnership.tenant().status() == TenantStatus.PROVISIONING
                && partnership.onboarding() != null;
    }

    public boolean isSuspended() {
        return partnership != null && partnership.tenant().status() == TenantStatus.SUSPENDED;
    }

    public boolean isActive() {
        return partnership != null && partnership.tenant().status() == TenantStatus.ACTIVE;
    }

    public TenantOverview getPartnership() {
        return partnership;
    }

    public List<PlatformAct> getActs() {
        return acts;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

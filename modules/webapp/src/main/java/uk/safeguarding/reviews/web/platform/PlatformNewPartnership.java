package uk.safeguarding.reviews.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import uk.safeguarding.reviews.identity.UserIdentity;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.tenancy.application.NewPartnership;
import uk.safeguarding.reviews.tenancy.application.PartnershipOnboarding;
import uk.safeguarding.reviews.tenancy.application.TenantAdministration.OnboardingStoppedException;
import uk.safeguarding.reviews.tenancy.domain.BoardKind;
import uk.safeguarding.reviews.tenancy.domain.Tenant;
import uk.safeguarding.reviews.web.shell.Messages;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * "Put a partnership on the service" (issue 18): the platform administrator's form. A field that is
 * wrong is shown beside itself with everything typed kept; a step that fails half way leaves the
 * partnership being set up, and its page says what stopped it and offers to finish.
 */
@Named
@RequestScoped
public class PlatformNewPartnership {

    @Inject
    private PartnershipOnboarding onboarding;

    private String slug;
    private String displayName;
    private BoardKind boardKind;
    private String region;
    private String businessUnitMailbox;
    private String managerName;
    private String managerEmail;

    public void checkAllowed() {
        if (PlatformAdmin.current().isEmpty()) {
            Pages.forbidden();
        }
    }

    public String provision() {
        UserIdentity admin = PlatformAdmin.current().orElse(null);
        if (admin == null) {
            Pages.forbidden();
            return null;
        }
        NewPartnership request = new NewPartnership(slug, displayName, boardKind, region, businessUnitMailbox,
                managerName, managerEmail);
        try {
            Tenant tenant = onboarding.provision(request, admin.username());
            Messages.info("platform.new.done", tenant.displayName(), request.managerName(), request.managerEmail());
            return tenantPage(request.slug());
        } catch (ConstraintViolationException e) {
            Messages.besideFields("partnership", e);
        } catch (InvalidFieldException e) {
            Messages.besideField("partnership", e);
        } catch (OnboardingStoppedException e) {
            Messages.errorFor(null, e.getMessage());
            return tenantPage(request.slug());
        }
        return null;
    }

    static String tenantPage(String slug) {
        return "/platform/tenant?faces-redirect=true&slug=" + slug;
    }

    public List<BoardKind> getBoardKinds() {
        return List.of(BoardKind.values());
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public BoardKind getBoardKind() {
        return boardKind;
    }

    public void setBoardKind(BoardKind boardKind) {
        this.boardKind = boardKind;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getBusinessUnitMailbox() {
        return businessUnitMailbox;
    }

    public void setBusinessUnitMailbox(String businessUnitMailbox) {
        this.businessUnitMailbox = businessUnitMailbox;
    }

    public String getManagerName() {
        return managerName;
    }

    public void setManagerName(String managerName) {
        this.managerName = managerName;
    }

    public String getManagerEmail() {
        return managerEmail;
    }

    public void setManagerEmail(String managerEmail) {
        this.managerEmail = managerEmail;
    }
}

package uk.safeguarding.reviews.tenancy.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import uk.safeguarding.reviews.kernel.Forms;
import uk.safeguarding.reviews.tenancy.api.PartnershipDirectory;
import uk.safeguarding.reviews.tenancy.domain.Tenant;

/**
 * Putting a partnership on the service from the platform's page (issue 18): the request is checked
 * field by field, the partnership is registered, then its schema, its groups in the sign-in service
 * and its first business manager are made, and only then is it active. A step that fails leaves it
 * "being set up" with the problem on its page, and {@link #finish} runs the missing steps.
 */
@ApplicationScoped
public class PartnershipOnboarding {

    @Inject
    private TenantAdministration administration;

    @Inject
    private PartnershipDirectory directory;

    @Inject
    private Validator validator;

    /** The container's threads: the partnership's groups are made on one while its schema is migrated. */
    @Resource
    private ManagedExecutorService executor;

    /**
     * @throws jakarta.validation.ConstraintViolationException a field is missing or malformed
     * @throws uk.safeguarding.reviews.kernel.InvalidFieldException the short name is taken
     * @throws TenantAdministration.OnboardingStoppedException a step failed; the partnership is kept,
     *         being set up, with the problem
     */
    public Tenant provision(NewPartnership request, String actor) {
        Forms.requireValid(validator, request);
        administration.startOnboarding(request, actor);
        return administration.finishOnboarding(request.slug(), directory, actor, executor);
    }

    /** Runs the steps still missing of a partnership being set up; nothing for one already active. */
    public Tenant finish(String slug, String actor) {
        return administration.finishOnboarding(slug, directory, actor, executor);
    }
}

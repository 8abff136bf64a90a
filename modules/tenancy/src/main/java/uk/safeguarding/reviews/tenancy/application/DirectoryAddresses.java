package uk.safeguarding.reviews.tenancy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import uk.safeguarding.reviews.tenancy.api.PartnershipAddresses;
import uk.safeguarding.reviews.tenancy.api.PartnershipDirectory;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/** {@link PartnershipAddresses} from the sign-in service's directory, scoped to the current partnership. */
@ApplicationScoped
public class DirectoryAddresses implements PartnershipAddresses {

    private static final Logger LOG = Logger.getLogger(DirectoryAddresses.class.getName());

    @Inject
    private PartnershipDirectory directory;

    @Override
    public Optional<String> emailOf(String username) {
        String slug = TenantContext.tenant().slug();
        try {
            return directory.emailOf(slug, username);
        } catch (PartnershipDirectory.DirectoryException e) {
            // The act that asked goes on; the person is not e-mailed, and its record says so.
            LOG.warning("Could not look up the address of " + username + " in " + slug + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public List<String> holdersOf(String roleClaimName) {
        String slug = TenantContext.tenant().slug();
        try {
            return directory.membersOf(slug, roleClaimName);
        } catch (PartnershipDirectory.DirectoryException e) {
            LOG.warning("Could not look up who holds " + roleClaimName + " in " + slug + ": " + e.getMessage());
            return List.of();
        }
    }
}

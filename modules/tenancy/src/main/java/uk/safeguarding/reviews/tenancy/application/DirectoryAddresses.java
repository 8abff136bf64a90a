package uk.safeguarding.reviews.tenancy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
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
        return fromDirectory("the address of " + username, slug -> directory.emailOf(slug, username),
                Optional.empty());
    }

    @Override
    public List<String> holdersOf(String roleClaimName) {
        return fromDirectory("who holds " + roleClaimName, slug -> directory.membersOf(slug, roleClaimName),
                List.of());
    }

    /** The act that asked goes on without an answer: the person is not e-mailed, and its record says so. */
    private <T> T fromDirectory(String what, Function<String, T> lookUp, T unknown) {
        String slug = TenantContext.tenant().slug();
        try {
            return lookUp.apply(slug);
        } catch (PartnershipDirectory.DirectoryException e) {
            LOG.warning("Could not look up " + what + " in " + slug + ": " + e.getMessage());
            return unknown;
        }
    }
}

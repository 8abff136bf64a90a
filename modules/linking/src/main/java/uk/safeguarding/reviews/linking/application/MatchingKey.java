package uk.safeguarding.reviews.linking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.safeguarding.reviews.linking.domain.SubjectFingerprint;

/**
 * The key of the possible-link fingerprints: server configuration ({@code matching.key}, kept by the
 * run and test scripts with the other secrets), never in the database. Without a key nothing is
 * fingerprinted and no possible link is found; that is logged, not hidden.
 */
@ApplicationScoped
public class MatchingKey {

    private static final Logger LOG = Logger.getLogger(MatchingKey.class.getName());

    @Inject
    @ConfigProperty(name = "matching.key", defaultValue = "")
    private String key;

    private volatile Optional<SubjectFingerprint> fingerprints;

    public Optional<SubjectFingerprint> fingerprints() {
        Optional<SubjectFingerprint> known = fingerprints;
        if (known == null) {
            try {
                known = Optional.of(new SubjectFingerprint(key));
            } catch (IllegalArgumentException e) {
                LOG.severe("Possible links are off: " + e.getMessage() + " (set matching.key)");
                known = Optional.empty();
            }
            fingerprints = known;
        }
        return known;
    }
}

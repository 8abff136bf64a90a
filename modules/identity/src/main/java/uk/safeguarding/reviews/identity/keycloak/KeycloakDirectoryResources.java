package uk.safeguarding.reviews.identity.keycloak;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.safeguarding.reviews.identity.sessions.SignInSessions;
import uk.safeguarding.reviews.tenancy.api.PartnershipDirectory;

/** The directory the platform's pages use, and the sign-in sessions the tenant gate ends, configured from the server's variables (liberty/server.xml). */
@ApplicationScoped
public class KeycloakDirectoryResources {

    @Inject
    @ConfigProperty(name = "oidc.issuer")
    private String issuer;

    @Inject
    @ConfigProperty(name = "keycloak.admin.client.id", defaultValue = "safeguarding-admin")
    private String clientId;

    @Inject
    @ConfigProperty(name = "keycloak.admin.client.secret", defaultValue = "")
    private String clientSecret;

    private KeycloakPartnershipDirectory directory;

    @PostConstruct
    void connect() {
        directory = new KeycloakPartnershipDirectory(issuer, clientId, clientSecret);
    }

    @Produces
    @ApplicationScoped
    PartnershipDirectory partnershipDirectory() {
        return directory;
    }

    @Produces
    @ApplicationScoped
    SignInSessions signInSessions() {
        return directory;
    }
}

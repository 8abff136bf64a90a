package uk.safeguarding.reviews.web.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only once every schema is migrated and verified (GET /health/ready). The answer names the
 * build the server runs, so a rolling deployment (bin/deploy) can see each server take the new one.
 */
@Readiness
@ApplicationScoped
public class MigrationsReadiness implements HealthCheck {

    @Inject
    private PlatformStartup startup;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("schemas-migrated").status(startup.isReady())
                .withData("build", BuildIdentity.build())
                .build();
    }
}

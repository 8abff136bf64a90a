package uk.safeguarding.reviews.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Tests deploy the WAR the build produced, not a hand-picked list of classes. */
final class Deployments {

    static final String NAME = "safeguarding.war";

    private Deployments() {
    }

    static WebArchive application() {
        return ShrinkWrap.create(ZipImporter.class, NAME)
                .importFrom(new File("target/" + NAME))
                .as(WebArchive.class);
    }

    /** The application plus in-container test helpers. */
    static WebArchive applicationWithTestHelpers() {
        return application().addClasses(TestTenants.class, ReferralFixtures.class);
    }
}

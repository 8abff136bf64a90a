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
        return application().addClasses(TestTenants.class, ReferralFixtures.class, CaseFixtures.class, ExportedFiles.class,
                uk.safeguarding.reviews.referral.domain.content.ExampleReferrals.class);
    }

    /** The application, the test helpers and an in-process SMTP server (GreenMail) to catch its mail. */
    static WebArchive applicationWithMailCatcher() {
        File[] greenMail = new File("target/test-libs").listFiles((dir, name) -> name.endsWith(".jar"));
        if (greenMail == null || greenMail.length == 0) {
            throw new IllegalStateException("target/test-libs is empty: run through Maven (pre-integration-test copies GreenMail)");
        }
        return applicationWithTestHelpers().addClasses(MailCatcher.class, MailCatcher.StopWithDeployment.class)
                .addAsLibraries(greenMail);
    }
}

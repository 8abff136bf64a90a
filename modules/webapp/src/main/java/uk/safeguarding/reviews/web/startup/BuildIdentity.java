package uk.safeguarding.reviews.web.startup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Which build of the product this server runs: its version and when it was built (build.properties). */
final class BuildIdentity {

    private static final String BUILD = read();

    private BuildIdentity() {
    }

    static String build() {
        return BUILD;
    }

    private static String read() {
        try (InputStream in = BuildIdentity.class.getResourceAsStream("build.properties")) {
            if (in == null) {
                throw new IllegalStateException("build.properties is missing from the application");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("build", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

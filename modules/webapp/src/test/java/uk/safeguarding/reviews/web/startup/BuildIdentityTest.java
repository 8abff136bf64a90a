package uk.safeguarding.reviews.web.startup;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BuildIdentityTest {

    @Test
    void theBuildIsNamedByItsVersionAndWhenMavenMadeIt() {
        String build = BuildIdentity.build();
        assertTrue(build.matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? built \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"),
                "not filled in by Maven: " + build);
    }
}

package uk.safeguarding.reviews.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.ProductClock;

/**
 * One clock for everything (issue 12): no class of any module, product or test, reads the system
 * clock; only {@link ProductClock} does, so running as if it were another day moves every "now".
 * A test comparing a fixed date with the computer's date passed on the day it was written and failed
 * every day after.
 */
class NoSystemClockTest {

    private static final Set<String> TIME_TYPES = Set.of("java.time.LocalDate", "java.time.LocalDateTime",
            "java.time.LocalTime", "java.time.OffsetDateTime", "java.time.OffsetTime", "java.time.ZonedDateTime",
            "java.time.Instant", "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");

    private static JavaClasses everyModule;

    @BeforeAll
    static void importEveryModulesProductAndTestClasses() throws IOException {
        List<Path> compiled = new ArrayList<>();
        try (Stream<Path> modules = Files.list(Path.of(".."))) {
            for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
                for (String kind : List.of("main", "test")) {
                    if (Files.isDirectory(module.resolve("src/" + kind + "/java"))) {
                        Path classes = module.resolve(kind.equals("main") ? "target/classes" : "target/test-classes");
                        assertTrue(Files.isDirectory(classes), classes + " is missing: build the whole project first");
                        compiled.add(classes);
                    }
                }
            }
        }
        everyModule = new ClassFileImporter().importPaths(compiled);
    }

    @Test
    void theRuleSeesTheTestsOfEveryModule() {
        for (String test : List.of("uk.safeguarding.reviews.referral.domain.content.ReferralContentTest",
                "uk.safeguarding.reviews.clocks.domain.DeadlineCalculatorTest",
                "uk.safeguarding.reviews.web.it.BrowserJourneyIT", "uk.safeguarding.reviews.web.it.ClockEngineIT")) {
            assertTrue(everyModule.contain(test), test + " was not imported");
        }
    }

    @Test
    void onlyTheProductClockReadsTheSystemClock() {
        noClasses().that().doNotHaveFullyQualifiedName(ProductClock.class.getName())
                .should().callMethodWhere(readsTheSystemClock())
                .orShould().callConstructorWhere(newDateOfNow())
                .because("time comes from the product's Clock (injected, or ProductClock.configured()), so a test"
                        + " or bin/test --date can set it")
                .check(everyModule);
    }

    private static DescribedPredicate<JavaMethodCall> readsTheSystemClock() {
        return new DescribedPredicate<>("read the system clock (now() without a Clock, Clock.system*,"
                + " System.currentTimeMillis, Calendar.getInstance)") {
            @Override
            public boolean test(JavaMethodCall call) {
                String owner = call.getTargetOwner().getName();
                String name = call.getName();
                if (name.equals("now") && TIME_TYPES.contains(owner)) {
                    return !parameters(call).equals(List.of("java.time.Clock"));
                }
                return (owner.equals("java.time.Clock") && name.startsWith("system"))
                        || (owner.equals("java.time.InstantSource") && name.equals("system"))
                        || (owner.equals("java.lang.System") && name.equals("currentTimeMillis"))
                        || (owner.equals("java.util.Calendar") && name.equals("getInstance"));
            }
        };
    }

    private static DescribedPredicate<JavaConstructorCall> newDateOfNow() {
        return new DescribedPredicate<>("create a java.util.Date of the system's now") {
            @Override
            public boolean test(JavaConstructorCall call) {
                return call.getTargetOwner().getName().equals("java.util.Date") && parameters(call).isEmpty();
            }
        };
    }

    private static List<String> parameters(JavaCodeUnitAccess<?> call) {
        return call.getTarget().getRawParameterTypes().stream().map(JavaClass::getName).toList();
    }
}

package uk.safeguarding.reviews.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import uk.safeguarding.reviews.kernel.InternalApi;

/**
 * The walls between modules (issue 13 §2): a module's storage (its repositories, entities and
 * infrastructure) is its own; another module asks its application services, which check who may do
 * what. Modules depend on each other without cycles.
 */
@AnalyzeClasses(packages = "uk.safeguarding.reviews",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ModuleWallsTest {

    private static final String ROOT = "uk.safeguarding.reviews.";

    @ArchTest
    static final ArchRule modulesHaveNoCycles = slices().matching("uk.safeguarding.reviews.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noModuleTouchesAnotherModulesStorage = classes().that().resideInAPackage("uk.safeguarding.reviews..")
            .should(new ArchCondition<JavaClass>("not touch another module's repositories, entities or infrastructure") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass();
                        if (target.getName().startsWith(ROOT) && isStorage(target)
                                && !moduleOf(target).equals(moduleOf(origin))) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            });

    /** Pages call services that check who may do what, never an API that checks nothing. */
    @ArchTest
    static final ArchRule pagesNeverUseInternalApis = noClasses().that().resideInAPackage("..web..")
            .should().dependOnClassesThat().areAnnotatedWith(InternalApi.class)
            .because("an internal API checks no permission: its callers do");

    /**
     * The platform's pages (issue 18) reach the platform's records only: no partnership's module, and
     * not the export of a partnership's data, which is the operators' (bin/tenants), never a page's.
     */
    @ArchTest
    static final ArchRule platformPagesReachNoPartnershipsData = classes().that().resideInAPackage("..web.platform..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("uk.safeguarding.reviews.web.platform..",
                    "uk.safeguarding.reviews.web.shell..", "uk.safeguarding.reviews.web.security..",
                    "uk.safeguarding.reviews.tenancy.api..", "uk.safeguarding.reviews.tenancy.application..",
                    "uk.safeguarding.reviews.tenancy.domain..", "uk.safeguarding.reviews.identity",
                    "uk.safeguarding.reviews.kernel", "java..", "jakarta..")
            .andShould(new ArchCondition<JavaClass>("not export a partnership's data") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    origin.getMethodCallsFromSelf().stream()
                            .filter(call -> call.getName().equals("exportArchive") || call.getName().equals("importArchive"))
                            .forEach(call -> events.add(SimpleConditionEvent.violated(call, call.getDescription())));
                }
            })
            .because("the platform's administrators never read case data");

    /** Repositories, entities and infrastructure; a value type nested in one (an enum, a record) is not storage. */
    private static boolean isStorage(JavaClass type) {
        if (type.isEnum() || type.isRecord()) {
            return false;
        }
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer.getSimpleName().endsWith("Repository") || outer.isAnnotatedWith("jakarta.persistence.Entity")
                || outer.getPackageName().contains(".infrastructure");
    }

    private static String moduleOf(JavaClass type) {
        String rest = type.getName().substring(ROOT.length());
        return rest.substring(0, rest.indexOf('.'));
    }
}

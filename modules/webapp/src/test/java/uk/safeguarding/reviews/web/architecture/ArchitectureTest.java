package uk.safeguarding.reviews.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The walls between layers and contexts (STYLE.md), checked on the compiled classes. */
@AnalyzeClasses(packages = "uk.safeguarding.reviews",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    /** Test helpers shared through another module's test jar are tests too, not the product. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("-tests.jar");
        }
    }

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..application..", "..infrastructure..",
                    "..web..", "jakarta.faces..", "jakarta.servlet..", "jakarta.enterprise..", "liquibase..",
                    "org.eclipse.persistence..")
            .because("domain rules are unit-tested without a container");

    @ArchTest
    static final ArchRule webBeansNeverTouchPersistence = noClasses().that().resideInAPackage("..web..")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .orShould().dependOnClassesThat().resideInAPackage("..infrastructure..")
            .because("Faces beans are thin and call application services");

    @ArchTest
    static final ArchRule tenancyInternalsStayInside = noClasses().that()
            .resideOutsideOfPackage("uk.safeguarding.reviews.tenancy..")
            .should().dependOnClassesThat().resideInAPackage("uk.safeguarding.reviews.tenancy.infrastructure..")
            .because("the schema router and migrations are tenancy's own business");

    @ArchTest
    static final ArchRule contextsDoNotReachIntoEachOthersStorage = noClasses().that()
            .resideOutsideOfPackage("uk.safeguarding.reviews.referral..")
            .should().dependOnClassesThat().resideInAPackage("uk.safeguarding.reviews.referral.infrastructure..");
}

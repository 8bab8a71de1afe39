package dk.virkning.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.annotation.RestController;

/** The house style, enforced: a violation fails the build instead of waiting for a review. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("dk.virkning");

    private static final JavaClasses PLUGIN_API = new ClassFileImporter().importPackages("dk.virkning.plugin.api");

    @Test
    void pluginApiIsFreeOfFrameworks() {
        noClasses()
                .that()
                .resideInAPackage("dk.virkning.plugin.api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "jakarta.persistence..",
                        "org.hibernate..",
                        "com.fasterxml..",
                        "tools.jackson..",
                        "dk.virkning.plugin",
                        "dk.virkning.settlement..",
                        "dk.virkning.program..")
                .check(PLUGIN_API);
    }

    @Test
    void noFieldInjection() {
        noFields().should().beAnnotatedWith(Autowired.class).check(MAIN);
    }

    @Test
    void controllersImplementTheGeneratedApiAndStayPackagePrivate() {
        classes()
                .that()
                .areAnnotatedWith(RestController.class)
                .should()
                .implement(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "an interface generated into dk.virkning.api",
                        (com.tngtech.archunit.core.domain.JavaClass c) ->
                                c.getPackageName().equals("dk.virkning.api")))
                .andShould()
                .notBePublic()
                .check(MAIN);
    }

    @Test
    void timeComesFromTheInjectedClock() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("dk.virkning.shared.ClockConfiguration")
                .should()
                .callMethod(Clock.class, "systemUTC")
                .orShould()
                .callMethod(Clock.class, "systemDefaultZone")
                .orShould()
                .callMethod(Instant.class, "now")
                .orShould()
                .callMethod(LocalDate.class, "now")
                .orShould()
                .callMethod(LocalDateTime.class, "now")
                .check(MAIN);
    }

    @Test
    void moneyIsNeverAFloatingPointNumberInPluginResults() {
        noClasses()
                .that()
                .resideInAPackage("dk.virkning.plugin.api..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.lang.Double")
                .check(PLUGIN_API);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        SlicesRuleDefinition.slices()
                .matching("dk.virkning.(*)..")
                .should()
                .beFreeOfCycles()
                .check(MAIN);
    }
}

package dk.virkning.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * The web console goes through the public API only: it depends on no platform feature package,
 * only on the generated API client, Spring (and Thymeleaf) and the JDK. Proved able to fail on a
 * fixture that reaches into a feature's service.
 */
class ConsoleArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.virkning.console");

    @Test
    void theImportHoldsTheConsole() {
        assertThat(MAIN.containPackage("dk.virkning.console.web")).isTrue();
        assertThat(MAIN.containPackage("dk.virkning.console.municipality")).isTrue();
    }

    @Test
    void theConsoleDependsOnNoFeaturePackageOfThePlatform() {
        noFeaturePackages().check(MAIN);
    }

    @Test
    void theConsoleDependsOnlyOnTheClientSpringAndTheJdk() {
        onlyTheClientAndFrameworks().check(MAIN);
    }

    @Test
    void theRulesCatchAConsoleClassThatReachesIntoAFeature() throws Exception {
        JavaClasses fixture =
                new ClassFileImporter().importClasses(Class.forName("dk.virkning.console.ReachesIntoAFeature"));

        EvaluationResult features = noFeaturePackages().evaluate(fixture);
        assertThat(features.hasViolation()).isTrue();
        assertThat(features.getFailureReport().getDetails())
                .anySatisfy(d -> assertThat(d).contains("dk.virkning.program.Programs"));
        assertThat(onlyTheClientAndFrameworks().evaluate(fixture).hasViolation())
                .isTrue();
    }

    private static ArchRule noFeaturePackages() {
        return noClasses()
                .that()
                .resideInAPackage("dk.virkning.console..")
                .should()
                .dependOnClassesThat(resideInAPackage("dk.virkning..")
                        .and(not(resideInAnyPackage("dk.virkning.console..", "dk.virkning.client.."))))
                .as("the console depends on no platform feature package (only the generated API client)");
    }

    private static ArchRule onlyTheClientAndFrameworks() {
        return classes()
                .that()
                .resideInAPackage("dk.virkning.console..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "jakarta.servlet..",
                        "dk.virkning.console..",
                        "dk.virkning.client..",
                        "org.springframework..",
                        "org.thymeleaf..",
                        // The generated client's own JSON mapper reads its problem details.
                        "com.fasterxml.jackson..");
    }
}

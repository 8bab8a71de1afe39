package dk.virkning.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dk.virkning.spi.FormulaContext;
import dk.virkning.spi.PaymentFormula;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.annotation.RestController;

/**
 * The house rules on the main code, the plugin API's boundary, and proof that each rule catches what
 * it is meant to catch (a rule that cannot fail guards nothing).
 */
class ArchitectureBoundaryTest {

    /** Everything under dk.virkning on the main class path: the platform and the plugin-api jar. */
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.virkning");

    private static final String CLOCK_CONFIGURATION = "dk.virkning.shared.ClockConfiguration";

    @Test
    void theImportHoldsThePlatformAndThePluginApi() {
        assertThat(MAIN.containPackage("dk.virkning.spi")).isTrue();
        assertThat(MAIN.contain(FormulaContext.class)).isTrue();
        assertThat(MAIN.contain(PaymentFormula.class)).isTrue();
        assertThat(MAIN.contain(CLOCK_CONFIGURATION)).isTrue();
        assertThat(MAIN.that(
                        describe("are REST controllers", (JavaClass c) -> c.isAnnotatedWith(RestController.class))))
                .hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void thePluginApiDependsOnNoFramework() {
        pluginApiIsFreeOfFrameworks(PLUGIN_API).check(MAIN);
    }

    @Test
    void thePluginApiDependsOnNothingOfThePlatform() {
        pluginApiIsFreeOfThePlatform(PLUGIN_API).check(MAIN);
    }

    @Test
    void thePluginApiDependsOnlyOnTheJdkAndPf4j() {
        pluginApiDependsOnlyOnTheJdkAndPf4j(PLUGIN_API).check(MAIN);
    }

    @Test
    void noFieldIsInjected() {
        noFieldInjection().check(MAIN);
    }

    @Test
    void everyControllerImplementsAGeneratedApiInterface() {
        controllersImplementTheApi().check(MAIN);
    }

    @Test
    void controllersAreNotPublic() {
        controllersArePackagePrivate().check(MAIN);
    }

    @Test
    void onlyTheClockConfigurationReadsTheSystemClock() {
        timeComesFromTheInjectedClock(CLOCK_CONFIGURATION).check(MAIN);
    }

    // --- each rule can fail ---

    @Test
    void theClockRuleFindsTheOneSanctionedCallWhenItIsNotExcepted() {
        EvaluationResult result = timeComesFromTheInjectedClock("no.such.Class").evaluate(MAIN);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .singleElement()
                .asString()
                .contains(CLOCK_CONFIGURATION)
                .contains("systemUTC");
    }

    @Test
    void theClockRuleCatchesEveryWayOfReadingTheSystemClock() {
        JavaClasses fixtures = new ClassFileImporter().importClasses(ReadsTheSystemClock.class);

        EvaluationResult result =
                timeComesFromTheInjectedClock(CLOCK_CONFIGURATION).evaluate(fixtures);

        assertThat(result.getFailureReport().getDetails())
                .hasSize(4)
                .anySatisfy(d -> assertThat(d).contains("Instant.now()"))
                .anySatisfy(d -> assertThat(d).contains("LocalDate.now()"))
                .anySatisfy(d -> assertThat(d).contains("Clock.systemUTC()"))
                .anySatisfy(d -> assertThat(d).contains("OffsetDateTime.now()"));
    }

    @Test
    void theClockRuleAllowsReadingAnInjectedClock() {
        JavaClasses fixtures = new ClassFileImporter().importClasses(ReadsAnInjectedClock.class);

        assertThat(timeComesFromTheInjectedClock(CLOCK_CONFIGURATION)
                        .evaluate(fixtures)
                        .hasViolation())
                .isFalse();
    }

    @Test
    void theFieldInjectionRuleCatchesAnAutowiredField() {
        JavaClasses fixtures = new ClassFileImporter().importClasses(InjectsAField.class);

        assertThat(noFieldInjection().evaluate(fixtures).hasViolation()).isTrue();
    }

    @Test
    void theControllerRulesCatchAPublicControllerWithoutAnApiInterface() {
        JavaClasses fixtures = new ClassFileImporter().importClasses(RogueController.class);

        assertThat(controllersImplementTheApi().evaluate(fixtures).hasViolation())
                .isTrue();
        assertThat(controllersArePackagePrivate().evaluate(fixtures).hasViolation())
                .isTrue();
    }

    @Test
    void thePluginApiRulesCatchAFrameworkOrPlatformDependency() {
        // The plugin API holds no offending class to catch, so the same rules, pointed at a fixture's
        // package, must catch a fixture that depends on Spring and on another platform package.
        JavaClasses fixtures = new ClassFileImporter().importClasses(UsesSpringAndThePlatform.class);
        String fixturePackage = "dk.virkning.architecture..";

        assertThat(pluginApiIsFreeOfFrameworks(fixturePackage)
                        .evaluate(fixtures)
                        .getFailureReport()
                        .getDetails())
                .anySatisfy(d -> assertThat(d).contains("org.springframework"));
        assertThat(pluginApiIsFreeOfThePlatform(fixturePackage)
                        .evaluate(fixtures)
                        .getFailureReport()
                        .getDetails())
                .anySatisfy(d -> assertThat(d).contains("dk.virkning.program.ProgramId"));
        assertThat(pluginApiDependsOnlyOnTheJdkAndPf4j(fixturePackage)
                        .evaluate(fixtures)
                        .getFailureReport()
                        .getDetails())
                .anySatisfy(d -> assertThat(d).contains("org.springframework"))
                .anySatisfy(d -> assertThat(d).contains("dk.virkning.program.ProgramId"));
    }

    // --- the rules ---

    private static final String[] FRAMEWORKS = {
        "org.springframework..", "jakarta.persistence..", "org.hibernate..", "com.fasterxml..", "tools.jackson.."
    };

    private static final DescribedPredicate<JavaClass> PLATFORM_OUTSIDE_PLUGIN_API = resideInAPackage("dk.virkning..")
            .and(not(resideInAPackage("dk.virkning.spi..")))
            .as("a platform class outside dk.virkning.spi");

    private static final String PLUGIN_API = "dk.virkning.spi..";

    private static ArchRule pluginApiIsFreeOfFrameworks(String pluginApi) {
        return noClasses()
                .that()
                .resideInAPackage(pluginApi)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FRAMEWORKS);
    }

    private static ArchRule pluginApiIsFreeOfThePlatform(String pluginApi) {
        return noClasses()
                .that()
                .resideInAPackage(pluginApi)
                .should()
                .dependOnClassesThat(PLATFORM_OUTSIDE_PLUGIN_API.and(not(resideInAPackage(pluginApi))));
    }

    private static ArchRule pluginApiDependsOnlyOnTheJdkAndPf4j(String pluginApi) {
        return classes()
                .that()
                .resideInAPackage(pluginApi)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", pluginApi, "org.pf4j..");
    }

    private static ArchRule noFieldInjection() {
        return noFields()
                .that()
                .areDeclaredInClassesThat()
                .resideInAPackage("dk.virkning..")
                .should()
                .beAnnotatedWith(Autowired.class);
    }

    private static ArchRule controllersImplementTheApi() {
        return classes()
                .that()
                .areAnnotatedWith(RestController.class)
                .and()
                .resideInAPackage("dk.virkning..")
                .should()
                .implement(describe(
                        "an interface generated into dk.virkning.api",
                        (JavaClass c) -> c.isInterface() && c.getPackageName().equals("dk.virkning.api")));
    }

    private static ArchRule controllersArePackagePrivate() {
        return classes()
                .that()
                .areAnnotatedWith(RestController.class)
                .and()
                .resideInAPackage("dk.virkning..")
                .should()
                .bePackagePrivate();
    }

    private static ArchRule timeComesFromTheInjectedClock(String except) {
        return noClasses()
                .that()
                .resideInAPackage("dk.virkning..")
                .and()
                .doNotHaveFullyQualifiedName(except)
                .should()
                .callMethod(Clock.class, "systemUTC")
                .orShould()
                .callMethod(Clock.class, "systemDefaultZone")
                .orShould()
                .callMethodWhere(describe(
                        "a java.time now() that does not take a clock",
                        (JavaMethodCall call) -> call.getTarget().getName().equals("now")
                                && call.getTargetOwner().getPackageName().equals("java.time")
                                && call.getTarget().getRawParameterTypes().stream()
                                        .noneMatch(t -> t.isEquivalentTo(Clock.class))));
    }

    // --- fixtures: classes that break the rules on purpose ---

    @SuppressWarnings("unused")
    static class ReadsTheSystemClock {
        Object[] read() {
            return new Object[] {Instant.now(), LocalDate.now(), Clock.systemUTC(), OffsetDateTime.now()};
        }
    }

    @SuppressWarnings("unused")
    static class ReadsAnInjectedClock {
        private final Clock clock;

        ReadsAnInjectedClock(Clock clock) {
            this.clock = clock;
        }

        Object[] read() {
            return new Object[] {Instant.now(clock), LocalDate.now(clock), clock.instant()};
        }
    }

    @SuppressWarnings("unused")
    static class InjectsAField {
        @Autowired
        private Clock clock;
    }

    @RestController
    public static class RogueController {}

    @SuppressWarnings("unused")
    static class UsesSpringAndThePlatform {
        @Autowired
        private dk.virkning.program.ProgramId program;
    }
}

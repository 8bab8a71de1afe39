package dk.virkning.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Money is never floating point, and feature packages have no cycles; each rule with proof that it
 * fails on a fixture that breaks it. The other house rules are in ArchitectureBoundaryTest.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("dk.virkning");

    private static final JavaClasses PLUGIN_API = new ClassFileImporter().importPackages("dk.virkning.spi");

    /** The investor's XIRR solver: its doubles are rates and year fractions, never an amount of money. */
    private static final String RATE_SOLVER = "dk.virkning.investor.Xirr";

    private static final Set<String> FLOATING_POINT =
            Set.of("double", "float", Double.class.getName(), Float.class.getName());

    @Test
    void moneyIsNeverAFloatingPointNumberInPluginResults() {
        pluginApiUsesNoBoxedFloatingPoint("dk.virkning.spi..").check(PLUGIN_API);
        noFloatingPointMembers("dk.virkning.spi..").check(PLUGIN_API);
    }

    @Test
    void noPlatformFieldOrRecordComponentIsAFloatingPointNumber() {
        noFloatingPointFields("dk.virkning..", RATE_SOLVER).check(MAIN);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        noCycles("dk.virkning.(*)..").check(MAIN);
    }

    // --- each rule can fail ---

    @Test
    void theMoneyRulesCatchPrimitiveAndBoxedFloatingPointFieldsRecordComponentsAndMethods() {
        JavaClasses fixtures = new ClassFileImporter()
                .importClasses(
                        PricedInDouble.class, PricedInFloat.class, PricedInBoxedDouble.class, ReturnsAFloat.class);

        EvaluationResult fields =
                noFloatingPointFields("dk.virkning.architecture..", RATE_SOLVER).evaluate(fixtures);
        EvaluationResult members =
                noFloatingPointMembers("dk.virkning.architecture..").evaluate(fixtures);
        EvaluationResult boxed =
                pluginApiUsesNoBoxedFloatingPoint("dk.virkning.architecture..").evaluate(fixtures);

        assertThat(fields.getFailureReport().getDetails())
                .hasSize(3)
                .anySatisfy(d -> assertThat(d).contains("PricedInDouble.amount").contains("double"))
                .anySatisfy(d -> assertThat(d).contains("PricedInFloat.amount").contains("float"))
                .anySatisfy(d ->
                        assertThat(d).contains("PricedInBoxedDouble.amount").contains("Double"));
        assertThat(members.getFailureReport().getDetails())
                .anySatisfy(d -> assertThat(d).contains("PricedInDouble.amount()"))
                .anySatisfy(d -> assertThat(d).contains("ReturnsAFloat.amount(int)"))
                .anySatisfy(d -> assertThat(d).contains("ReturnsAFloat.scaled(java.math.BigDecimal, double)"));
        assertThat(boxed.hasViolation()).isTrue();
    }

    @Test
    void theMoneyRulesLetBigDecimalAndTheRateSolverPass() {
        JavaClasses fixtures = new ClassFileImporter().importClasses(PricedInBigDecimal.class);

        assertThat(noFloatingPointFields("dk.virkning.architecture..", RATE_SOLVER)
                        .evaluate(fixtures)
                        .hasViolation())
                .isFalse();
        assertThat(noFloatingPointMembers("dk.virkning.architecture..")
                        .evaluate(fixtures)
                        .hasViolation())
                .isFalse();
        assertThat(noFloatingPointFields("dk.virkning..", "no.such.Class")
                        .evaluate(MAIN)
                        .getFailureReport()
                        .getDetails())
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d).contains(RATE_SOLVER));
    }

    @Test
    void theCycleRuleCatchesTwoPackagesThatDependOnEachOther() {
        JavaClasses fixtures = new ClassFileImporter().importPackages("dk.virkning.architecture.cycle");

        EvaluationResult result =
                noCycles("dk.virkning.architecture.cycle.(*)..").evaluate(fixtures);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("Ping").contains("Pong");
    }

    // --- the rules ---

    private static ArchRule pluginApiUsesNoBoxedFloatingPoint(String pkg) {
        return noClasses()
                .that()
                .resideInAPackage(pkg)
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName(Double.class.getName())
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName(Float.class.getName());
    }

    /** Fields (a record's components are its fields) of a floating point type, primitive or boxed. */
    private static ArchRule noFloatingPointFields(String pkg, String except) {
        return fields().that()
                .areDeclaredInClassesThat()
                .resideInAPackage(pkg)
                .and()
                .areDeclaredInClassesThat()
                .doNotHaveFullyQualifiedName(except)
                .should(notBeFloatingPoint())
                .allowEmptyShould(true);
    }

    /** Fields, and parameters and results of methods and constructors, of a floating point type. */
    private static ArchRule noFloatingPointMembers(String pkg) {
        return members()
                .that()
                .areDeclaredInClassesThat()
                .resideInAPackage(pkg)
                .should(notBeFloatingPoint())
                .allowEmptyShould(true);
    }

    private static ArchRule noCycles(String slices) {
        return SlicesRuleDefinition.slices().matching(slices).should().beFreeOfCycles();
    }

    private static ArchCondition<JavaMember> notBeFloatingPoint() {
        return new ArchCondition<>("not hold, take or return a double, float, Double or Float") {
            @Override
            public void check(JavaMember member, ConditionEvents events) {
                if (member.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                    return;
                }
                List<JavaClass> types = new java.util.ArrayList<>();
                if (member instanceof JavaField field) {
                    types.add(field.getRawType());
                } else if (member instanceof JavaCodeUnit code) {
                    types.add(code.getRawReturnType());
                    types.addAll(code.getRawParameterTypes());
                }
                types.stream()
                        .filter(t -> FLOATING_POINT.contains(t.getName()))
                        .findFirst()
                        .ifPresent(t -> events.add(SimpleConditionEvent.violated(
                                member, member.getFullName() + " uses " + t.getName() + " (money is BigDecimal)")));
            }
        };
    }

    // --- fixtures: classes that break the rules on purpose ---

    record PricedInDouble(double amount) {}

    @SuppressWarnings("unused")
    static class PricedInFloat {
        private float amount;
    }

    @SuppressWarnings("unused")
    static class PricedInBoxedDouble {
        private Double amount;
    }

    @SuppressWarnings("unused")
    static class ReturnsAFloat {
        float amount(int cents) {
            return cents / 100f;
        }

        BigDecimal scaled(BigDecimal amount, double factor) {
            return amount.multiply(BigDecimal.valueOf(factor));
        }
    }

    record PricedInBigDecimal(BigDecimal amount) {}
}

package dk.virkning.spi.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dk.virkning.spi.FormulaContext;
import dk.virkning.spi.FormulaResult;
import dk.virkning.spi.InterventionModel;
import dk.virkning.spi.InterventionModelProvider;
import dk.virkning.spi.ParticipantInput;
import dk.virkning.spi.PaymentFormula;
import dk.virkning.spi.ResultLine;
import dk.virkning.spi.SettlementPeriod;
import dk.virkning.spi.Terms;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The contract every plugin must pass. A plugin's test extends this class and says which formula,
 * model, terms and cohort to use; JUnit then runs every check below.
 */
public abstract class PluginContractTest {

    /** The plugin's payment formula. */
    protected abstract PaymentFormula formula();

    /** The plugin's intervention model. */
    protected abstract InterventionModelProvider model();

    /** Terms that satisfy the plugin's schema. */
    protected abstract Terms terms();

    /** A cohort that exercises the formula (several participants, some with unknown weeks). */
    protected abstract List<ParticipantInput> cohort();

    /** The period to evaluate. */
    protected abstract SettlementPeriod period();

    /** Terms from JSON, read the way the platform reads them, for {@link #terms()}. */
    protected static Terms termsFromJson(String json) {
        try {
            return TermsFile.parse(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private FormulaResult evaluate() throws Exception {
        return formula().evaluate(new FormulaContext("contract", terms(), period(), cohort()));
    }

    @Test
    void formulaAndModelShareOneStableId() {
        assertThat(formula().id()).isNotBlank().isEqualTo(model().id());
    }

    @Test
    void theSameInputGivesTheSameResult() throws Exception {
        assertThat(evaluate()).isEqualTo(evaluate());
    }

    @Test
    void theSameInputGivesTheSameResultAcrossThreads() throws Exception {
        FormulaResult expected = evaluate();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<FormulaResult>> futures = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                futures.add(pool.submit(this::evaluate));
            }
            for (Future<FormulaResult> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void amountsAreDkkWithTwoDecimalsAndTheLinesAddUp() throws Exception {
        FormulaResult result = evaluate();
        assertThat(result.earned().scale()).isEqualTo(2);
        BigDecimal sum = BigDecimal.ZERO;
        for (ResultLine line : result.lines()) {
            assertThat(line.amount().scale()).as(line.toString()).isEqualTo(2);
            sum = sum.add(line.amount());
        }
        assertThat(sum).isEqualByComparingTo(result.earned());
    }

    @Test
    void linesAndPendingOutcomesNameOnlyParticipantsOfTheInput() throws Exception {
        Set<String> known =
                cohort().stream().map(ParticipantInput::participantId).collect(Collectors.toSet());
        FormulaResult result = evaluate();
        result.lines().stream().filter(l -> l.participantId() != null).forEach(l -> assertThat(known)
                .contains(l.participantId()));
        result.pending().forEach(p -> assertThat(known).contains(p.participantId()));
    }

    @Test
    void theModelIsComplete() throws Exception {
        InterventionModel m = model().describe();
        assertThat(m.name()).isNotBlank();
        assertThat(m.targetGroups()).isNotEmpty().allSatisfy(g -> assertThat(g.capacity())
                .isPositive());
        Set<String> phases = new HashSet<>();
        m.phases().forEach(p -> phases.add(p.code()));
        m.phases().forEach(p -> {
            assertThat(p.maxWeeks()).isPositive();
            assertThat(phases).containsAll(p.next());
        });
        Set<String> activities = new HashSet<>();
        m.activities().forEach(a -> activities.add(a.code()));
        m.guidancePackages().forEach(g -> assertThat(activities)
                .containsAll(g.basicActivities())
                .containsAll(g.supplementaryActivities()));
    }

    @Test
    void theTermsSchemaIsValidAndAcceptsTheSampleTerms() throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(model().describe().termsSchema());
        assertThat(schema.validate(TermsFile.tree(terms()))).isEmpty();
        assertThat(schema.validate(TermsFile.tree(new Terms(java.util.Map.of("unexpected", 1)))))
                .as("the schema must refuse terms it does not know")
                .isNotEmpty();
    }

    @Test
    void thePluginUsesNoFileNetworkClockOrRandomness() {
        JavaClasses plugin = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(formula().getClass().getPackageName());
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.io..", "java.nio.file..", "java.net..", "java.nio.channels..")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.time.Clock")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.util.Random")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .orShould()
                .callMethod(System.class, "nanoTime")
                .orShould()
                .callMethod(Math.class, "random")
                .orShould()
                .callMethod(java.time.Instant.class, "now")
                .orShould()
                .callMethod(java.time.LocalDate.class, "now")
                .check(plugin);
    }
}

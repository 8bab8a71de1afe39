package dk.virkning.spi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dk.virkning.gate.BytecodeGate;
import dk.virkning.gate.Violation;
import dk.virkning.spi.FormulaContext;
import dk.virkning.spi.FormulaResult;
import dk.virkning.spi.InterventionModel;
import dk.virkning.spi.InterventionModelProvider;
import dk.virkning.spi.ParticipantInput;
import dk.virkning.spi.PaymentFormula;
import dk.virkning.spi.PendingOutcome;
import dk.virkning.spi.ResultLine;
import dk.virkning.spi.SettlementPeriod;
import dk.virkning.spi.Terms;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
    void openAmountsAreDkkWithAtMostTwoDecimalsAndNotNegative() throws Exception {
        for (PendingOutcome p : evaluate().pending()) {
            p.openAmount().ifPresent(amount -> {
                assertThat(amount.scale()).as(p.toString()).isLessThanOrEqualTo(2);
                assertThat(amount.signum()).as(p.toString()).isNotNegative();
            });
        }
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

    /**
     * The plugin's compiled classes (where its formula and model come from: a class directory or a
     * jar) pass the platform's install-time gate, the same rules the platform applies at upload: no
     * file or network I/O, process control, reflection, class loading, threads, Unsafe, native
     * methods, clock or randomness.
     */
    @Test
    void thePluginUsesNoForbiddenApi() throws Exception {
        Set<Path> locations = new LinkedHashSet<>();
        for (Object extension : List.of(formula(), model())) {
            locations.add(Path.of(extension
                    .getClass()
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI()));
        }
        List<Violation> violations = new ArrayList<>();
        for (Path location : locations) {
            violations.addAll(
                    Files.isDirectory(location)
                            ? BytecodeGate.scanDirectory(location)
                            : BytecodeGate.scanJar(location));
        }
        assertThat(violations)
                .withFailMessage(
                        "The plugin uses APIs the plugin contract forbids (the platform refuses it at upload):%n%s",
                        violations.stream().map(Violation::toString).collect(Collectors.joining("\n")))
                .isEmpty();
    }
}

package dk.virkning.settlement;

import dk.virkning.plugin.InstalledPlugin;
import dk.virkning.plugin.PluginRegistry;
import dk.virkning.program.Program;
import dk.virkning.program.ProgramId;
import dk.virkning.program.Programs;
import dk.virkning.security.CurrentUser;
import dk.virkning.shared.ProblemError;
import dk.virkning.shared.ProblemException;
import dk.virkning.snapshot.CanonicalJson;
import dk.virkning.snapshot.Snapshot;
import dk.virkning.snapshot.SnapshotReader;
import dk.virkning.spi.FormulaContext;
import dk.virkning.spi.GoalResult;
import dk.virkning.spi.InterventionModel;
import dk.virkning.spi.SettlementPeriod;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A program's effect-goal dashboard: the plugin's evaluator over the same kind of input a settlement
 * gets, from the program's start to the last ISO week ended by the day asked for. Aggregated: it
 * names no participant.
 */
@Service
class EffectGoals {

    private final Programs programs;
    private final PluginRegistry plugins;
    private final SettlementInputs inputs;
    private final FormulaRunner runner;
    private final Clock clock;

    EffectGoals(Programs programs, PluginRegistry plugins, SettlementInputs inputs, FormulaRunner runner, Clock clock) {
        this.programs = programs;
        this.plugins = plugins;
        this.inputs = inputs;
        this.runner = runner;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Dashboard of(CurrentUser user, ProgramId id, LocalDate asOf) {
        Program program = programs.get(user, id);
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        if (day.isBefore(program.startDate())) {
            throw ProblemException.unprocessable(
                    "invalid-date",
                    "asOf is before the program starts (" + program.startDate() + ")",
                    List.of(ProblemError.field("asOf", "is before the program's start")));
        }
        InstalledPlugin plugin = plugins.find(program.pluginId(), program.pluginVersion())
                .orElseThrow(() -> ProblemException.conflict("The program's plugin is not installed"));
        SettlementPeriod period = new SettlementPeriod(program.startDate(), day);
        Map<String, Object> terms = programs.termsMap(program);
        FormulaContext context = inputs.build(program, SnapshotReader.terms(CanonicalJson.write(terms)), period);
        List<GoalResult> results = plugin.hasGoalEvaluator()
                ? runner.goals(
                        plugin, Snapshot.of(context, plugin.identity(), terms).gzip())
                : List.of();
        Map<String, GoalResult> measured =
                results.stream().collect(Collectors.toMap(GoalResult::code, Function.identity(), (a, b) -> a));
        List<Goal> goals = plugin.model().effectGoals().stream()
                .map(g -> new Goal(g, measured.get(g.code())))
                .toList();
        return new Dashboard(program, day, period, context.participants().size(), goals);
    }

    /** One goal: its definition, and its result when the plugin measures it. */
    record Goal(InterventionModel.EffectGoal goal, GoalResult result) {}

    /** The dashboard as of a day. */
    record Dashboard(Program program, LocalDate asOf, SettlementPeriod period, int participants, List<Goal> goals) {}
}

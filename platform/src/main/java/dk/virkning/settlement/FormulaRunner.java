package dk.virkning.settlement;

import dk.virkning.plugin.InstalledPlugin;
import dk.virkning.plugin.PluginCallException;
import dk.virkning.plugin.PluginCalls;
import dk.virkning.shared.ProblemException;
import dk.virkning.spi.FormulaContext;
import dk.virkning.spi.FormulaResult;
import dk.virkning.spi.GoalResult;
import dk.virkning.spi.ParticipantInput;
import dk.virkning.spi.PendingOutcome;
import dk.virkning.spi.ResultLine;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Runs a plugin's formula and effect-goal evaluator in its plugin host over the frozen input snapshot,
 * turns any failure into a problem for that one request, and checks the result before anything is
 * written: amounts in øre that add up, only participants of the input, bounded numbers of lines and
 * bounded texts.
 */
@Component
class FormulaRunner {

    /** Lines a result may have per participant of its input, and in all beside them. */
    static final int MAX_LINES_PER_PARTICIPANT = 50;

    static final int MAX_EXTRA_LINES = 1000;

    /** The longest outcome code and the longest description a line may carry (the statement_line columns). */
    static final int MAX_OUTCOME_LENGTH = 100;

    static final int MAX_TEXT_LENGTH = 1000;

    /** The largest open amount a statement line holds (numeric(14,2)). */
    static final BigDecimal MAX_OPEN_AMOUNT = new BigDecimal("999999999999.99");

    private final PluginCalls calls;

    FormulaRunner(PluginCalls calls) {
        this.calls = calls;
    }

    /**
     * Prices the input.
     *
     * @param context the input as the platform built or read it, to check the result against
     * @param snapshot the same input as the gzipped canonical snapshot the host reads
     */
    FormulaResult run(InstalledPlugin plugin, FormulaContext context, byte[] snapshot) {
        FormulaResult result;
        try {
            result = calls.evaluate(plugin, snapshot);
        } catch (PluginCallException e) {
            throw failed(plugin, reason(e));
        }
        return check(plugin, context, result);
    }

    /** Runs the plugin's effect-goal evaluator over the snapshot. */
    List<GoalResult> goals(InstalledPlugin plugin, byte[] snapshot) {
        List<GoalResult> results;
        try {
            results = calls.goals(plugin, snapshot);
        } catch (PluginCallException e) {
            throw goalsFailed(plugin, reason(e));
        }
        if (results == null
                || results.size() > MAX_EXTRA_LINES
                || results.stream().anyMatch(r -> r == null || r.code().length() > MAX_OUTCOME_LENGTH)) {
            throw goalsFailed(plugin, "returned results that do not fit the contract");
        }
        return results;
    }

    private static String reason(PluginCallException e) {
        return e.kind() == PluginCallException.Kind.REFUSED ? "refused the input: " + e.getMessage() : e.getMessage();
    }

    private static ProblemException goalsFailed(InstalledPlugin plugin, String what) {
        return ProblemException.unprocessable(
                "goal-evaluation-failed",
                "The effect-goal evaluator of " + plugin.id() + " " + plugin.version() + " " + what,
                List.of());
    }

    private static FormulaResult check(InstalledPlugin plugin, FormulaContext context, FormulaResult result) {
        if (result == null || result.earned() == null) {
            throw failed(plugin, "returned no result");
        }
        Set<String> known = context.participants().stream()
                .map(ParticipantInput::participantId)
                .collect(Collectors.toSet());
        long maxLines = (long) known.size() * MAX_LINES_PER_PARTICIPANT + MAX_EXTRA_LINES;
        if (result.lines().size() > maxLines || result.pending().size() > maxLines) {
            throw failed(plugin, "returned more lines than " + maxLines);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (ResultLine line : result.lines()) {
            if (line.amount().scale() > 2) {
                throw failed(plugin, "returned an amount with more than 2 decimals");
            }
            if (line.participantId() != null && !known.contains(line.participantId())) {
                throw failed(plugin, "returned a line for an unknown participant");
            }
            if (unfit(line.outcome(), MAX_OUTCOME_LENGTH) || unfit(line.description(), MAX_TEXT_LENGTH)) {
                throw failed(plugin, "returned a line with a text longer than the contract allows");
            }
            sum = sum.add(line.amount());
        }
        if (result.earned().scale() > 2 || sum.compareTo(result.earned()) != 0) {
            throw failed(plugin, "returned lines that do not add up to the earned amount");
        }
        for (PendingOutcome p : result.pending()) {
            if (!known.contains(p.participantId())) {
                throw failed(plugin, "returned a pending outcome for an unknown participant");
            }
            if (unfit(p.outcome(), MAX_OUTCOME_LENGTH) || unfit(p.reason(), MAX_TEXT_LENGTH)) {
                throw failed(plugin, "returned a pending outcome with a text longer than the contract allows");
            }
            if (p.maxAmount() != null && !fitsOpenAmount(p.maxAmount())) {
                throw failed(
                        plugin,
                        "returned an open amount that is negative, has more than 2 decimals or exceeds "
                                + MAX_OPEN_AMOUNT.toPlainString());
            }
        }
        return result;
    }

    /** At most 2 decimals, not negative, and within what a statement line can hold. */
    private static boolean fitsOpenAmount(BigDecimal amount) {
        return amount.scale() <= 2 && amount.signum() >= 0 && amount.compareTo(MAX_OPEN_AMOUNT) <= 0;
    }

    /** Too long, or carrying control characters that no statement text may hold. */
    private static boolean unfit(String text, int max) {
        return text != null && (text.length() > max || text.chars().anyMatch(c -> c < 0x20 && c != '\n'));
    }

    private static ProblemException failed(InstalledPlugin plugin, String what) {
        return ProblemException.unprocessable(
                "formula-failed",
                "The payment formula of " + plugin.id() + " " + plugin.version() + " " + what + "; nothing was settled",
                List.of());
    }
}

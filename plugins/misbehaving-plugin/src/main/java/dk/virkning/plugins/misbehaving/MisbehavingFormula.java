package dk.virkning.plugins.misbehaving;

import dk.virkning.spi.FormulaContext;
import dk.virkning.spi.FormulaException;
import dk.virkning.spi.FormulaResult;
import dk.virkning.spi.PaymentFormula;
import dk.virkning.spi.PendingKind;
import dk.virkning.spi.PendingOutcome;
import dk.virkning.spi.ResultLine;
import java.math.BigDecimal;
import java.util.List;
import org.pf4j.Extension;

/**
 * Misbehaves as the {@code mode} term says: refuses (THROW), fails unexpectedly (CRASH), never
 * returns (HANG, until interrupted), returns a third decimal (BAD_SCALE), lines that do not add up
 * (UNBALANCED), a line for a participant not in the input (STRANGER) or a negative open amount
 * (NEGATIVE_OPEN). BEHAVE pays 100.00; PENDING_1_0 does too and leaves the first participant pending
 * the way a plugin of API 1.0 did (no kind, no amount).
 */
@Extension
public class MisbehavingFormula implements PaymentFormula {

    @Override
    public String id() {
        return MisbehavingModel.ID;
    }

    @Override
    public FormulaResult evaluate(FormulaContext context) throws FormulaException {
        String mode = String.valueOf(context.terms().values().get("mode"));
        BigDecimal hundred = new BigDecimal("100.00");
        switch (mode) {
            case "THROW" -> throw new FormulaException("the terms make no sense to this formula");
            case "CRASH" -> throw new IllegalStateException("internal failure with secret details");
            case "HANG" -> {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new FormulaException("interrupted");
                }
            }
            case "BAD_SCALE" -> {
                return result(new BigDecimal("100.005"), null);
            }
            case "UNBALANCED" -> {
                return new FormulaResult(
                        new BigDecimal("200.00"), List.of(new ResultLine(null, "X", "", null, hundred)), List.of());
            }
            case "STRANGER" -> {
                return result(hundred, "somebody-else");
            }
            case "NEGATIVE_OPEN" -> {
                return new FormulaResult(
                        hundred,
                        List.of(new ResultLine(null, "X", "", null, hundred)),
                        List.of(new PendingOutcome(
                                first(context), "X", "", PendingKind.BONUS, new BigDecimal("-1.00"))));
            }
            case "PENDING_1_0" -> {
                return new FormulaResult(
                        hundred,
                        List.of(new ResultLine(null, "X", "", null, hundred)),
                        List.of(new PendingOutcome(first(context), "X", "weeks not known yet")));
            }
            default -> {
                return result(hundred, null);
            }
        }
        throw new FormulaException("unreachable");
    }

    private static String first(FormulaContext context) throws FormulaException {
        if (context.participants().isEmpty()) {
            throw new FormulaException("no participants");
        }
        return context.participants().get(0).participantId();
    }

    private static FormulaResult result(BigDecimal amount, String participant) {
        return new FormulaResult(amount, List.of(new ResultLine(participant, "X", "", null, amount)), List.of());
    }
}

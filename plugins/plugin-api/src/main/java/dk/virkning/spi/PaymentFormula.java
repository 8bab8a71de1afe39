package dk.virkning.spi;

import org.pf4j.ExtensionPoint;

/**
 * A contract's payment formula. Implementations are deterministic: no I/O, no clock, no randomness;
 * the same context gives the same result, also across threads.
 */
public interface PaymentFormula extends ExtensionPoint {

    /** The plugin id this formula belongs to, stable across versions. */
    String id();

    /**
     * Computes the cumulative amount earned from the program's start to the period's end.
     *
     * @param context the frozen input
     * @return the earned amount, the lines that explain it and what is pending
     * @throws FormulaException when the input does not allow a result
     */
    FormulaResult evaluate(FormulaContext context) throws FormulaException;
}

package dk.virkning.spi;

import java.util.List;
import java.util.Objects;

/**
 * The frozen input of one evaluation of a payment formula: everything a contract may price, up to the
 * period's end. A formula must compute its result from this alone.
 *
 * @param programId the program's id
 * @param terms the program's validated terms
 * @param period the settlement period; statuses beyond its horizon are already unknown
 * @param participants every participant of the program, in a stable order
 */
public record FormulaContext(
        String programId, Terms terms, SettlementPeriod period, List<ParticipantInput> participants) {

    /** Validates the required fields and freezes the list. */
    public FormulaContext {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(period, "period");
        participants = List.copyOf(participants);
    }
}

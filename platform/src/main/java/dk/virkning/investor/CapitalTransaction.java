package dk.virkning.investor;

import dk.virkning.organisation.OrganisationId;
import dk.virkning.program.ProgramId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Money between an investor and a program: capital paid in ({@link Type#DRAWDOWN}) or paid back
 * ({@link Type#REPAYMENT}, {@link Type#DISTRIBUTION}). The amount is always positive; the type
 * gives the direction.
 */
public record CapitalTransaction(
        UUID id,
        ProgramId program,
        OrganisationId investor,
        String municipality,
        Type type,
        LocalDate date,
        BigDecimal amount,
        String note,
        Instant recordedAt,
        String recordedBy) {

    /** The kinds of capital movement. */
    public enum Type {
        /** Capital the investor paid in. */
        DRAWDOWN,
        /** Capital paid back to the investor. */
        REPAYMENT,
        /** Another payment to the investor (not an outcome payment, which comes from statements). */
        DISTRIBUTION;

        /** Whether the money flows to the investor. */
        public boolean toInvestor() {
            return this != DRAWDOWN;
        }
    }
}

package dk.virkning.settlement;

import dk.virkning.spi.SettlementPeriod;
import java.time.LocalDate;

/**
 * The period a statement settles: its label (a quarter) and its days. A forecast's last day may be
 * earlier than the quarter's, the last ended ISO week.
 */
public record StatementPeriod(String label, LocalDate firstDay, LocalDate lastDay) {

    public SettlementPeriod settlementPeriod() {
        return new SettlementPeriod(firstDay, lastDay);
    }

    /** The ISO week the formula measures up to, e.g. {@code 2024-W13}. */
    public String horizon() {
        return settlementPeriod().horizon().toString();
    }
}

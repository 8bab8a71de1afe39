package dk.virkning.spi;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The period a settlement statement covers. The formula sees weeks up to and including {@link
 * #horizon()}, the last ISO week that has ended by the period's last day; later weeks are unknown
 * to it. A week that straddles two periods thus belongs to the later one.
 *
 * @param firstDay the first day of the period
 * @param lastDay the last day of the period
 */
public record SettlementPeriod(LocalDate firstDay, LocalDate lastDay) {

    /** Validates that the period is not empty. */
    public SettlementPeriod {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
    }

    /** The last week the formula may see: the last week whose Sunday is on or before the last day. */
    public IsoWeek horizon() {
        return IsoWeek.of(lastDay.plusDays(1)).plusWeeks(-1);
    }
}

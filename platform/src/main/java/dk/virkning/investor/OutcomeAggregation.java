package dk.virkning.investor;

import dk.virkning.api.model.OpenAmountAggregate;
import dk.virkning.api.model.OutcomeAggregate;
import dk.virkning.api.model.PendingKind;
import dk.virkning.settlement.OpenTotal;
import dk.virkning.settlement.OutcomeTotal;
import dk.virkning.settlement.StoredLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Aggregates a statement's lines per outcome for investors. A cell that rests on fewer than {@link
 * #MIN_CELL} persons is suppressed: neither its count nor its amount is shown.
 */
final class OutcomeAggregation {

    static final int MIN_CELL = 5;

    private OutcomeAggregation() {}

    static List<OutcomeAggregate> aggregate(List<StoredLine> lines) {
        return aggregateTotals(OutcomeTotal.of(lines));
    }

    /** The aggregates of a statement's earned totals per outcome, as the database summed them. */
    static List<OutcomeAggregate> aggregateTotals(List<OutcomeTotal> totals) {
        List<OutcomeAggregate> out = new ArrayList<>();
        for (OutcomeTotal total : totals) {
            int count = total.persons();
            boolean isProgramLevel = total.programLevel() && count == 0;
            boolean suppressed = !isProgramLevel && count < MIN_CELL;
            out.add(new OutcomeAggregate()
                    .outcome(total.outcome())
                    .participants(suppressed || isProgramLevel ? null : count)
                    .amount(suppressed ? null : total.amount().toPlainString())
                    .suppressed(suppressed));
        }
        return out;
    }

    /**
     * The open money per kind, suppressed like an outcome cell: a kind whose pending outcomes concern
     * fewer than {@link #MIN_CELL} persons shows neither its count nor its amount.
     */
    static List<OpenAmountAggregate> aggregateOpen(List<OpenTotal> totals) {
        List<OpenAmountAggregate> out = new ArrayList<>();
        for (OpenTotal total : totals) {
            boolean suppressed = total.persons() < MIN_CELL;
            out.add(new OpenAmountAggregate()
                    .kind(PendingKind.valueOf(total.kind().name()))
                    .participants(suppressed ? null : total.persons())
                    .amount(suppressed ? null : total.amount().toPlainString())
                    .unbounded(suppressed ? null : total.unbounded())
                    .suppressed(suppressed));
        }
        return out;
    }

    static boolean suppressCount(int persons) {
        return persons < MIN_CELL;
    }
}

package dk.virkning.investor;

import dk.virkning.api.model.OutcomeAggregate;
import dk.virkning.settlement.StoredLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Aggregates a statement's lines per outcome for investors. A cell that rests on fewer than {@link
 * #MIN_CELL} persons is suppressed: neither its count nor its amount is shown.
 */
final class OutcomeAggregation {

    static final int MIN_CELL = 5;

    private OutcomeAggregation() {}

    static List<OutcomeAggregate> aggregate(List<StoredLine> lines) {
        Map<String, Set<UUID>> persons = new TreeMap<>();
        Map<String, BigDecimal> amounts = new TreeMap<>();
        Map<String, Boolean> programLevel = new TreeMap<>();
        for (StoredLine line : lines) {
            if (!StoredLine.EARNED.equals(line.kind())) {
                continue;
            }
            persons.computeIfAbsent(line.outcome(), o -> new HashSet<>());
            amounts.merge(line.outcome(), line.amount(), BigDecimal::add);
            if (line.participantId() == null) {
                programLevel.put(line.outcome(), true);
            } else {
                persons.get(line.outcome()).add(line.participantId());
            }
        }
        List<OutcomeAggregate> out = new ArrayList<>();
        for (String outcome : amounts.keySet()) {
            int count = persons.get(outcome).size();
            boolean isProgramLevel = programLevel.getOrDefault(outcome, false) && count == 0;
            boolean suppressed = !isProgramLevel && count < MIN_CELL;
            out.add(new OutcomeAggregate()
                    .outcome(outcome)
                    .participants(suppressed || isProgramLevel ? null : count)
                    .amount(suppressed ? null : amounts.get(outcome).toPlainString())
                    .suppressed(suppressed));
        }
        return out;
    }

    static boolean suppressCount(int persons) {
        return persons < MIN_CELL;
    }
}

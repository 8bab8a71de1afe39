package dk.virkning.settlement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What a statement's earned lines add up to for one outcome.
 *
 * @param persons how many distinct participants the lines name
 * @param programLevel whether a line names no participant (a program-level adjustment such as a cap)
 */
public record OutcomeTotal(String outcome, int persons, BigDecimal amount, boolean programLevel) {

    /** The totals of the given lines' earned ones, by outcome in alphabetical order. */
    public static List<OutcomeTotal> of(List<StoredLine> lines) {
        Map<String, Set<UUID>> persons = new TreeMap<>();
        Map<String, BigDecimal> amounts = new TreeMap<>();
        Set<String> programLevel = new HashSet<>();
        for (StoredLine line : lines) {
            if (!StoredLine.EARNED.equals(line.kind())) {
                continue;
            }
            persons.computeIfAbsent(line.outcome(), o -> new HashSet<>());
            amounts.merge(line.outcome(), line.amount(), BigDecimal::add);
            if (line.participantId() == null) {
                programLevel.add(line.outcome());
            } else {
                persons.get(line.outcome()).add(line.participantId());
            }
        }
        List<OutcomeTotal> out = new ArrayList<>();
        for (String outcome : amounts.keySet()) {
            out.add(new OutcomeTotal(
                    outcome, persons.get(outcome).size(), amounts.get(outcome), programLevel.contains(outcome)));
        }
        return out;
    }
}

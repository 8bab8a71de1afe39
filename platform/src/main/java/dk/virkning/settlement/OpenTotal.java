package dk.virkning.settlement;

import dk.virkning.spi.Dkk;
import dk.virkning.spi.PendingKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a statement's pending lines of one kind leave open.
 *
 * @param pending how many pending lines are of the kind
 * @param persons how many distinct participants they name
 * @param amount the sum of their open amounts (lines without one add nothing)
 * @param unbounded how many have no open amount, so that {@code amount} may be exceeded
 */
public record OpenTotal(PendingKind kind, int pending, int persons, BigDecimal amount, int unbounded) {

    /** The totals of the given lines' pending ones, by kind in the order of {@link PendingKind}. */
    public static List<OpenTotal> of(List<StoredLine> lines) {
        Map<PendingKind, List<StoredLine>> byKind = new EnumMap<>(PendingKind.class);
        for (StoredLine line : lines) {
            if (StoredLine.PENDING.equals(line.kind())) {
                byKind.computeIfAbsent(line.openKind(), k -> new ArrayList<>()).add(line);
            }
        }
        List<OpenTotal> out = new ArrayList<>();
        byKind.forEach((kind, pending) -> {
            Set<UUID> persons = new HashSet<>();
            BigDecimal amount = Dkk.zero();
            int unbounded = 0;
            for (StoredLine line : pending) {
                persons.add(line.participantId());
                if (line.openAmount() == null) {
                    unbounded++;
                } else {
                    amount = amount.add(line.openAmount());
                }
            }
            out.add(new OpenTotal(kind, pending.size(), persons.size(), amount, unbounded));
        });
        return out;
    }
}

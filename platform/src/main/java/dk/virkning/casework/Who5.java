package dk.virkning.casework;

import dk.virkning.shared.ProblemError;
import dk.virkning.shared.ProblemException;
import java.util.ArrayList;
import java.util.List;

/**
 * A WHO-5 answer set: five items scored 0 to 5; raw 0 to 25, times 4 gives 0 to 100; raw below 13
 * signals poor well-being.
 */
record Who5(List<Integer> items) {

    static final int ITEMS = 5;

    /** Refuses anything but five answers of 0 to 5, naming each bad one. */
    Who5 {
        List<ProblemError> errors = new ArrayList<>();
        if (items == null || items.size() != ITEMS) {
            errors.add(ProblemError.field("items", "must hold exactly 5 answers"));
        } else {
            for (int i = 0; i < ITEMS; i++) {
                Integer v = items.get(i);
                if (v == null || v < 0 || v > 5) {
                    errors.add(ProblemError.field("items[" + i + "]", "must be 0 to 5, was " + v));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(
                    "invalid-who5", "A WHO-5 measurement has five items, each scored 0 to 5", errors);
        }
        items = List.copyOf(items);
    }

    int raw() {
        return items.stream().mapToInt(Integer::intValue).sum();
    }

    int score() {
        return raw() * 4;
    }

    boolean poorWellBeing() {
        return raw() < 13;
    }
}

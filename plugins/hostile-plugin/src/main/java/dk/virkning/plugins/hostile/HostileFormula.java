package dk.virkning.plugins.hostile;

import dk.virkning.spi.FormulaContext;
import dk.virkning.spi.FormulaResult;
import dk.virkning.spi.PaymentFormula;
import dk.virkning.spi.ResultLine;
import dk.virkning.spi.Terms;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/**
 * Attacks as the {@code behaviour} term says (see {@link Behaviour}) and, where it returns, pays
 * 100.00 on one line whose text carries what it found. HUGE_LINES returns 5 million lines and
 * HUGE_TEXT one line of 100 MB.
 */
@Extension
public class HostileFormula implements PaymentFormula {

    static final BigDecimal HUNDRED = new BigDecimal("100.00");

    @Override
    public String id() {
        return HostileModel.ID;
    }

    @Override
    public FormulaResult evaluate(FormulaContext context) {
        Terms terms = context.terms();
        Behaviour behaviour = Behaviour.of(terms.values().get("behaviour"));
        return switch (behaviour) {
            case HUGE_LINES -> hugeLines();
            case HUGE_TEXT -> paid("x".repeat(100 * Attacks.MEGABYTE));
            default -> paid(Attacks.perform(behaviour, argument(behaviour, terms)));
        };
    }

    /** The behaviour's argument from the terms: {@code path}, {@code host:port}, {@code megabytes} or {@code count}. */
    static String argument(Behaviour behaviour, Terms terms) {
        Object value =
                switch (behaviour) {
                    case READ_FILE -> terms.values().get("path");
                    case SOCKET ->
                        terms.values().get("host") == null
                                ? null
                                : terms.values().get("host") + ":"
                                        + terms.values().getOrDefault("port", "80");
                    case ALLOCATE -> terms.values().get("megabytes");
                    case THREADS -> terms.values().get("count");
                    default -> null;
                };
        return value == null ? null : value.toString();
    }

    static FormulaResult paid(String text) {
        return new FormulaResult(HUNDRED, List.of(new ResultLine(null, "HOSTILE", text, null, HUNDRED)), List.of());
    }

    private static FormulaResult hugeLines() {
        List<ResultLine> lines = new ArrayList<>(5_000_000);
        for (int i = 0; i < 5_000_000; i++) {
            lines.add(new ResultLine(null, "HUGE", "line " + i, null, BigDecimal.ZERO.setScale(2)));
        }
        return new FormulaResult(BigDecimal.ZERO.setScale(2), lines, List.of());
    }
}

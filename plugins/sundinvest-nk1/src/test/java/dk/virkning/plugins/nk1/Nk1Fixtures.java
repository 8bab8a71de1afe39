package dk.virkning.plugins.nk1;

import dk.virkning.spi.FormulaContext;
import dk.virkning.spi.IsoWeek;
import dk.virkning.spi.ParticipantInput;
import dk.virkning.spi.SettlementPeriod;
import dk.virkning.spi.Terms;
import dk.virkning.spi.testkit.Cohort;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shared inputs for NK1's tests. Weeks are written in the testkit's letters: S self-supporting, D
 * sickness benefit, J job clarification, R resource course, A unemployment benefit, K cash benefit, F
 * flex job, V revalidation, P disability pension, E education, O other benefit, ? unknown.
 */
final class Nk1Fixtures {

    /** Participants start in 2024-W01 unless a test says otherwise; its Monday is 2024-01-01. */
    static final IsoWeek START = IsoWeek.parse("2024-W01");

    /** 2024-Q1: horizon 2024-W13, so k = 0..12 are visible for a 2024-W01 start. */
    static final SettlementPeriod Q1_2024 = period("2024-01-01", "2024-03-31");

    /** 2024-Q2: horizon 2024-W26 (2024-06-30 is a Sunday), so k = 0..25 are visible. */
    static final SettlementPeriod Q2_2024 = period("2024-04-01", "2024-06-30");

    /** 2024-Q4: horizon 2024-W52 (2024-12-31 is the Tuesday of 2025-W01), so k = 0..51 are visible. */
    static final SettlementPeriod Q4_2024 = period("2024-10-01", "2024-12-31");

    private Nk1Fixtures() {}

    /**
     * The demo terms of DOMAIN.md 6.3 (baseline 0.80, 3000 DKK a week, 52 weeks, share 0.60, cap
     * 2,000,000), with overrides as name-value pairs; a {@code null} value removes the term.
     */
    static Map<String, Object> demoTerms(Object... overrides) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("baselineBenefitShare", new BigDecimal("0.80"));
        values.put("weeklyNetCost", new BigDecimal("3000"));
        values.put("measurementWeeks", new BigDecimal("52"));
        values.put("savingsShare", new BigDecimal("0.60"));
        values.put("maxTotalPayment", new BigDecimal("2000000"));
        for (int i = 0; i < overrides.length; i += 2) {
            if (overrides[i + 1] == null) {
                values.remove((String) overrides[i]);
            } else {
                values.put((String) overrides[i], overrides[i + 1]);
            }
        }
        return values;
    }

    static Terms terms(Object... overrides) {
        return new Terms(demoTerms(overrides));
    }

    static ParticipantInput participant(String id, String weeks) {
        return participant(id, START, weeks);
    }

    static ParticipantInput participant(String id, IsoWeek start, String weeks) {
        return new ParticipantInput(id, "MENTAL_ILLNESS", start, null, null, null, Cohort.statuses(weeks, 0));
    }

    static FormulaContext context(Terms terms, SettlementPeriod period, ParticipantInput... participants) {
        return new FormulaContext("nk1-test", terms, period, List.of(participants));
    }

    /** {@code letter} repeated {@code n} times, e.g. {@code w('S', 13)}. */
    static String w(char letter, int n) {
        return String.valueOf(letter).repeat(n);
    }

    private static SettlementPeriod period(String first, String last) {
        return new SettlementPeriod(LocalDate.parse(first), LocalDate.parse(last));
    }
}

package dk.virkning.benchmark;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The NK1 terms of the benchmark program: amounts with many decimals, so that the per-line rounding
 * is exercised, and a cap that a national cohort does not reach.
 */
final class BenchmarkTerms {

    private BenchmarkTerms() {}

    static Map<String, Object> nk1() {
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("baselineBenefitShare", new BigDecimal("0.83"));
        terms.put("weeklyNetCost", new BigDecimal("3012.37"));
        terms.put("measurementWeeks", 52);
        terms.put("savingsShare", new BigDecimal("0.57"));
        terms.put("maxTotalPayment", new BigDecimal("100000000000"));
        return terms;
    }
}

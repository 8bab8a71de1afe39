package dk.virkning.investor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * The annual internal rate of return of dated cash flows, as Excel's XIRR defines it: the rate
 * {@code r > -1} with {@code Σ amount_i / (1 + r)^((date_i − date_0) / 365) = 0}, where {@code date_0}
 * is the earliest date.
 *
 * <p>Hand-written rather than a library: the one Java XIRR library on Maven Central
 * (org.decampo:xirr 1.2, last released in 2022) is plain Newton–Raphson without a bracketing
 * fallback and signals failure by exceptions; this one is small, tested against Excel's documented
 * values, and falls back to bisection on a bracketed sign change when Newton's method leaves the
 * domain or does not converge. Amounts and result are {@code BigDecimal}; the iteration runs in
 * {@code double}, which is ample for a rate reported to 6 decimals.
 */
final class Xirr {

    /** A dated amount: negative is money paid in by the investor, positive is money received. */
    record CashFlow(LocalDate date, BigDecimal amount) {}

    /** The rate, or {@code null} with the reason why there is none. */
    record Result(BigDecimal rate, String undefinedReason) {

        static Result undefined(String reason) {
            return new Result(null, reason);
        }

        boolean defined() {
            return rate != null;
        }
    }

    private static final double GUESS = 0.1;
    private static final double LOWEST = -0.999999999;
    private static final double HIGHEST = 1e6;
    private static final double RATE_TOLERANCE = 1e-12;
    private static final int NEWTON_STEPS = 100;
    private static final int BISECTION_STEPS = 300;

    private Xirr() {}

    static Result of(List<CashFlow> flows) {
        List<CashFlow> nonZero =
                flows.stream().filter(f -> f.amount().signum() != 0).toList();
        boolean anyNegative = nonZero.stream().anyMatch(f -> f.amount().signum() < 0);
        boolean anyPositive = nonZero.stream().anyMatch(f -> f.amount().signum() > 0);
        if (!anyNegative || !anyPositive) {
            return Result.undefined("The cash flows need at least one negative and one positive amount"
                    + " (no sign change), so no rate of return exists");
        }
        LocalDate first = nonZero.stream()
                .map(CashFlow::date)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        double[] years = new double[nonZero.size()];
        double[] amounts = new double[nonZero.size()];
        double scale = 0;
        for (int i = 0; i < nonZero.size(); i++) {
            years[i] = ChronoUnit.DAYS.between(first, nonZero.get(i).date()) / 365.0;
            amounts[i] = nonZero.get(i).amount().doubleValue();
            scale = Math.max(scale, Math.abs(amounts[i]));
        }
        if (java.util.Arrays.stream(years).allMatch(y -> y == 0)) {
            return Result.undefined("All cash flows fall on one day, so no annual rate exists");
        }
        Double rate = newton(years, amounts, scale);
        if (rate == null) {
            rate = bisection(years, amounts);
        }
        if (rate == null) {
            return Result.undefined("No rate between -99.9999999 % and 100,000,000 % balances the cash flows: their net"
                    + " present value keeps one sign (e.g. more drawn after the last return than it can recover)");
        }
        return new Result(BigDecimal.valueOf(rate).setScale(10, RoundingMode.HALF_EVEN), null);
    }

    /** Σ a_i (1 + r)^(−t_i). */
    static double npv(double rate, double[] years, double[] amounts) {
        double sum = 0;
        double log = Math.log1p(rate);
        for (int i = 0; i < years.length; i++) {
            sum += amounts[i] * Math.exp(-years[i] * log);
        }
        return sum;
    }

    /** d/dr Σ a_i (1 + r)^(−t_i) = Σ −t_i a_i (1 + r)^(−t_i − 1). */
    private static double derivative(double rate, double[] years, double[] amounts) {
        double sum = 0;
        double log = Math.log1p(rate);
        for (int i = 0; i < years.length; i++) {
            sum -= years[i] * amounts[i] * Math.exp((-years[i] - 1) * log);
        }
        return sum;
    }

    private static Double newton(double[] years, double[] amounts, double scale) {
        double rate = GUESS;
        for (int step = 0; step < NEWTON_STEPS; step++) {
            double value = npv(rate, years, amounts);
            double slope = derivative(rate, years, amounts);
            if (!Double.isFinite(value) || !Double.isFinite(slope) || slope == 0) {
                return null;
            }
            double next = rate - value / slope;
            if (!(next > -1) || next > HIGHEST) {
                return null;
            }
            if (Math.abs(next - rate) < RATE_TOLERANCE * Math.max(1, Math.abs(next))) {
                return converged(next, years, amounts, scale) ? next : null;
            }
            rate = next;
        }
        return null;
    }

    /**
     * Finds the lowest bracket [a, b] with a sign change on a grid from just above −100 % upwards
     * and bisects it.
     */
    private static Double bisection(double[] years, double[] amounts) {
        double a = LOWEST;
        double fa = npv(a, years, amounts);
        double b = Double.NaN;
        double fb = Double.NaN;
        for (double candidate = -0.99; candidate <= HIGHEST; candidate = nextGridPoint(candidate)) {
            double fc = npv(candidate, years, amounts);
            if (Double.isFinite(fa) && Double.isFinite(fc) && Math.signum(fa) != Math.signum(fc)) {
                b = candidate;
                fb = fc;
                break;
            }
            a = candidate;
            fa = fc;
        }
        if (Double.isNaN(b)) {
            return null;
        }
        for (int step = 0; step < BISECTION_STEPS && b - a > RATE_TOLERANCE * Math.max(1, Math.abs(a)); step++) {
            double mid = a + (b - a) / 2;
            double fm = npv(mid, years, amounts);
            if (fm == 0) {
                return mid;
            }
            if (Math.signum(fm) == Math.signum(fa)) {
                a = mid;
                fa = fm;
            } else {
                b = mid;
                fb = fm;
            }
        }
        // The bracket holds a sign change of a continuous function, so it holds a root.
        return Math.abs(fa) < Math.abs(fb) ? a : b;
    }

    private static double nextGridPoint(double rate) {
        return rate < 1 ? rate + 0.01 : rate * 1.1;
    }

    private static boolean converged(double rate, double[] years, double[] amounts, double scale) {
        return Math.abs(npv(rate, years, amounts)) <= 1e-6 * Math.max(1, scale);
    }
}

package dk.virkning.benchmark;

import dk.virkning.benchmark.NationalBenchmark.Phase;
import dk.virkning.benchmark.NationalBenchmark.Result;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints what a run of the {@link NationalBenchmark} measured: the phases, the ratios against the targets, the totals. */
final class BenchmarkReport {

    private BenchmarkReport() {}

    static void print(PrintStream out, Result r, String period) {
        out.println();
        out.printf(
                Locale.ROOT,
                "%-30s %12s %10s %14s %16s %16s%n",
                "phase",
                "rows",
                "seconds",
                "rows/s",
                "peak heap used",
                "peak live heap");
        for (Phase p : List.of(r.importPhase(), r.copyPhase(), r.settlePhase(), r.sqlPhase(), r.verifyPhase())) {
            out.printf(
                    Locale.ROOT,
                    "%-30s %,12d %10.2f %,14.0f %12d MiB %12s%n",
                    p.name(),
                    p.rows(),
                    p.seconds(),
                    p.rowsPerSecond(),
                    p.peakHeapUsed() >> 20,
                    p.peakLiveHeap() == 0 ? "no GC" : (p.peakLiveHeap() >> 20) + " MiB");
        }
        double importRatio = r.importPhase().rowsPerSecond() / r.copyPhase().rowsPerSecond();
        double settleRatio = r.settlePhase().seconds() / r.sqlPhase().seconds();
        out.println();
        out.printf(
                Locale.ROOT,
                "import throughput / COPY throughput = %.3f (target >= 0.90): %s%n",
                importRatio,
                r.importFailed() ? "IMPORT FAILED" : importRatio >= 0.9 ? "met" : "MISSED");
        out.printf(
                Locale.ROOT,
                "settlement time / SQL query time    = %.3f (target <= 1.50): %s%n",
                settleRatio,
                settleRatio <= 1.5 ? "met" : "MISSED");
        out.printf(
                Locale.ROOT,
                "earned %s: platform %s, SQL query %s: %s%n",
                period,
                r.platformEarned().toPlainString(),
                r.sqlEarned().toPlainString(),
                r.totalsMatch() ? "equal to the øre" : "DIFFERENT - THE BENCHMARK FAILS");
        out.printf(
                Locale.ROOT,
                "statement verification from its stored snapshot: %s%n",
                r.verified() ? "matches" : "DOES NOT MATCH");
        out.printf(
                Locale.ROOT,
                "heap: max %d MiB; the cohort's person-weeks as objects (16 bytes each at the least) would take %d MiB%n",
                HeapSampler.maxHeap() >> 20,
                (r.personWeeks() * 16) >> 20);
    }
}

package dk.virkning.benchmark;

import dk.virkning.plugin.PluginHostTimes;
import java.io.PrintStream;
import java.util.Locale;

/** The plugin host's part of one settlement: a reading of the host timings before, printed after. */
final class HostShare {

    private final PluginHostTimes times;
    private final long exchange;
    private final long parse;
    private final long start;

    private HostShare(PluginHostTimes times) {
        this.times = times;
        this.exchange = times.exchangeNanos("evaluate");
        this.parse = times.parseNanos("evaluate");
        this.start = times.startNanos();
    }

    /** Reads the timings before the settlement. */
    static HostShare before(PluginHostTimes times) {
        return new HostShare(times);
    }

    /** Prints how much of a settlement that took {@code seconds} the host took since {@link #before}. */
    void print(PrintStream out, double seconds) {
        double exchanged = (times.exchangeNanos("evaluate") - exchange) / 1e9;
        double parsed = (times.parseNanos("evaluate") - parse) / 1e9;
        double started = (times.startNanos() - start) / 1e9;
        out.printf(
                Locale.ROOT,
                "settlement in the plugin host: %.2f s exchange (snapshot in, NK1 over it, result out), %.2f s"
                        + " reading the result, %.2f s host start-up: %.0f %% of the settlement's %.2f s%n",
                exchanged,
                parsed,
                started,
                100 * (exchanged + parsed + started) / seconds,
                seconds);
    }
}

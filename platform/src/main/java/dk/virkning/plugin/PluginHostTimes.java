package dk.virkning.plugin;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.stereotype.Component;

/**
 * How long calls into plugin hosts took, per operation: the exchange with the host (sending the input,
 * the plugin's work, receiving the result) and reading the result. The benchmark reads it to say how
 * much of a settlement the host took.
 */
@Component
public class PluginHostTimes {

    private final Map<String, LongAdder> exchangeNanos = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> parseNanos = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final LongAdder starts = new LongAdder();
    private final LongAdder startNanos = new LongAdder();

    void exchanged(String op, long nanos) {
        exchangeNanos.computeIfAbsent(op, k -> new LongAdder()).add(nanos);
        calls.computeIfAbsent(op, k -> new LongAdder()).increment();
    }

    void parsed(String op, long nanos) {
        parseNanos.computeIfAbsent(op, k -> new LongAdder()).add(nanos);
    }

    void started(long nanos) {
        starts.increment();
        startNanos.add(nanos);
    }

    /** Nanoseconds spent exchanging with hosts for the operation, e.g. {@code evaluate}. */
    public long exchangeNanos(String op) {
        return sum(exchangeNanos, op);
    }

    /** Nanoseconds spent reading the hosts' results for the operation. */
    public long parseNanos(String op) {
        return sum(parseNanos, op);
    }

    /** Calls of the operation. */
    public long calls(String op) {
        return sum(calls, op);
    }

    /** Hosts started, and the nanoseconds their start-ups took in all. */
    public long starts() {
        return starts.sum();
    }

    public long startNanos() {
        return startNanos.sum();
    }

    private static long sum(Map<String, LongAdder> map, String op) {
        LongAdder adder = map.get(op);
        return adder == null ? 0 : adder.sum();
    }
}

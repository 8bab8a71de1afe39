package dk.virkning.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A steady mix of API calls at a fixed rate against one program of one municipality: reads of the
 * program, pages of its participants and statements, and new organisations (the writes). Every call
 * is recorded (operation, start, latency, status, Retry-After); the writes answered 201 are the
 * acknowledged writes. Used by the outage tests and the soak run.
 */
public final class MixedLoad implements AutoCloseable {

    /** The operations of the mix. */
    public enum Operation {
        READ_PROGRAM,
        LIST_PARTICIPANTS,
        /** A write: a new organisation (unbounded, unlike a program's capacity for enrolments). */
        CREATE_ORGANISATION,
        LIST_STATEMENTS
    }

    /** One call: when it started (ns, relative to the load's start), how long it took, its answer. */
    public record Call(
            Operation operation,
            long startedNanos,
            long latencyNanos,
            int status,
            Optional<String> retryAfter,
            String contentType) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final String baseUri;
    private final String municipality;
    private final String program;
    private final Supplier<String> token;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(4))
            .build();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService workers;
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    private final AtomicLong names;
    private final Supplier<String> operatorToken;
    private final long started = System.nanoTime();

    public MixedLoad(
            String baseUri,
            String municipality,
            String program,
            Supplier<String> token,
            Supplier<String> operatorToken,
            long firstName,
            int threads) {
        this.operatorToken = operatorToken;
        this.baseUri = baseUri;
        this.municipality = municipality;
        this.program = program;
        this.token = token;
        this.names = new AtomicLong(firstName);
        this.workers = Executors.newFixedThreadPool(threads);
    }

    /** Starts issuing {@code perSecond} calls a second: in the mix above. */
    public MixedLoad start(int perSecond) {
        ticker.scheduleAtFixedRate(
                () -> workers.submit(this::oneCall), 0, 1_000_000L / perSecond, TimeUnit.MICROSECONDS);
        return this;
    }

    /** Nanoseconds since the load started (the time base of {@link Call#startedNanos()}). */
    public long now() {
        return System.nanoTime() - started;
    }

    public List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    /** Organisations answered 201 (the acknowledged writes): name to id. */
    public Map<String, String> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    /** Stops issuing and waits for the calls in flight. */
    @Override
    public void close() throws InterruptedException {
        ticker.shutdownNow();
        workers.shutdown();
        workers.awaitTermination(60, TimeUnit.SECONDS);
    }

    private void oneCall() {
        // Of ten calls: four program reads, three participant pages, two writes, one statement page.
        int pick = ThreadLocalRandom.current().nextInt(10);
        Operation op = pick < 4
                ? Operation.READ_PROGRAM
                : pick < 7
                        ? Operation.LIST_PARTICIPANTS
                        : pick < 9 ? Operation.CREATE_ORGANISATION : Operation.LIST_STATEMENTS;
        String programs = baseUri + "/api/v1/municipalities/" + municipality + "/programs/" + program;
        HttpRequest.Builder request = HttpRequest.newBuilder()
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token.get());
        String name = null;
        switch (op) {
            case READ_PROGRAM -> request.uri(URI.create(programs)).GET();
            case LIST_PARTICIPANTS ->
                request.uri(URI.create(programs + "/participants?page=0&size=20"))
                        .GET();
            case LIST_STATEMENTS ->
                request.uri(URI.create(programs + "/statements?page=0&size=20")).GET();
            case CREATE_ORGANISATION -> {
                name = "Load " + names.getAndIncrement();
                request.uri(URI.create(baseUri + "/api/v1/organisations"))
                        .setHeader("Authorization", "Bearer " + operatorToken.get())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"type\":\"PROVIDER\"}"));
            }
        }
        long t0 = now();
        int status;
        Optional<String> retryAfter = Optional.empty();
        String contentType = "";
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            retryAfter = response.headers().firstValue("Retry-After");
            contentType = response.headers().firstValue("Content-Type").orElse("");
            if (op == Operation.CREATE_ORGANISATION && status == 201) {
                acknowledged.put(name, idOf(response.body()));
            }
        } catch (java.net.http.HttpTimeoutException e) {
            status = -2;
        } catch (Exception e) {
            status = -1;
            contentType = e.toString();
        }
        calls.add(new Call(op, t0, now() - t0, status, retryAfter, contentType));
    }

    private static String idOf(String json) {
        int at = json.indexOf("\"id\"");
        int open = json.indexOf('"', json.indexOf(':', at) + 1);
        return json.substring(open + 1, json.indexOf('"', open + 1));
    }
}

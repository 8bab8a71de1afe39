package dk.virkning.benchmark;

import dk.virkning.client.ApiClient;
import dk.virkning.client.api.MunicipalitiesApi;
import dk.virkning.client.api.OrganisationsApi;
import dk.virkning.client.api.ProgramsApi;
import dk.virkning.client.api.SettlementsApi;
import dk.virkning.client.model.MunicipalityCreate;
import dk.virkning.client.model.Organisation;
import dk.virkning.client.model.OrganisationCreate;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.ProgramCreate;
import dk.virkning.client.model.StatementVerification;
import dk.virkning.participant.Pseudonymizer;
import dk.virkning.plugin.PluginHostTimes;
import dk.virkning.spi.IsoWeek;
import dk.virkning.spi.SettlementPeriod;
import dk.virkning.support.Scenario;
import dk.virkning.support.TestTokens;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national-scale benchmark (see README, "Benchmark"): a synthetic cohort imported through the
 * platform's register import endpoint and settled with {@code sundinvest-nk1} through its settlement
 * endpoint, beside two baselines on the same PostgreSQL: a raw {@code COPY} of the same rows into an
 * equivalent table, and the NK1 formula as one hand-written SQL query. The platform's earned total
 * must equal the query's to the øre, or the run fails.
 *
 * <p>The platform is driven over HTTP only (its public contract), so the benchmark measures whatever
 * import and settlement implementation the build has. Participants are enrolled in bulk with
 * {@code COPY} (pseudonymised by the platform's own {@link Pseudonymizer}), because enrolling 100,000
 * citizens one API call at a time is not what is measured here; those bulk enrolments are not
 * audit-logged.
 */
public final class NationalBenchmark {

    /** What a run measured. */
    public record Result(
            long personWeeks,
            BigDecimal platformEarned,
            BigDecimal sqlEarned,
            Phase importPhase,
            Phase copyPhase,
            Phase settlePhase,
            Phase sqlPhase,
            Phase verifyPhase,
            boolean importFailed,
            boolean verified) {

        public boolean totalsMatch() {
            return platformEarned.compareTo(sqlEarned) == 0;
        }
    }

    /** One timed phase. */
    public record Phase(String name, long rows, double seconds, long peakHeapUsed, long peakLiveHeap) {
        double rowsPerSecond() {
            return rows / seconds;
        }
    }

    static final IsoWeek FIRST_WEEK = IsoWeek.parse("2023-W01");

    private final String baseUri;
    private final TestTokens tokens;
    private final BenchmarkDatabase database;
    private final Pseudonymizer pseudonymizer;
    private final SyntheticCohort cohort;
    private final Path workDirectory;
    private final PrintStream out;
    private final PluginHostTimes hostTimes;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private String importEndpoint = "none";

    public NationalBenchmark(
            String baseUri,
            TestTokens tokens,
            BenchmarkDatabase database,
            Pseudonymizer pseudonymizer,
            SyntheticCohort cohort,
            Path workDirectory,
            PrintStream out,
            PluginHostTimes hostTimes) {
        this.baseUri = baseUri;
        this.tokens = tokens;
        this.database = database;
        this.pseudonymizer = pseudonymizer;
        this.cohort = cohort;
        this.workDirectory = workDirectory;
        this.out = out;
        this.hostTimes = hostTimes;
    }

    public Result run() throws Exception {
        out.printf(
                Locale.ROOT,
                "Virkning benchmark: %,d participants x %d weeks = %,d person-weeks (%s..%s), NK1%n",
                cohort.participants(),
                cohort.weeks(),
                cohort.personWeeks(),
                cohort.firstWeek(),
                cohort.lastWeek());
        out.printf(
                Locale.ROOT,
                "JVM: Java %s, max heap %d MiB, %d processors; %s%n",
                System.getProperty("java.version"),
                HeapSampler.maxHeap() >> 20,
                Runtime.getRuntime().availableProcessors(),
                database.version());

        String municipality = municipality();
        Program program = program(municipality);
        long t0 = System.nanoTime();
        List<UUID> ids = database.enrol(municipality, program.getId(), cohort, pseudonymizer, FIRST_WEEK);
        out.printf(
                Locale.ROOT,
                "setup: %,d participants enrolled in bulk with COPY in %.1f s (not measured below)%n",
                ids.size(),
                seconds(t0));

        Files.createDirectories(workDirectory);
        Path file = workDirectory.resolve("cohort-" + cohort.participants() + "x" + cohort.weeks() + ".csv");
        t0 = System.nanoTime();
        long rows = cohort.writeLongCsv(file);
        out.printf(
                Locale.ROOT,
                "setup: cohort file %s, %,d rows, %d MiB, written in %.1f s (not measured below)%n",
                file,
                rows,
                Files.size(file) >> 20,
                seconds(t0));

        out.println(
                database.checkpoints()
                        ? "each timed phase starts after a CHECKPOINT (the write-back of the phase before is not timed)"
                        : "note: no superuser given, so no CHECKPOINT before the timed phases");
        try (HeapSampler heap = new HeapSampler()) {
            // 1. The platform's import, through its HTTP endpoint.
            database.quiesce();
            heap.reset();
            t0 = System.nanoTime();
            UUID importId = null;
            String importError = null;
            try {
                importId = importFile(municipality, program.getId(), file);
            } catch (RuntimeException | IOException e) {
                importError = e.toString();
            }
            Phase importPhase = phase("import (platform, HTTP)", rows, t0, heap);
            out.println("import endpoint: " + importEndpoint);
            boolean importFailed = importId == null;
            if (importFailed) {
                out.println("IMPORT FAILED: " + importError);
                out.println("  (the weekly statuses are now loaded with COPY instead, so that settlement can be"
                        + " measured; the import's figures above are not valid)");
                importId = database.loadDirectly(municipality, program.getId(), ids, cohort);
            }
            Files.deleteIfExists(file);

            // 2. Baseline: COPY of the same rows into an equivalent table.
            database.quiesce();
            heap.reset();
            t0 = System.nanoTime();
            long copied = database.copyBaseline(municipality, program.getId(), importId, ids, cohort);
            Phase copyPhase = phase("COPY baseline", copied, t0, heap);

            database.analyze();

            // 3. The platform's settlement with NK1, through its HTTP endpoint.
            database.quiesce();
            String period = quarterOf(cohort.lastWeek());
            heap.reset();
            HostShare host = HostShare.before(hostTimes);
            t0 = System.nanoTime();
            Map<String, String> statement = settle(municipality, program.getId(), period);
            Phase settlePhase = phase("settle NK1 (platform, HTTP)", cohort.personWeeks(), t0, heap);
            host.print(out, settlePhase.seconds());
            BigDecimal platformEarned = new BigDecimal(statement.get("earned"));

            // 4. Baseline: the NK1 formula as one SQL query.
            database.quiesce();
            heap.reset();
            t0 = System.nanoTime();
            BigDecimal sqlEarned =
                    database.nk1Earned(municipality, program.getId(), BenchmarkTerms.nk1(), horizonOf(period));
            Phase sqlPhase = phase("NK1 as one SQL query", cohort.personWeeks(), t0, heap);

            // 5. Verification of the statement from its stored snapshot (not a target, for scale).
            heap.reset();
            t0 = System.nanoTime();
            StatementVerification verification = new SettlementsApi(client(tokens.admin(municipality)))
                    .verifyStatement(municipality, program.getId(), UUID.fromString(statement.get("id")));
            Phase verifyPhase = phase("verify statement (HTTP)", cohort.personWeeks(), t0, heap);

            Result result = new Result(
                    cohort.personWeeks(),
                    platformEarned,
                    sqlEarned,
                    importPhase,
                    copyPhase,
                    settlePhase,
                    sqlPhase,
                    verifyPhase,
                    importFailed,
                    Boolean.TRUE.equals(verification.getMatches()));
            BenchmarkReport.print(out, result, period);
            database.dropBaseline();
            return result;
        }
    }

    private Phase phase(String name, long rows, long start, HeapSampler heap) {
        return new Phase(name, rows, seconds(start), heap.peakUsed(), heap.peakLive());
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private String municipality() throws Exception {
        ApiClient operator = client(tokens.operator());
        for (int attempt = 0; ; attempt++) {
            String key = "bench" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 40), 36);
            String code = String.valueOf(700 + ThreadLocalRandom.current().nextInt(300));
            try {
                new MunicipalitiesApi(operator)
                        .createMunicipality(new MunicipalityCreate()
                                .id(key)
                                .name("Benchmark " + key)
                                .municipalityCode(code));
                return key;
            } catch (dk.virkning.client.ApiException e) {
                if (e.getCode() != 409 || attempt > 20) {
                    throw e;
                }
            }
        }
    }

    private Program program(String municipality) throws Exception {
        Organisation provider = new OrganisationsApi(client(tokens.operator()))
                .createOrganisation(new OrganisationCreate()
                        .name("Benchmark provider " + UUID.randomUUID())
                        .type(OrganisationType.PROVIDER));
        return new ProgramsApi(client(tokens.admin(municipality)))
                .createProgram(
                        municipality,
                        new ProgramCreate()
                                .name("NK1 national benchmark")
                                .providerId(provider.getId())
                                .investorIds(List.of())
                                .pluginId("sundinvest-nk1")
                                .pluginVersion(Scenario.FIRST_PARTY_VERSION)
                                .terms(BenchmarkTerms.nk1())
                                .startDate(FIRST_WEEK.monday())
                                .capacity(cohort.participants()));
    }

    /**
     * Posts the file as it lies on disk, streamed; returns the import's id. Uses the streaming upload
     * endpoint ({@code .../status-imports/upload}) where the build has it, else the original
     * {@code .../status-imports}; an empty probe tells which (it is refused either way and changes
     * nothing).
     */
    private UUID importFile(String municipality, UUID program, Path file) throws IOException, InterruptedException {
        String imports =
                baseUri + "/api/v1/municipalities/" + municipality + "/programs/" + program + "/status-imports";
        String query = "?coverageFrom=" + cohort.firstWeek() + "&coverageTo=" + cohort.lastWeek();
        HttpResponse<String> probe = http.send(
                importRequest(municipality, imports + "/upload" + query, HttpRequest.BodyPublishers.noBody()),
                HttpResponse.BodyHandlers.ofString());
        boolean streaming = probe.statusCode() != 404 && probe.statusCode() != 405;
        String target = streaming ? imports + "/upload" + query + "&format=LONG" : imports + query;
        importEndpoint = streaming ? "POST .../status-imports/upload" : "POST .../status-imports";
        HttpResponse<InputStream> response = http.send(
                importRequest(municipality, target, HttpRequest.BodyPublishers.ofFile(file)),
                HttpResponse.BodyHandlers.ofInputStream());
        Map<String, String> body = topLevel(response, Set.of("id", "personWeeks", "detail", "title"));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("the import answered " + response.statusCode() + ": " + body);
        }
        if (Long.parseLong(body.get("personWeeks")) != cohort.personWeeks()) {
            throw new IllegalStateException(
                    "the import wrote " + body.get("personWeeks") + " person-weeks, not " + cohort.personWeeks());
        }
        return UUID.fromString(body.get("id"));
    }

    private HttpRequest importRequest(String municipality, String uri, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create(uri))
                .timeout(Duration.ofHours(2))
                .header("Authorization", "Bearer " + tokens.admin(municipality))
                .header("Content-Type", "text/csv")
                .POST(body)
                .build();
    }

    private Map<String, String> settle(String municipality, UUID program, String period)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                        baseUri + "/api/v1/municipalities/" + municipality + "/programs/" + program + "/statements"))
                .timeout(Duration.ofHours(1))
                .header("Authorization", "Bearer " + tokens.admin(municipality))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"period\":\"" + period + "\",\"issue\":true}"))
                .build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        Map<String, String> body = topLevel(response, Set.of("id", "earned", "detail", "title"));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("the settlement answered " + response.statusCode() + ": " + body);
        }
        return body;
    }

    /**
     * The wanted top-level scalar fields of a JSON response, read as a stream: a statement of 100,000
     * participants carries a line each, which the benchmark (in the same JVM) should not hold.
     */
    private Map<String, String> topLevel(HttpResponse<InputStream> response, Set<String> wanted) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        try (InputStream in = response.body();
                JsonParser parser = json.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return fields;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value.isStructStart()) {
                    parser.skipChildren();
                } else if (wanted.contains(name)) {
                    fields.put(name, parser.getString());
                }
            }
        }
        return fields;
    }

    private ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUri);
        client.setReadTimeout(Duration.ofHours(1));
        client.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
        return client;
    }

    /** The calendar quarter that holds the given week's Monday, e.g. 2025-Q4. */
    static String quarterOf(IsoWeek week) {
        LocalDate monday = week.monday();
        return monday.getYear() + "-Q" + ((monday.getMonthValue() - 1) / 3 + 1);
    }

    static IsoWeek horizonOf(String quarter) {
        int year = Integer.parseInt(quarter.substring(0, 4));
        int q = quarter.charAt(6) - '0';
        LocalDate first = LocalDate.of(year, (q - 1) * 3 + 1, 1);
        return new SettlementPeriod(first, first.plusMonths(3).minusDays(1)).horizon();
    }
}

package dk.virkning.pluginhost;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The messages between the platform and a plugin host, and the one JSON mapping both sides use.
 *
 * <p>A call is two frames from the platform: a {@link Request} and its payload (the gzipped input
 * snapshot for {@code evaluate} and {@code goals}, the JSON of a recommendation context for {@code
 * recommend}, empty for {@code describe}). The answer is a {@link Reply} frame and, when it is {@code
 * OK}, a frame with the result's JSON. Everything the host sends is untrusted to the platform.
 */
public final class Wire {

    /** Describe the plugin: its ids, model and optional extensions. */
    public static final String DESCRIBE = "describe";
    /** Run the payment formula over a snapshot. */
    public static final String EVALUATE = "evaluate";
    /** Run the effect-goal evaluator over a snapshot. */
    public static final String GOALS = "goals";
    /** Run the course recommender over a recommendation context. */
    public static final String RECOMMEND = "recommend";

    private Wire() {}

    /**
     * A call.
     *
     * @param op one of {@link #DESCRIBE}, {@link #EVALUATE}, {@link #GOALS}, {@link #RECOMMEND}
     */
    public record Request(String op) {}

    /**
     * The outcome of a call.
     *
     * @param status {@code OK}; {@code REFUSED} when the plugin refused its input with its checked
     *     exception; {@code FAILED} when it threw anything else; {@code TAINTED} when it left threads or
     *     processes running (the host then stops); {@code UNLOADABLE} when the plugin could not be loaded
     * @param message for REFUSED the plugin's own message, for the others the host's reason
     */
    public record Reply(String status, String message) {
        public static final String OK = "OK";
        public static final String REFUSED = "REFUSED";
        public static final String FAILED = "FAILED";
        public static final String TAINTED = "TAINTED";
        public static final String UNLOADABLE = "UNLOADABLE";
    }

    /**
     * What a plugin says about itself.
     *
     * @param pluginId the PF4J plugin id
     * @param version the PF4J plugin version
     * @param formulaId the payment formula's {@code id()}
     * @param modelId the intervention model provider's {@code id()}
     * @param evaluatorId the effect-goal evaluator's {@code id()}, or {@code null} without one
     * @param recommenderId the course recommender's {@code id()}, or {@code null} without one
     * @param model the intervention model
     */
    public record Description(
            String pluginId,
            String version,
            String formulaId,
            String modelId,
            String evaluatorId,
            String recommenderId,
            dk.virkning.spi.InterventionModel model) {}

    /**
     * The JSON mapping of every message: money as exact decimals, unknown or duplicate members refused,
     * nesting, numbers and strings bounded, so that a hostile host cannot make the platform's parser
     * allocate without bound.
     *
     * @param maxStringLength the longest string value accepted
     */
    public static JsonMapper mapper(int maxStringLength) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(maxStringLength)
                        .maxNestingDepth(64)
                        .maxNumberLength(64)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
    }
}

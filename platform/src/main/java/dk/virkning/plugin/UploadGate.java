package dk.virkning.plugin;

import dk.virkning.gate.BytecodeGate;
import dk.virkning.gate.Violation;
import dk.virkning.shared.ProblemError;
import dk.virkning.shared.ProblemException;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The install-time gate: an uploaded artifact whose bytecode uses an API the plugin contract forbids
 * (the rules of {@code plugin-gate}, the same the test kit's contract test applies) is refused
 * before anything of it is loaded. Defence in depth only: the sandboxed plugin host stays the
 * boundary; the gate turns an obvious violation into a clear refusal at upload.
 */
final class UploadGate {

    static final String REFUSED = "plugin-refused";

    /** The most violations a refusal lists; the detail gives the total. */
    static final int MAX_LISTED = 1000;

    private static final Logger log = LoggerFactory.getLogger(UploadGate.class);

    private UploadGate() {}

    /** Returns when the artifact passes; otherwise a 422 {@code plugin-refused} listing every violation. */
    static void check(String pluginId, String version, byte[] artifact) {
        List<Violation> violations;
        try {
            violations = BytecodeGate.scanJar(artifact);
        } catch (IOException e) {
            throw ProblemException.unprocessable(
                    "not-a-plugin", "The artifact is not a readable jar; nothing was installed", List.of());
        }
        if (violations.isEmpty()) {
            return;
        }
        log.info("Refused plugin {} {}: {} uses of forbidden APIs", pluginId, version, violations.size());
        List<ProblemError> errors = violations.stream()
                .limit(MAX_LISTED)
                .map(v -> ProblemError.field(
                        v.className() + "." + v.member(), "uses " + v.reference() + " (" + v.rule() + ")"))
                .toList();
        throw ProblemException.unprocessable(
                REFUSED,
                "The plugin uses " + violations.size() + " API(s) that the plugin contract forbids (file and"
                        + " network I/O, process control, reflection, class loading, threads, Unsafe, native methods,"
                        + " clocks, randomness)"
                        + (violations.size() > MAX_LISTED ? "; the first " + MAX_LISTED + " are listed" : "")
                        + "; nothing was installed",
                errors);
    }
}

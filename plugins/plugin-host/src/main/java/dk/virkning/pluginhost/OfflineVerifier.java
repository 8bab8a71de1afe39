package dk.virkning.pluginhost;

import dk.virkning.snapshot.PluginIdentity;
import dk.virkning.snapshot.SnapshotReader;
import dk.virkning.snapshot.StatementHash;
import dk.virkning.spi.Dkk;
import dk.virkning.spi.FormulaResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recomputes a statement without the platform: reads the input snapshot (hashing its text as it goes),
 * runs the plugin's formula over it in this JVM, and prints what the statement must say. An auditor
 * runs this on a machine of their own with the artifact they were given; no sandbox is involved.
 */
final class OfflineVerifier {

    private OfflineVerifier() {}

    /** @return 0 when everything that can be compared matches, 1 otherwise */
    static int run(Path snapshot, Path pluginJar, Path statementJson, PrintStream out) throws Exception {
        SnapshotReader.Parsed parsed;
        try (InputStream in = Files.newInputStream(snapshot)) {
            parsed = SnapshotReader.read(in);
        }
        String artifactSha = sha256(pluginJar);
        PluginIdentity recorded = parsed.plugin();
        boolean pluginMatches = recorded.sha256().equals(artifactSha);
        out.println("input sha256:     " + parsed.sha256());
        out.println("program:          " + parsed.context().programId());
        out.println("period:           " + parsed.context().period().firstDay() + " .. "
                + parsed.context().period().lastDay() + " (horizon "
                + parsed.context().period().horizon() + ")");
        out.println("participants:     " + parsed.context().participants().size());
        out.println("plugin:           " + recorded.id() + " " + recorded.version());
        out.println("artifact sha256:  " + artifactSha
                + (pluginMatches ? " (as recorded)" : " (recorded: " + recorded.sha256() + ": a different artifact)"));
        LoadedPlugin plugin = LoadedPlugin.load(pluginJar);
        FormulaResult result = plugin.formula.evaluate(parsed.context());
        BigDecimal earned = Dkk.round(result.earned());
        List<StatementHash.Line> lines = StatementHash.lines(result);
        out.println("earned:           " + earned.toPlainString());
        out.println("lines:            " + result.lines().size() + " earned, "
                + result.pending().size() + " pending");
        for (StatementHash.Line l : lines) {
            out.println("  " + l.lineNo() + " " + l.kind() + (l.pendingKind() == null ? "" : " " + l.pendingKind())
                    + " " + (l.participantId() == null ? "-" : l.participantId())
                    + " " + l.outcome() + " "
                    + amount(l) + " "
                    + l.description());
        }
        boolean ok = pluginMatches;
        if (statementJson != null) {
            ok &= compare(statementJson, parsed, recorded, earned, lines, out);
        }
        out.println(ok ? "VERIFIED" : "NOT VERIFIED");
        return ok ? 0 : 1;
    }

    private static boolean compare(
            Path statementJson,
            SnapshotReader.Parsed parsed,
            PluginIdentity plugin,
            BigDecimal earned,
            List<StatementHash.Line> lines,
            PrintStream out)
            throws IOException {
        JsonNode s = JsonMapper.builder().build().readTree(Files.readString(statementJson));
        BigDecimal previously = new BigDecimal(s.path("previouslySettled").asString());
        String previousHash = s.path("previousStatementHash").isString()
                ? s.path("previousStatementHash").asString()
                : null;
        String hash = StatementHash.of(
                new StatementHash.Header(
                        parsed.context().programId(),
                        s.path("period").path("label").asString(),
                        parsed.context().period().firstDay(),
                        parsed.context().period().lastDay(),
                        plugin,
                        parsed.sha256(),
                        earned,
                        previously,
                        earned.subtract(previously),
                        previousHash),
                lines);
        boolean input = parsed.sha256().equals(s.path("inputSha256").asString());
        boolean amount = earned.compareTo(new BigDecimal(s.path("earned").asString())) == 0;
        boolean statement = hash.equals(s.path("statementHash").asString());
        out.println("statement hash:   " + hash
                + (statement
                        ? " (as issued)"
                        : " (issued: " + s.path("statementHash").asString() + ")"));
        out.println("input hash:       " + (input ? "as issued" : "differs from the statement's"));
        out.println("earned:           " + (amount ? "as issued" : "differs from the statement's"));
        return input && amount && statement;
    }

    /** An earned line's amount, a pending line's open amount as "at most", or "-". */
    private static String amount(StatementHash.Line l) {
        if (l.amount() != null) {
            return l.amount().toPlainString();
        }
        return l.openAmount() == null ? "-" : "max " + l.openAmount().toPlainString();
    }

    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

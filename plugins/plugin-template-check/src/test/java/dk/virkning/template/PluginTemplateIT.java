package dk.virkning.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.virkning.gate.BytecodeGate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the template's own build (run by the invoker just before, outside the reactor, against the
 * plugin API and test kit as released) produced: a PF4J plugin jar that passed the contract test and
 * the hand-computed test, that the platform's gate accepts, and that signs and verifies as the
 * README's "Sign it" step does.
 */
class PluginTemplateIT {

    static final Path BUILD = Path.of("target", "it", "plugin-template");
    static final Path JAR = BUILD.resolve(Path.of("target", "example-plugin-1.0.0.jar"));

    @Test
    void theTemplateBuildsAPf4jPluginWithoutTheApiInside() throws IOException {
        assertThat(JAR)
                .as("the template's build log is in " + BUILD.resolve("build.log"))
                .isRegularFile();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            Attributes manifest = jar.getManifest().getMainAttributes();
            assertThat(manifest.getValue("Plugin-Id")).isEqualTo("example-plugin");
            assertThat(manifest.getValue("Plugin-Version")).isEqualTo("1.0.0");
            assertThat(manifest.getValue("Plugin-Requires")).isEqualTo("^1.1");
            assertThat(manifest.getValue("Plugin-Provider")).isNotBlank();
            String extensions = new String(
                    jar.getInputStream(jar.getEntry("META-INF/extensions.idx")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(extensions).contains("com.example.provider.ExampleFormula", "com.example.provider.ExampleModel");
            assertThat(jar.stream().map(e -> e.getName()))
                    .as("the API and PF4J are provided by the platform, never packaged")
                    .noneMatch(name -> name.startsWith("dk/virkning/") || name.startsWith("org/pf4j/"));
        }
    }

    @Test
    void theTemplatesBuildRanTheContractTestAndItsOwnTest() throws IOException {
        Path reports = BUILD.resolve(Path.of("target", "surefire-reports"));
        String contract = Files.readString(reports.resolve("TEST-com.example.provider.ExampleContractTest.xml"));
        assertThat(contract)
                .contains("name=\"thePluginUsesNoForbiddenApi\"")
                .contains("failures=\"0\"", "errors=\"0\"");
        String own = Files.readString(reports.resolve("TEST-com.example.provider.ExampleFormulaTest.xml"));
        assertThat(own).contains("tests=\"1\"", "failures=\"0\"", "errors=\"0\"");
    }

    @Test
    void thePlatformsGateAcceptsTheArtifact() throws IOException {
        assertThat(BytecodeGate.scanJar(Files.readAllBytes(JAR))).isEmpty();
    }

    @Test
    void theArtifactSignsWithEd25519AndVerifiesWithThePublicKeyAsTheOperatorRegistersIt() throws Exception {
        byte[] artifact = Files.readAllBytes(JAR);
        KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(key.getPrivate());
        signer.update(artifact);
        String signature = Base64.getEncoder().encodeToString(signer.sign());
        String registered = Base64.getEncoder().encodeToString(key.getPublic().getEncoded());

        assertThat(verifies(registered, artifact, signature)).isTrue();
        byte[] changed = artifact.clone();
        changed[changed.length / 2] ^= 1;
        assertThat(verifies(registered, changed, signature)).isFalse();
    }

    /** The README's openssl commands, exactly: a key, its public half as base64 DER, a signature. */
    @Test
    void theReadmesOpensslStepsMakeASignatureThatVerifies(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("openssl"), "openssl is not installed");
        Path key = dir.resolve("provider-key.pem");
        run(dir, "openssl", "genpkey", "-algorithm", "ed25519", "-out", key.toString());
        Path pub = dir.resolve("pub.der");
        run(dir, "openssl", "pkey", "-in", key.toString(), "-pubout", "-outform", "DER", "-out", pub.toString());
        Path sig = dir.resolve("sig.bin");
        run(
                dir,
                "openssl",
                "pkeyutl",
                "-sign",
                "-inkey",
                key.toString(),
                "-rawin",
                "-in",
                JAR.toAbsolutePath().toString(),
                "-out",
                sig.toString());
        String registered = Base64.getEncoder().encodeToString(Files.readAllBytes(pub));
        String signature = Base64.getEncoder().encodeToString(Files.readAllBytes(sig));
        assertThat(verifies(registered, Files.readAllBytes(JAR), signature)).isTrue();
    }

    /** Verifies as the platform does: the registered key is base64 X.509 DER, the signature base64. */
    private static boolean verifies(String publicKeyBase64, byte[] artifact, String signatureBase64) throws Exception {
        PublicKey publicKey = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64)));
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(publicKey);
        verifier.update(artifact);
        return verifier.verify(Base64.getDecoder().decode(signatureBase64));
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null
                && Stream.of(path.split(java.io.File.pathSeparator))
                        .anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }

    private static void run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(List.of(command))
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
    }
}

package dk.virkning.helm;

import static dk.virkning.helm.Manifests.at;
import static dk.virkning.helm.Manifests.mapAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * Lints and renders the chart in {@code helm/virkning} with helm-java (no helm binary needed) and
 * checks the rendered objects: secure defaults, probes, secrets by reference, rolling on config
 * changes, and refusing to render without an external database.
 */
class HelmChartTest {

    /** Surefire runs in the module directory, helm/. */
    private static final Path CHART = Path.of("virkning");

    private static final String DATABASE_URL = "jdbc:postgresql://db:5432/virkning";
    private static final String ISSUER = "https://idp.example/realms/norddjurs";

    /** helm template assumes Kubernetes 1.20 unless told; the chart needs 1.23 or newer. */
    private static final String KUBE_VERSION = "1.31.0";

    @Test
    void lintsStrictlyWithTheDefaultValues() {
        assertLintsCleanly(CHART);
    }

    @Test
    void lintsStrictlyWithTheRequiredValuesSet(@TempDir Path dir) {
        // Lint takes no --set: with the defaults, lint mode only logs the chart's fail calls and
        // skips the manifests, so lint a copy whose values.yaml holds the required values.
        Path chart = copyChart(dir);
        Map<String, Object> values = new Yaml().load(read(chart.resolve("values.yaml")));
        Map<String, Object> database = Manifests.cast(values.get("database"));
        database.put("url", DATABASE_URL);
        database.put("existingSecret", "virkning-db");
        Map<String, Object> migrations = Manifests.cast(database.get("migrations"));
        migrations.put("existingSecret", "virkning-db-owner");
        Map<String, Object> pseudonym = Manifests.cast(values.get("pseudonym"));
        pseudonym.put("existingSecret", "virkning-pseudonym");
        Map<String, Object> auth = Manifests.cast(values.get("auth"));
        auth.put("issuerUri", ISSUER);
        write(chart.resolve("values.yaml"), new Yaml().dump(values));

        assertLintsCleanly(chart);
    }

    @Test
    void rendersOneResourceOfEachKind() {
        assertThat(Manifests.render(required()).kinds())
                .containsExactlyInAnyOrder(
                        "ServiceAccount", "ConfigMap", "Service", "Deployment", "PodDisruptionBudget", "NetworkPolicy");
    }

    @Test
    void labelsEveryResourceWithTheStandardLabels() {
        assertThat(Manifests.render(required()).all())
                .allSatisfy(object -> assertThat(mapAt(object, "metadata", "labels"))
                        .containsEntry("app.kubernetes.io/name", "virkning")
                        .containsEntry("app.kubernetes.io/instance", "virkning")
                        .containsEntry("app.kubernetes.io/version", "0.1.0")
                        .containsEntry("app.kubernetes.io/managed-by", "Helm")
                        .containsEntry("helm.sh/chart", "virkning-0.1.0"));
    }

    @Test
    void pluginCodeRunsInTheSandboxByDefaultAndUploadsNeverRunWithoutIt() {
        Manifests manifests = Manifests.render(required());
        assertThat(mapAt(manifests.only("ConfigMap"), "data"))
                .containsEntry("VIRKNING_PLUGINS_HOST_SANDBOX", "BWRAP")
                .containsEntry("VIRKNING_PLUGINS_HOST_ALLOWUNSANDBOXED", "false");
        // bubblewrap's namespaces need a seccomp profile that allows them, for this container only.
        assertThat(at(manifests.container(), "securityContext", "seccompProfile", "type"))
                .isEqualTo("Unconfined");
        assertThat(at(manifests.podSpec(), "securityContext", "seccompProfile", "type"))
                .isEqualTo("RuntimeDefault");
        // A fresh /proc for the plugin's PID namespace, in a pod with a user namespace of its own.
        assertThat(at(manifests.container(), "securityContext", "procMount")).isEqualTo("Unmasked");
        assertThat(manifests.podSpec().get("hostUsers")).isEqualTo(false);
        Manifests localhost = Manifests.render(required()
                .set("plugins.sandbox.seccompProfile.type", "Localhost")
                .set("plugins.sandbox.seccompProfile.localhostProfile", "profiles/virkning-sandbox.json"));
        assertThat(at(localhost.container(), "securityContext", "seccompProfile", "localhostProfile"))
                .isEqualTo("profiles/virkning-sandbox.json");
    }

    @Test
    void withoutTheSandboxTheContainerKeepsTheRuntimesSeccompProfile() {
        Manifests manifests = Manifests.render(required().set("plugins.sandbox.mode", "NONE"));
        assertThat(mapAt(manifests.only("ConfigMap"), "data"))
                .containsEntry("VIRKNING_PLUGINS_HOST_SANDBOX", "NONE")
                .containsEntry("VIRKNING_PLUGINS_HOST_ALLOWUNSANDBOXED", "false");
        assertThat(mapAt(manifests.container(), "securityContext"))
                .doesNotContainKey("seccompProfile")
                .doesNotContainKey("procMount");
        assertThat(manifests.podSpec()).doesNotContainKey("hostUsers");
    }

    @Test
    void refusesAnUnknownSandboxMode() {
        assertRenderingFails(required().set("plugins.sandbox.mode", "AUTO"), "mode");
    }

    @Test
    void runsAsNonRootOnAReadOnlyRootFilesystemWithoutPrivilegesOrToken() {
        Manifests manifests = Manifests.render(required());
        Map<String, Object> pod = manifests.podSpec();
        assertThat(at(pod, "securityContext", "runAsNonRoot")).isEqualTo(true);
        assertThat(at(pod, "securityContext", "runAsUser")).isEqualTo(1000);
        assertThat(at(pod, "securityContext", "fsGroup")).isEqualTo(1000);
        assertThat(at(pod, "securityContext", "seccompProfile", "type")).isEqualTo("RuntimeDefault");
        assertThat(pod.get("automountServiceAccountToken")).isEqualTo(false);
        assertThat(manifests.only("ServiceAccount").get("automountServiceAccountToken"))
                .isEqualTo(false);

        Map<String, Object> container = manifests.container();
        assertThat(at(container, "securityContext", "readOnlyRootFilesystem")).isEqualTo(true);
        assertThat(at(container, "securityContext", "runAsNonRoot")).isEqualTo(true);
        assertThat(at(container, "securityContext", "allowPrivilegeEscalation")).isEqualTo(false);
        assertThat(at(container, "securityContext", "capabilities", "drop")).isEqualTo(List.of("ALL"));
    }

    @Test
    void givesTheJvmAWritableTmpOnAnEmptyDir() {
        Manifests manifests = Manifests.render(required());
        assertThat(at(manifests.container(), "volumeMounts", 0)).isEqualTo(Map.of("name", "tmp", "mountPath", "/tmp"));
        assertThat(at(manifests.podSpec(), "volumes", 0)).isEqualTo(Map.of("name", "tmp", "emptyDir", Map.of()));
    }

    @Test
    void probesTheHealthGroupsOnTheApiPortAndAllowsMinutesOnStartup() {
        Map<String, Object> container = Manifests.render(required()).container();
        assertThat(at(container, "livenessProbe", "httpGet", "path")).isEqualTo("/livez");
        assertThat(at(container, "livenessProbe", "httpGet", "port")).isEqualTo("http");
        assertThat(at(container, "readinessProbe", "httpGet", "path")).isEqualTo("/readyz");
        assertThat(at(container, "readinessProbe", "httpGet", "port")).isEqualTo("http");
        assertThat(at(container, "startupProbe", "httpGet", "path")).isEqualTo("/livez");
        int startupSeconds = (Integer) at(container, "startupProbe", "periodSeconds")
                * (Integer) at(container, "startupProbe", "failureThreshold");
        assertThat(startupSeconds).isGreaterThanOrEqualTo(300);
        assertThat(at(container, "ports", 0))
                .isEqualTo(Map.of("name", "http", "containerPort", 8080, "protocol", "TCP"));
    }

    @Test
    void readsTheDatabaseCredentialsAndPseudonymKeyFromExistingSecrets() {
        Map<String, Map<String, Object>> env = Manifests.render(
                        required().set("database.usernameKey", "user").set("pseudonym.key", "master-key"))
                .env();
        assertThat(at(env.get("SPRING_DATASOURCE_USERNAME"), "valueFrom", "secretKeyRef"))
                .isEqualTo(Map.of("name", "virkning-db", "key", "user"));
        assertThat(at(env.get("SPRING_DATASOURCE_PASSWORD"), "valueFrom", "secretKeyRef"))
                .isEqualTo(Map.of("name", "virkning-db", "key", "password"));
        assertThat(at(env.get("VIRKNING_PSEUDONYM_SECRET"), "valueFrom", "secretKeyRef"))
                .isEqualTo(Map.of("name", "virkning-pseudonym", "key", "master-key"));
    }

    @Test
    void configuresTheExternalDatabaseAndIssuerTheBakedInPluginsAndNoDemoData() {
        Manifests manifests = Manifests.render(required());
        Map<String, Object> configMap = manifests.only("ConfigMap");
        assertThat(at(manifests.container(), "envFrom", 0, "configMapRef", "name"))
                .isEqualTo(at(configMap, "metadata", "name"));
        assertThat(mapAt(configMap, "data"))
                .containsEntry("SPRING_DATASOURCE_URL", DATABASE_URL)
                .containsEntry("VIRKNING_AUTH_EMBEDDED_ENABLED", "false")
                .containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", ISSUER)
                .containsEntry("VIRKNING_PLUGINS_DIRECTORY", "/app/plugins")
                .containsEntry("VIRKNING_PLUGINS_FORMULA_TIMEOUT", "60s")
                .containsEntry("VIRKNING_DEMO_ENABLED", "false")
                .containsEntry("VIRKNING_SETTLEMENT_SCHEDULE_ENABLED", "true")
                .containsEntry("VIRKNING_SETTLEMENT_SCHEDULE_CRON", "0 0 2 * * *")
                .containsEntry("JAVA_TOOL_OPTIONS", "-XX:MaxRAMPercentage=75");
    }

    @Test
    void theEmbeddedAuthorizationServerNeedsNoIssuerButItsKeyEncryptionKeyFromASecret() {
        TemplateCommand embedded = required()
                .set("auth.embeddedAuthorizationServer", true)
                .set("auth.issuerUri", "")
                .set("auth.keyEncryptionKey.existingSecret", "virkning-signing");
        Manifests manifests = Manifests.render(embedded);
        assertThat(mapAt(manifests.only("ConfigMap"), "data"))
                .containsEntry("VIRKNING_AUTH_EMBEDDED_ENABLED", "true")
                .doesNotContainKey("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI");
        assertThat(at(manifests.env().get("VIRKNING_AUTH_EMBEDDED_KEY_ENCRYPTION_KEY"), "valueFrom", "secretKeyRef"))
                .isEqualTo(Map.of("name", "virkning-signing", "key", "key-encryption-key"));
    }

    @Test
    void withTheEmbeddedServerOffNoKeyEncryptionKeyIsWired() {
        assertThat(Manifests.render(required()).env()).doesNotContainKey("VIRKNING_AUTH_EMBEDDED_KEY_ENCRYPTION_KEY");
    }

    @Test
    void refusesToRunTheEmbeddedServerWithoutAKeyEncryptionKeySecret() {
        assertRenderingFails(
                required().set("auth.embeddedAuthorizationServer", true),
                "auth.keyEncryptionKey.existingSecret is required");
    }

    @Test
    void aConfigChangeChangesTheChecksumSoThePodsRoll() {
        Object checksum = Manifests.render(required()).checksum();
        assertThat(checksum).asString().hasSize(64);
        assertThat(Manifests.render(required().set("replicaCount", 3)).checksum())
                .isEqualTo(checksum);
        assertThat(Manifests.render(required().set("plugins.formulaTimeout", "30s"))
                        .checksum())
                .isNotEqualTo(checksum);
        assertThat(Manifests.render(required().set("database.url", "jdbc:postgresql://other:5432/virkning"))
                        .checksum())
                .isNotEqualTo(checksum);
    }

    @Test
    void addsExtraEnvAfterTheChartsOwnVariables() {
        Map<String, Map<String, Object>> env = Manifests.render(required()
                        .set("extraEnv[0].name", "LOGGING_LEVEL_DK_VIRKNING")
                        .set("extraEnv[0].value", "DEBUG"))
                .env();
        assertThat(env.keySet()).last().isEqualTo("LOGGING_LEVEL_DK_VIRKNING");
        assertThat(env.get("LOGGING_LEVEL_DK_VIRKNING").get("value")).isEqualTo("DEBUG");
    }

    @Test
    void runsTheAppVersionOfTheImageUnlessATagIsGiven() {
        assertThat(Manifests.render(required()).container().get("image")).isEqualTo("virkning-platform:0.1.0");
        assertThat(Manifests.render(required().set("image.tag", "0.2.0"))
                        .container()
                        .get("image"))
                .isEqualTo("virkning-platform:0.2.0");
    }

    @Test
    void exposesTheHttpPortOnAClusterIpServiceOnPort80() {
        Map<String, Object> service = Manifests.render(required()).only("Service");
        assertThat(at(service, "spec", "type")).isEqualTo("ClusterIP");
        assertThat(at(service, "spec", "ports", 0, "port")).isEqualTo(80);
        assertThat(at(service, "spec", "ports", 0, "targetPort")).isEqualTo("http");
    }

    @Test
    void keepsOnePodUpDuringDisruptionsButNeedsMoreThanOneReplicaForABudget() {
        assertThat(at(Manifests.render(required()).only("PodDisruptionBudget"), "spec", "minAvailable"))
                .isEqualTo(1);
        assertThat(Manifests.render(required().set("replicaCount", 1)).kinds()).doesNotContain("PodDisruptionBudget");
    }

    @Test
    void refusesToRenderWithoutADatabaseUrl() {
        assertRenderingFails(required().set("database.url", ""), "database.url is required");
    }

    @Test
    void refusesToRenderWithTheEmbeddedDatabase() {
        assertRenderingFails(
                required().set("database.url", "embedded"), "database.url must be a jdbc:postgresql:// URL");
    }

    @Test
    void refusesToRenderWithoutTheDatabaseSecret() {
        assertRenderingFails(required().set("database.existingSecret", ""), "database.existingSecret is required");
    }

    @Test
    void refusesToRenderWithoutThePseudonymSecret() {
        assertRenderingFails(required().set("pseudonym.existingSecret", ""), "pseudonym.existingSecret is required");
    }

    @Test
    void refusesToRenderWithoutAnIssuerWhenTheEmbeddedServerIsOff() {
        assertRenderingFails(required().set("auth.issuerUri", ""), "auth.issuerUri is required");
    }

    @Test
    void refusesToRenderWithTheDefaultValues() {
        assertRenderingFails(template(), "database.url is required");
    }

    /** A template run with every required value set. */
    static TemplateCommand required() {
        return required(CHART);
    }

    /** {@link #required()} for a chart at another path (a modified copy). */
    static TemplateCommand required(Path chart) {
        return new Helm(chart)
                .template()
                .withName("virkning")
                .withKubeVersion(KUBE_VERSION)
                .set("database.url", DATABASE_URL)
                .set("database.existingSecret", "virkning-db")
                .set("database.migrations.existingSecret", "virkning-db-owner")
                .set("pseudonym.existingSecret", "virkning-pseudonym")
                .set("auth.issuerUri", ISSUER);
    }

    static TemplateCommand template() {
        return new Helm(CHART).template().withName("virkning").withKubeVersion(KUBE_VERSION);
    }

    static void assertRenderingFails(TemplateCommand command, String message) {
        assertThatThrownBy(command::call).hasMessageContaining(message);
    }

    private static void assertLintsCleanly(Path chart) {
        LintResult result = new Helm(chart).lint().strict().call();
        assertThat(result.isFailed())
                .as(String.join("\n", result.getMessages()))
                .isFalse();
        assertThat(result.getMessages()).noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]"));
    }

    static Path copyChart(Path dir) {
        Path target = dir.resolve("virkning");
        try (Stream<Path> files = Files.walk(CHART)) {
            for (Path source : files.toList()) {
                Path copy = target.resolve(CHART.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

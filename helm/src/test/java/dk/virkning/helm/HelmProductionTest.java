package dk.virkning.helm;

import static dk.virkning.helm.HelmChartTest.assertRenderingFails;
import static dk.virkning.helm.HelmChartTest.required;
import static dk.virkning.helm.Manifests.at;
import static dk.virkning.helm.Manifests.mapAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The chart's production features: the values schema, the optional resources, the network policy,
 * the management port kept off the Service, the migration Job and the two database roles, and the
 * pod's shutdown, spread, digest and extra volumes.
 */
class HelmProductionTest {

    private static final Path CHART = Path.of("virkning");

    /** Every optional resource switched on. */
    private static TemplateCommand everything() {
        return required()
                .set("ingress.enabled", true)
                .set("ingress.className", "nginx")
                .set("ingress.tls[0].secretName", "virkning-tls")
                .set("ingress.tls[0].hosts[0]", "virkning.example")
                .set("autoscaling.enabled", true)
                .set("autoscaling.targetMemoryUtilizationPercentage", 80)
                .set("metrics.serviceMonitor.enabled", true)
                .set("metrics.serviceMonitor.labels.release", "prometheus");
    }

    @Test
    void theSchemaRefusesAnUnknownKey() {
        assertRenderingFails(required().set("replicaCont", 3), "replicaCont");
        assertRenderingFails(required().set("image.tagg", "0.2.0"), "tagg");
        assertRenderingFails(required().set("networkPolicy.databse.port", 5433), "databse");
    }

    @Test
    void theSchemaRefusesAValueOfTheWrongShape() {
        assertRenderingFails(required().set("replicaCount", 0), "/replicaCount");
        assertRenderingFails(required().set("logging.format", "xml"), "/logging/format");
        assertRenderingFails(required().set("image.digest", "latest"), "/image/digest");
    }

    @Test
    void rendersEveryOptionalResource() {
        Manifests manifests = Manifests.render(everything());
        assertThat(manifests.kinds())
                .containsExactlyInAnyOrder(
                        "ServiceAccount",
                        "ConfigMap",
                        "Service",
                        "Service",
                        "Deployment",
                        "PodDisruptionBudget",
                        "NetworkPolicy",
                        "Ingress",
                        "HorizontalPodAutoscaler",
                        "ServiceMonitor");
        Map<String, Object> ingress = manifests.only("Ingress");
        assertThat(at(ingress, "spec", "ingressClassName")).isEqualTo("nginx");
        assertThat(at(ingress, "spec", "rules", 0, "http", "paths", 0, "backend", "service", "port", "name"))
                .isEqualTo("http");
        assertThat(at(ingress, "spec", "tls", 0, "secretName")).isEqualTo("virkning-tls");
        Map<String, Object> hpa = manifests.only("HorizontalPodAutoscaler");
        assertThat(at(hpa, "spec", "scaleTargetRef", "name")).isEqualTo("virkning");
        assertThat(at(hpa, "spec", "minReplicas")).isEqualTo(2);
        assertThat(at(hpa, "spec", "metrics", 1, "resource", "name")).isEqualTo("memory");
        // The autoscaler owns the replica count.
        assertThat(mapAt(manifests.deployment(), "spec")).doesNotContainKey("replicas");
        Map<String, Object> monitor = manifests.only("ServiceMonitor");
        assertThat(at(monitor, "spec", "endpoints", 0, "port")).isEqualTo("management");
        assertThat(at(monitor, "spec", "endpoints", 0, "path")).isEqualTo("/actuator/prometheus");
        assertThat(mapAt(monitor, "metadata", "labels")).containsEntry("release", "prometheus");
    }

    @Test
    void theServiceNeverPublishesTheManagementPort() {
        Manifests manifests = Manifests.render(everything());
        List<Map<String, Object>> services = manifests.all().stream()
                .filter(o -> "Service".equals(o.get("kind")))
                .toList();
        Map<String, Object> api = services.stream()
                .filter(s -> "virkning".equals(at(s, "metadata", "name")))
                .findFirst()
                .orElseThrow();
        assertThat(ports(api)).containsExactly("http");
        Map<String, Object> metrics = services.stream()
                .filter(s -> "virkning-metrics".equals(at(s, "metadata", "name")))
                .findFirst()
                .orElseThrow();
        assertThat(at(metrics, "spec", "clusterIP")).isEqualTo("None");
        assertThat(ports(metrics)).containsExactly("management");
        assertThat(at(manifests.container(), "ports", 1))
                .isEqualTo(Map.of("name", "management", "containerPort", 8081, "protocol", "TCP"));
        assertThat(mapAt(manifests.only("ConfigMap"), "data")).containsEntry("MANAGEMENT_SERVER_PORT", "8081");
        assertThat(Manifests.render(required()).kinds()).doesNotContain("ServiceMonitor", "Ingress");
    }

    @Test
    void theNetworkPolicyAdmitsOnlyTheApiAndMonitoringAndReachesOnlyTheDatabaseIssuersAndDns() {
        Map<String, Object> policy = Manifests.render(required()
                        .set("networkPolicy.database.cidrs[0]", "10.0.5.0/24")
                        .set("networkPolicy.identityProviders.cidrs[0]", "192.0.2.10/32"))
                .only("NetworkPolicy");
        assertThat(at(policy, "spec", "policyTypes")).isEqualTo(List.of("Ingress", "Egress"));
        assertThat(at(policy, "spec", "ingress", 0, "ports", 0, "port")).isEqualTo("http");
        assertThat(at(policy, "spec", "ingress", 1, "ports", 0, "port")).isEqualTo("management");
        assertThat(at(policy, "spec", "ingress", 1, "from", 0, "namespaceSelector", "matchLabels"))
                .isEqualTo(Map.of("kubernetes.io/metadata.name", "monitoring"));
        assertThat(at(policy, "spec", "egress", 0, "ports", 0, "port")).isEqualTo(5432);
        assertThat(at(policy, "spec", "egress", 0, "to", 0, "ipBlock", "cidr")).isEqualTo("10.0.5.0/24");
        assertThat(at(policy, "spec", "egress", 1, "ports", 0, "port")).isEqualTo(443);
        assertThat(at(policy, "spec", "egress", 1, "to", 0, "ipBlock", "cidr")).isEqualTo("192.0.2.10/32");
        assertThat(at(policy, "spec", "egress", 2, "ports", 0, "port")).isEqualTo(53);
        assertThat((List<?>) at(policy, "spec", "egress")).hasSize(3);
        assertThat(Manifests.render(required().set("networkPolicy.enabled", false))
                        .kinds())
                .doesNotContain("NetworkPolicy");
    }

    @Test
    void theMigrationJobIsAHookThatRunsBeforeInstallAndUpgrade() throws IOException {
        // helm template (and so helm-java) leaves hooks out of the manifests.
        assertThat(Manifests.render(required()).kinds()).doesNotContain("Job");
        String template = Files.readString(CHART.resolve("templates/migration-job.yaml"));
        assertThat(template)
                .contains("helm.sh/hook: pre-install,pre-upgrade")
                .contains("helm.sh/hook-delete-policy: before-hook-creation,hook-succeeded");
        assertThat(Manifests.render(hooksAsManifests(c -> c)).kinds()).containsOnlyOnce("Job");
    }

    @Test
    void migrationsRunOnceAsTheSchemaOwnerInAHookJobAndThePodsAsTheDataRole() {
        Manifests manifests = Manifests.render(hooksAsManifests(c -> c));
        Map<String, Object> job = manifests.only("Job");
        Map<String, Object> pod = mapAt(job, "spec", "template", "spec");
        Map<String, Object> container = mapAt(pod, "containers", 0);
        assertThat((List<?>) container.get("command")).last().isEqualTo("dk.virkning.database.Migrations");
        Map<String, Map<String, Object>> env = byName(container.get("env"));
        assertThat(at(env.get("SPRING_DATASOURCE_USERNAME"), "valueFrom", "secretKeyRef", "name"))
                .isEqualTo("virkning-db-owner");
        assertThat(at(env.get("SPRING_DATASOURCE_PASSWORD"), "valueFrom", "secretKeyRef", "name"))
                .isEqualTo("virkning-db-owner");
        assertThat(at(env.get("VIRKNING_DATABASE_DATA_ROLE"), "valueFrom", "secretKeyRef"))
                .isEqualTo(Map.of("name", "virkning-db", "key", "username"));
        assertThat(at(env.get("SPRING_DATASOURCE_URL"), "value")).isEqualTo("jdbc:postgresql://db:5432/virkning");
        assertThat(at(pod, "securityContext", "runAsUser")).isEqualTo(1000);
        assertThat(at(container, "securityContext", "readOnlyRootFilesystem")).isEqualTo(true);
        // The Job's pod is never selected by the Service or the Deployment.
        Map<String, Object> selector = mapAt(manifests.deployment(), "spec", "selector", "matchLabels");
        assertThat(mapAt(job, "spec", "template", "metadata", "labels")
                        .entrySet()
                        .containsAll(selector.entrySet()))
                .isFalse();
        // The pods run as the data role and leave the schema alone.
        assertThat(mapAt(manifests.only("ConfigMap"), "data")).containsEntry("SPRING_LIQUIBASE_ENABLED", "false");
        assertThat(at(manifests.env().get("SPRING_DATASOURCE_USERNAME"), "valueFrom", "secretKeyRef", "name"))
                .isEqualTo("virkning-db");
    }

    @Test
    void withoutTheMigrationJobThePodsMigrateThemselves() {
        Manifests manifests = Manifests.render(hooksAsManifests(
                c -> c.set("database.migrations.enabled", false).set("database.migrations.existingSecret", "")));
        assertThat(manifests.kinds()).doesNotContain("Job");
        assertThat(mapAt(manifests.only("ConfigMap"), "data")).doesNotContainKey("SPRING_LIQUIBASE_ENABLED");
    }

    @Test
    void refusesToRenderWithoutTheSchemaOwnersSecret() {
        assertRenderingFails(
                required().set("database.migrations.existingSecret", ""),
                "database.migrations.existingSecret is required");
    }

    @Test
    void pinsTheImageByDigest() {
        String digest = "sha256:" + "a".repeat(64);
        Manifests manifests = Manifests.render(hooksAsManifests(c -> c.set("image.digest", digest)));
        assertThat(manifests.container().get("image")).isEqualTo("virkning-platform@" + digest);
        assertThat(at(manifests.only("Job"), "spec", "template", "spec", "containers", 0, "image"))
                .isEqualTo("virkning-platform@" + digest);
    }

    @Test
    void stopsGracefullyAfterAPreStopPause() {
        Manifests manifests = Manifests.render(required());
        assertThat(at(manifests.podSpec(), "terminationGracePeriodSeconds")).isEqualTo(45);
        assertThat(at(manifests.container(), "lifecycle", "preStop", "exec", "command"))
                .isEqualTo(List.of("sh", "-c", "sleep 10"));
        assertThat(mapAt(manifests.only("ConfigMap"), "data"))
                .containsEntry("SERVER_SHUTDOWN", "graceful")
                .containsEntry("SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE", "30s");
        assertThat(mapAt(Manifests.render(required().set("preStopSleepSeconds", 0))
                        .container()))
                .doesNotContainKey("lifecycle");
    }

    @Test
    void spreadsThePodsOverZonesAndNodes() {
        List<?> spread = (List<?>) at(Manifests.render(required()).podSpec(), "topologySpreadConstraints");
        assertThat(spread).hasSize(2);
        assertThat(at(spread, 0, "topologyKey")).isEqualTo("topology.kubernetes.io/zone");
        assertThat(at(spread, 1, "topologyKey")).isEqualTo("kubernetes.io/hostname");
        assertThat(at(spread, 0, "labelSelector", "matchLabels", "app.kubernetes.io/instance"))
                .isEqualTo("virkning");
    }

    @Test
    void mountsExtraVolumesSuchAsTheDatabaseCaInThePodsAndTheJob() {
        Manifests manifests = Manifests.render(hooksAsManifests(c -> c.set("extraVolumes[0].name", "db-ca")
                .set("extraVolumes[0].secret.secretName", "virkning-db-ca")
                .set("extraVolumeMounts[0].name", "db-ca")
                .set("extraVolumeMounts[0].mountPath", "/etc/virkning/db-ca")
                .set("extraEnvFrom[0].secretRef.name", "virkning-extra")));
        assertThat(at(manifests.podSpec(), "volumes", 1, "secret", "secretName"))
                .isEqualTo("virkning-db-ca");
        assertThat(at(manifests.container(), "volumeMounts", 1, "mountPath")).isEqualTo("/etc/virkning/db-ca");
        assertThat(at(manifests.container(), "envFrom", 1, "secretRef", "name")).isEqualTo("virkning-extra");
        Map<String, Object> job = mapAt(manifests.only("Job"), "spec", "template", "spec");
        assertThat(at(job, "volumes", 1, "name")).isEqualTo("db-ca");
        assertThat(at(job, "containers", 0, "volumeMounts", 1, "mountPath")).isEqualTo("/etc/virkning/db-ca");
    }

    @Test
    void logsStructuredJsonAndExportsTracesOnlyWhenAsked() {
        Map<String, Object> data = mapAt(Manifests.render(required()).only("ConfigMap"), "data");
        assertThat(data)
                .containsEntry("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs")
                .containsEntry("MANAGEMENT_TRACING_EXPORT_ENABLED", "false")
                .doesNotContainKey("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT");
        Map<String, Object> traced = mapAt(
                Manifests.render(required()
                                .set("tracing.enabled", true)
                                .set("tracing.otlpEndpoint", "http://otel:4318/v1/traces"))
                        .only("ConfigMap"),
                "data");
        assertThat(traced)
                .containsEntry("MANAGEMENT_TRACING_EXPORT_ENABLED", "true")
                .containsEntry("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT", "http://otel:4318/v1/traces");
    }

    @Test
    void setsTheContainersResources() {
        Manifests manifests = Manifests.render(
                required().set("resources.limits.memory", "3Gi").set("resources.requests.cpu", "1"));
        assertThat(at(manifests.container(), "resources", "limits", "memory")).isEqualTo("3Gi");
        assertThat(at(manifests.container(), "resources", "requests", "cpu")).isEqualTo(1);
    }

    /**
     * The required values on a copy of the chart whose migration Job is no hook, so that it appears
     * among the rendered manifests and its content can be checked.
     */
    private static TemplateCommand hooksAsManifests(UnaryOperator<TemplateCommand> values) {
        try {
            Path chart = HelmChartTest.copyChart(Files.createTempDirectory("chart"));
            Path job = chart.resolve("templates/migration-job.yaml");
            Files.writeString(
                    job,
                    Files.readAllLines(job).stream()
                            .filter(line -> !line.contains("helm.sh/hook"))
                            .collect(Collectors.joining("\n", "", "\n")));
            return values.apply(HelmChartTest.required(chart));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Object> ports(Map<String, Object> service) {
        return ((List<?>) at(service, "spec", "ports"))
                .stream().map(p -> at(p, "name")).collect(Collectors.toList());
    }

    private static Map<String, Map<String, Object>> byName(Object entries) {
        Map<String, Map<String, Object>> byName = new java.util.LinkedHashMap<>();
        for (Object entry : (List<?>) entries) {
            Map<String, Object> variable = Manifests.cast(entry);
            byName.put((String) variable.get("name"), variable);
        }
        return byName;
    }
}

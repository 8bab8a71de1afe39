package dk.virkning.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Lints and renders the chart with helm-java (no helm binary needed) and checks the objects. */
class HelmChartTest {

    private static final Path CHART = Path.of("virkning");

    @Test
    void chartLintsWithoutErrors() {
        LintResult result = new Helm(CHART).lint().strict().call();
        assertThat(result.isFailed())
                .as(String.join("\n", result.getMessages()))
                .isFalse();
    }

    @Test
    void rendersOneResourceOfEachKind() {
        assertThat(render(required()))
                .extracting(o -> o.get("kind"))
                .containsExactlyInAnyOrder(
                        "ServiceAccount", "ConfigMap", "Service", "Deployment", "PodDisruptionBudget");
    }

    @Test
    void deploymentRunsNonRootOnAReadOnlyRootFilesystemWithProbes() {
        Map<String, Object> pod = podSpec(render(required()));
        assertThat(at(pod, "securityContext", "runAsNonRoot")).isEqualTo(true);
        assertThat(pod.get("automountServiceAccountToken")).isEqualTo(false);
        Map<String, Object> container = container(pod);
        assertThat(at(container, "securityContext", "readOnlyRootFilesystem")).isEqualTo(true);
        assertThat(at(container, "securityContext", "allowPrivilegeEscalation")).isEqualTo(false);
        assertThat(at(container, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
        assertThat(at(container, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
        assertThat(at(container, "startupProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
        assertThat(list(pod, "volumes")).anySatisfy(v -> {
            assertThat(v.get("name")).isEqualTo("tmp");
            assertThat(v).containsKey("emptyDir");
        });
    }

    @Test
    void databaseCredentialsComeFromTheExistingSecret() {
        Map<String, Object> container = container(podSpec(render(required())));
        Map<String, Map<String, Object>> env = new java.util.HashMap<>();
        list(container, "env").forEach(e -> env.put((String) e.get("name"), e));
        assertThat(env.get("SPRING_DATASOURCE_URL").get("value")).isEqualTo("jdbc:postgresql://db:5432/virkning");
        assertThat(at(env.get("SPRING_DATASOURCE_PASSWORD"), "valueFrom", "secretKeyRef", "name"))
                .isEqualTo("virkning-db");
        assertThat(at(env.get("SPRING_DATASOURCE_USERNAME"), "valueFrom", "secretKeyRef", "key"))
                .isEqualTo("username");
        assertThat(at(env.get("VIRKNING_PSEUDONYM_SECRET"), "valueFrom", "secretKeyRef", "name"))
                .isEqualTo("virkning-pseudonym");
    }

    @Test
    void configTurnsDemoDataOffAndTrustsTheExternalIssuer() {
        Map<String, Object> configMap = render(required()).stream()
                .filter(o -> "ConfigMap".equals(o.get("kind")))
                .findFirst()
                .orElseThrow();
        Map<String, Object> application = new Yaml().load((String) at(configMap, "data", "application.yaml"));
        assertThat(at(application, "virkning", "demo", "enabled")).isEqualTo(false);
        assertThat(at(application, "virkning", "auth", "embedded", "enabled")).isEqualTo(false);
        assertThat(at(application, "spring", "security", "oauth2", "resourceserver", "jwt", "issuer-uri"))
                .isEqualTo("https://idp.example/realms/norddjurs");
    }

    @Test
    void aConfigChangeChangesTheChecksumSoPodsRoll() {
        Object before = checksum(render(required()));
        Object after = checksum(render(required().set("plugins.formulaTimeout", "30s")));
        assertThat(before).isNotNull().isNotEqualTo(after);
    }

    @Test
    void renderingFailsWithoutAnExternalDatabase() {
        TemplateCommand withoutDatabase = new Helm(CHART)
                .template()
                .withName("virkning")
                .set("database.existingSecret", "virkning-db")
                .set("pseudonym.existingSecret", "virkning-pseudonym")
                .set("auth.issuerUri", "https://idp.example/realms/norddjurs");
        assertThatThrownBy(withoutDatabase::call).hasMessageContaining("database.url is required");
    }

    @Test
    void renderingFailsWithoutATokenIssuerWhenTheEmbeddedServerIsOff() {
        TemplateCommand withoutIssuer = new Helm(CHART)
                .template()
                .withName("virkning")
                .set("database.url", "jdbc:postgresql://db:5432/virkning")
                .set("database.existingSecret", "virkning-db")
                .set("pseudonym.existingSecret", "virkning-pseudonym");
        assertThatThrownBy(withoutIssuer::call).hasMessageContaining("auth.issuerUri is required");
    }

    private static TemplateCommand required() {
        return new Helm(CHART)
                .template()
                .withName("virkning")
                .set("database.url", "jdbc:postgresql://db:5432/virkning")
                .set("database.existingSecret", "virkning-db")
                .set("pseudonym.existingSecret", "virkning-pseudonym")
                .set("auth.issuerUri", "https://idp.example/realms/norddjurs");
    }

    private static List<Map<String, Object>> render(TemplateCommand command) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object o : new Yaml().loadAll(command.call())) {
            if (o instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> object = (Map<String, Object>) map;
                objects.add(object);
            }
        }
        return objects;
    }

    private static Object checksum(List<Map<String, Object>> objects) {
        Map<String, Object> deployment = deployment(objects);
        return at(deployment, "spec", "template", "metadata", "annotations", "checksum/config");
    }

    private static Map<String, Object> deployment(List<Map<String, Object>> objects) {
        return objects.stream()
                .filter(o -> "Deployment".equals(o.get("kind")))
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> podSpec(List<Map<String, Object>> objects) {
        return (Map<String, Object>) at(deployment(objects), "spec", "template", "spec");
    }

    private static Map<String, Object> container(Map<String, Object> podSpec) {
        return list(podSpec, "containers").get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> object, String key) {
        return (List<Map<String, Object>>) object.get(key);
    }

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> object, String... path) {
        Object current = object;
        for (String key : path) {
            current = current == null ? null : ((Map<String, Object>) current).get(key);
        }
        return current;
    }
}

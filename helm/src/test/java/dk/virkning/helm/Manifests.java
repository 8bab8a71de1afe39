package dk.virkning.helm;

import com.marcnuri.helm.TemplateCommand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** The Kubernetes objects of one {@code helm template} run, parsed so tests assert on structure, not text. */
final class Manifests {

    private final List<Map<String, Object>> objects;

    private Manifests(List<Map<String, Object>> objects) {
        this.objects = objects;
    }

    static Manifests render(TemplateCommand command) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object document : new Yaml().loadAll(command.call())) {
            // Templates that render nothing leave empty documents behind.
            if (document instanceof Map<?, ?>) {
                objects.add(cast(document));
            }
        }
        return new Manifests(objects);
    }

    List<Map<String, Object>> all() {
        return objects;
    }

    List<Object> kinds() {
        return objects.stream().map(o -> o.get("kind")).toList();
    }

    /** The one object of the kind; fails when there is none or more than one. */
    Map<String, Object> only(String kind) {
        List<Map<String, Object>> matching =
                objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
        if (matching.size() != 1) {
            throw new AssertionError("Expected one " + kind + " but rendered " + kinds());
        }
        return matching.get(0);
    }

    Map<String, Object> deployment() {
        return only("Deployment");
    }

    Map<String, Object> podSpec() {
        return cast(at(deployment(), "spec", "template", "spec"));
    }

    Map<String, Object> container() {
        return cast(at(podSpec(), "containers", 0));
    }

    /** The container's env entries by name, in their order. */
    Map<String, Map<String, Object>> env() {
        Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
        List<Object> entries = cast(container().get("env"));
        for (Object entry : entries) {
            Map<String, Object> variable = cast(entry);
            byName.put((String) variable.get("name"), variable);
        }
        return byName;
    }

    Object checksum() {
        return at(deployment(), "spec", "template", "metadata", "annotations", "checksum/config");
    }

    /**
     * Walks a parsed YAML tree: strings index maps, integers index lists. Null when a step is
     * missing, so assertions report the missing value rather than a cast failure.
     */
    static Object at(Object root, Object... path) {
        Object current = root;
        for (Object step : path) {
            if (current instanceof Map<?, ?> map) {
                current = map.get(step);
            } else if (current instanceof List<?> list && step instanceof Integer index && index < list.size()) {
                current = list.get(index);
            } else {
                return null;
            }
        }
        return current;
    }

    /** The map at the path (see {@link #at}), for AssertJ's map assertions. */
    static Map<String, Object> mapAt(Object root, Object... path) {
        return cast(at(root, path));
    }

    @SuppressWarnings("unchecked")
    static <T> T cast(Object value) {
        return (T) value;
    }
}

package dk.virkning.shared;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;

/**
 * Refuses a JSON {@code null} for a member of a request body that the contract does not declare
 * {@code nullable}: {@code {"cvr": null}} is not "no CVR", it is input the schema forbids. The
 * generated models cannot say which members are nullable, so this reads it from the served
 * openapi.yaml once: for a class of the generated model package named like a schema, every optional
 * member not marked {@code nullable: true} there fails on null. Required members are left to Bean
 * Validation, which names all the missing ones at once. Everything else reads as Jackson would.
 */
final class ContractNulls extends JacksonAnnotationIntrospector {

    static final String MODEL_PACKAGE = "dk.virkning.api.model";

    /** Per schema, the members that may be null here: the nullable and the required ones. */
    private final Map<String, Set<String>> nullable;

    private ContractNulls(Map<String, Set<String>> nullable) {
        this.nullable = nullable;
    }

    /** Reads the nullable members of every schema from the contract on the classpath. */
    static ContractNulls fromClasspath(String resource) {
        try (InputStream in = ContractNulls.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the contract " + resource + " is not on the classpath");
            }
            Map<String, Object> spec = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return new ContractNulls(nullableMembers(spec));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Set<String>> nullableMembers(Map<String, Object> spec) {
        Map<String, Object> components = (Map<String, Object>) spec.getOrDefault("components", Map.of());
        Map<String, Object> schemas = (Map<String, Object>) components.getOrDefault("schemas", Map.of());
        Map<String, Set<String>> nullable = new HashMap<>();
        schemas.forEach((name, schema) -> {
            Set<String> members = new HashSet<>();
            // Required members are Bean Validation's: it names every missing one at once.
            Object required = ((Map<String, Object>) schema).get("required");
            if (required instanceof java.util.List<?> list) {
                list.forEach(member -> members.add(member.toString()));
            }
            Object properties = ((Map<String, Object>) schema).get("properties");
            if (properties instanceof Map<?, ?> map) {
                map.forEach((member, definition) -> {
                    if (definition instanceof Map<?, ?> d && Boolean.TRUE.equals(d.get("nullable"))) {
                        members.add(member.toString());
                    }
                });
            }
            nullable.put(name, Set.copyOf(members));
        });
        return Map.copyOf(nullable);
    }

    @Override
    public JsonSetter.Value findSetterInfo(MapperConfig<?> config, Annotated a) {
        JsonSetter.Value declared = super.findSetterInfo(config, a);
        if (!(a instanceof AnnotatedMember member)) {
            return declared;
        }
        Class<?> owner = member.getDeclaringClass();
        Set<String> members = nullable.get(owner.getSimpleName());
        JsonProperty property = a.getAnnotation(JsonProperty.class);
        if (members == null || property == null || !MODEL_PACKAGE.equals(owner.getPackageName())) {
            return declared;
        }
        if (members.contains(property.value())) {
            return declared;
        }
        JsonSetter.Value fail = JsonSetter.Value.forValueNulls(Nulls.FAIL);
        return declared == null ? fail : declared.withOverrides(fail);
    }
}

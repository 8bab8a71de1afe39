package dk.virkning.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dk.virkning.shared.ProblemError;
import dk.virkning.shared.ProblemException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Validates a program's terms against its plugin's JSON Schema, with networknt's validator. */
@Component
public class TermsValidator {

    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    /**
     * Refuses terms that fail the plugin's schema with a 422 problem listing every violation.
     */
    public void validate(InstalledPlugin plugin, Map<String, Object> terms) {
        JsonSchema schema = schemas.computeIfAbsent(
                plugin.id() + "@" + plugin.version(),
                k -> factory.getSchema(plugin.model().termsSchema()));
        JsonNode node = mapper.valueToTree(terms);
        Set<ValidationMessage> messages = schema.validate(node);
        if (!messages.isEmpty()) {
            List<ProblemError> errors = messages.stream()
                    .map(m -> ProblemError.field(
                            "terms" + m.getInstanceLocation().toString().substring(1), m.getMessage()))
                    .sorted(Comparator.comparing((ProblemError e) -> e.field()).thenComparing(e -> e.message()))
                    .toList();
            throw ProblemException.unprocessable(
                    "invalid-terms",
                    "The terms do not satisfy the schema of plugin " + plugin.id() + " " + plugin.version(),
                    errors);
        }
    }
}

package dk.virkning.spi.testkit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.virkning.spi.Terms;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Reads terms from JSON the way the platform does: every number as an exact decimal. */
public final class TermsFile {

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private TermsFile() {}

    public static Terms read(Path file) throws IOException {
        return parse(java.nio.file.Files.readString(file));
    }

    @SuppressWarnings("unchecked")
    public static Terms parse(String json) throws IOException {
        return new Terms(JSON.readValue(json, Map.class));
    }

    /** The terms as a JSON tree, for schema validation. */
    static com.fasterxml.jackson.databind.JsonNode tree(Terms terms) {
        return JSON.valueToTree(terms.values());
    }
}

package dk.virkning.api.fuzz;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One operation of openapi.yaml, with its references resolved: what the generator of invalid
 * requests needs to know about it.
 *
 * @param method the HTTP method, upper case
 * @param path the path template, e.g. {@code /api/v1/municipalities/{municipalityId}}
 * @param parameters its path, query and header parameters
 * @param bodyType the media type of its request body, or null without one
 * @param body the schema of its request body, or null
 */
record SpecOperation(String method, String path, List<Parameter> parameters, String bodyType, Schema<?> body) {

    /** Every operation of the project's contract. */
    static List<SpecOperation> all() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI spec = new OpenAPIV3Parser()
                .read(Path.of("../api-spec/openapi.yaml").toAbsolutePath().toString(), null, options);
        List<SpecOperation> operations = new ArrayList<>();
        spec.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> operations.add(of(method, path, item, operation))));
        return operations;
    }

    private static SpecOperation of(PathItem.HttpMethod method, String path, PathItem item, Operation operation) {
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        String bodyType = null;
        Schema<?> body = null;
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            Map.Entry<String, MediaType> first = operation
                    .getRequestBody()
                    .getContent()
                    .entrySet()
                    .iterator()
                    .next();
            bodyType = first.getKey();
            body = first.getValue().getSchema();
        }
        return new SpecOperation(method.name(), path, List.copyOf(parameters), bodyType, body);
    }

    List<Parameter> in(String location) {
        return parameters.stream().filter(p -> location.equals(p.getIn())).toList();
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}

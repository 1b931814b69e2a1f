package org.medmassage.support.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a service adds to its OpenAPI document by hand, from an {@code OpenApiCustomizer} of its own: the story's
 * request bodies as examples, the conflicts an operation may answer. An operation or a body that is not in the
 * document is an error, so an example cannot outlive its endpoint unnoticed.
 */
public final class ApiDocument {

    // money as written (120.00, not 120.0): the example is shown as a client would send it
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final OpenAPI api;

    private ApiDocument(OpenAPI api) {
        this.api = api;
    }

    public static ApiDocument of(OpenAPI api) {
        return new ApiDocument(api);
    }

    /** An example of the operation's JSON request body, written as the JSON a client sends. */
    public ApiDocument requestExample(HttpMethod method, String path, String name, String summary, String json) {
        Operation operation = operation(method, path);
        MediaType body = operation.getRequestBody() == null || operation.getRequestBody().getContent() == null ? null
                : operation.getRequestBody().getContent().get(org.springframework.http.MediaType.APPLICATION_JSON_VALUE);
        if (body == null) {
            throw new IllegalStateException(method + " " + path + " has no JSON request body in the OpenAPI document");
        }
        body.addExamples(name, new Example().summary(summary).value(JSON.readValue(json, Object.class)));
        return this;
    }

    /** The success status of an operation springdoc cannot see (a ResponseEntity's), in place of its 200. */
    public ApiDocument answers(HttpMethod method, String path, int status, String description) {
        Operation operation = operation(method, path);
        ApiResponse ok = operation.getResponses().remove("200");
        if (ok == null) {
            throw new IllegalStateException(method + " " + path + " has no 200 response in the OpenAPI document");
        }
        operation.getResponses().addApiResponse(Integer.toString(status), ok.description(description));
        byStatus(operation);
        return this;
    }

    /** A 409 problem the operation answers, and when. */
    public ApiDocument conflict(HttpMethod method, String path, String when) {
        Operation operation = operation(method, path);
        operation.getResponses().addApiResponse("409", ProblemsInDocument.problem("Conflict: " + when));
        byStatus(operation);
        return this;
    }

    /** Lists the operation's responses by status, whichever customizer added them first. */
    static void byStatus(Operation operation) {
        ApiResponses sorted = new ApiResponses();
        new TreeMap<>(operation.getResponses()).forEach(sorted::addApiResponse);
        operation.setResponses(sorted);
    }

    private Operation operation(HttpMethod method, String path) {
        return find(api, method, path).orElseThrow(() -> new IllegalStateException(
                method + " " + path + " is not in the OpenAPI document"));
    }

    static Optional<Operation> find(OpenAPI api, HttpMethod method, String path) {
        PathItem item = api.getPaths() == null ? null : api.getPaths().get(path);
        return item == null ? Optional.empty()
                : Optional.ofNullable(item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method.name())));
    }
}

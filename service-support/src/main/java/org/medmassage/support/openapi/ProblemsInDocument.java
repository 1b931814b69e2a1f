package org.medmassage.support.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The RFC 9457 problem details every operation may answer (service-support's ProblemDetailsAdvice and the security
 * filters): 400, 401, 403 and 503 everywhere, 404 on a path naming a resource, 422 where a body is sent. A 409 is
 * the service's to say ({@link ApiDocument#conflict}).
 */
final class ProblemsInDocument implements OpenApiCustomizer {

    private static final String PROBLEM = "Problem";
    private static final String FIELD_PROBLEM = "FieldProblem";

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        api.getComponents().addSchemas(PROBLEM, problemSchema()).addSchemas(FIELD_PROBLEM, fieldProblemSchema());
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> document(path, operation)));
    }

    private static void document(String path, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        ApiResponses responses = operation.getResponses();
        responses.putIfAbsent("400", problem("Malformed request: a field, parameter or path segment that cannot be "
                + "read or is missing; `errors` names each field and the rule it breaks. Nothing was stored."));
        responses.putIfAbsent("401", problem("No bearer token, or one the MedMassage issuer did not sign, expired or "
                + "not for the `medmassage` audience (with a WWW-Authenticate challenge)."));
        responses.putIfAbsent("403", problem("The token's roles do not allow this operation, or not for this member "
                + "or NPI. An attempt on a member's data is audited."));
        if (path.contains("{")) {
            responses.putIfAbsent("404", problem("No such resource, or one that is not the caller's to see."));
        }
        if (operation.getRequestBody() != null) {
            responses.putIfAbsent("422", problem("A well-formed request that breaks a rule: `errors` names each field "
                    + "and its rulebook rule. Nothing was stored."));
        }
        responses.putIfAbsent("503", problem("A database, the broker or the issuer's keys are unreachable: nothing "
                + "was done; send the same request again after Retry-After.")
                .headers(Map.of("Retry-After", new Header().description("seconds to wait")
                        .schema(typed("integer")))));
        ApiDocument.byStatus(operation);
    }

    static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new MediaType().schema(new Schema<>().$ref(PROBLEM))));
    }

    private static Schema<?> problemSchema() {
        return typed("object").description("RFC 9457 problem details")
                .addProperty("type", text("a URI naming the kind of problem"))
                .addProperty("title", text("a short summary"))
                .addProperty("status", typed("integer").description("the HTTP status"))
                .addProperty("detail", text("what was wrong with this request"))
                .addProperty("instance", text("the request's path"))
                .addProperty("errors", typed("array").description("one entry per field refused")
                        .items(new Schema<>().$ref(FIELD_PROBLEM)));
    }

    private static Schema<?> fieldProblemSchema() {
        return typed("object")
                .addProperty("field", text("the JSON path of the field, e.g. `lines[0].minutes`"))
                .addProperty("rule", text("the rulebook ID (e.g. `DX-08`) or the constraint (e.g. `NotNull`)"))
                .addProperty("message", text("what to change"));
    }

    private static Schema<?> text(String description) {
        return typed("string").description(description);
    }

    // OpenAPI 3.1 writes a schema's types, 3.0 its type: both, so that the document says it in either version
    private static Schema<?> typed(String type) {
        return new Schema<>().type(type).types(Set.of(type));
    }
}

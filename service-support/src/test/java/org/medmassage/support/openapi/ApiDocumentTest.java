package org.medmassage.support.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medmassage.support.security.EndpointAccess.allow;
import static org.medmassage.support.security.Role.ADMIN;
import static org.medmassage.support.security.Role.MEMBER;
import static org.medmassage.support.security.Role.PROVIDER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medmassage.support.security.EndpointAccess;

class ApiDocumentTest {

    @Test
    void documents_problems_on_every_operation_404_only_on_a_path_with_an_id_and_422_only_with_a_body() {
        OpenAPI api = claimsApi();

        new ProblemsInDocument().customise(api);

        assertThat(path(api, "/claims").getPost().getResponses()).containsOnlyKeys("200", "400", "401", "403",
                "422", "503");
        assertThat(path(api, "/claims/{claimId}").getGet().getResponses()).containsOnlyKeys("200", "400", "401",
                "403", "404", "503");
        assertThat(api.getComponents().getSchemas()).containsKeys("Problem", "FieldProblem");
        assertThat(path(api, "/claims").getPost().getResponses().get("422").getContent())
                .containsKey("application/problem+json");
    }

    @Test
    void writes_each_operations_roles_from_the_access_table_with_ops_reading_every_get() {
        OpenAPI api = claimsApi();

        new RolesInDocument(EndpointAccess.of(allow(POST, "/claims", PROVIDER),
                allow(GET, "/claims/{claimId}", MEMBER, PROVIDER, ADMIN))).customise(api);

        assertThat(path(api, "/claims").getPost().getDescription()).isEqualTo("Roles: `provider`.");
        assertThat(path(api, "/claims/{claimId}").getGet().getDescription())
                .isEqualTo("Roles: `member`, `provider`, `admin`, `ops`.");
    }

    @Test
    void adds_an_example_as_the_json_a_client_sends_with_money_as_written() {
        OpenAPI api = claimsApi();

        ApiDocument.of(api).requestExample(POST, "/claims", "story", "the story", """
                {"memberId": "M-1001", "lines": [{"procedureCode": "97124", "units": 2, "charge": 120.00}]}
                """);

        Object value = path(api, "/claims").getPost().getRequestBody().getContent().get("application/json")
                .getExamples().get("story").getValue();
        assertThat(value).isEqualTo(Map.of("memberId", "M-1001",
                "lines", List.of(Map.of("procedureCode", "97124", "units", 2, "charge", new BigDecimal("120.00")))));
    }

    @Test
    void refuses_an_example_or_a_conflict_for_an_operation_the_document_does_not_have() {
        ApiDocument document = ApiDocument.of(claimsApi());

        assertThatThrownBy(() -> document.requestExample(POST, "/claim", "story", "a typo", "{}"))
                .hasMessage("POST /claim is not in the OpenAPI document");
        assertThatThrownBy(() -> document.requestExample(GET, "/claims/{claimId}", "story", "no body", "{}"))
                .hasMessage("GET /claims/{claimId} has no JSON request body in the OpenAPI document");
        assertThatThrownBy(() -> document.conflict(POST, "/claims/{claimId}/void", "never mapped"))
                .hasMessage("POST /claims/{claimId}/void is not in the OpenAPI document");
    }

    @Test
    void answers_a_controllers_own_status_in_place_of_200_and_lists_responses_by_status() {
        OpenAPI api = claimsApi();
        new ProblemsInDocument().customise(api);

        ApiDocument.of(api).answers(POST, "/claims", 202, "Accepted").conflict(POST, "/claims", "a duplicate");

        ApiResponses responses = path(api, "/claims").getPost().getResponses();
        assertThat(responses.keySet()).containsExactly("202", "400", "401", "403", "409", "422", "503");
        assertThat(responses.get("202").getDescription()).isEqualTo("Accepted");
    }

    private static OpenAPI claimsApi() {
        Operation submit = new Operation().requestBody(new RequestBody().content(new Content()
                .addMediaType("application/json", new MediaType()))).responses(ok());
        return new OpenAPI().paths(new Paths()
                .addPathItem("/claims", new PathItem().post(submit))
                .addPathItem("/claims/{claimId}", new PathItem().get(new Operation().responses(ok()))));
    }

    private static ApiResponses ok() {
        return new ApiResponses().addApiResponse("200", new ApiResponse().description("OK"));
    }

    private static PathItem path(OpenAPI api, String path) {
        return api.getPaths().get(path);
    }
}

package org.medmassage.benefits;

import static org.medmassage.support.security.Role.ADMIN;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medmassage.testsupport.ApiDocuments;
import org.medmassage.testsupport.DocumentedApi;
import org.medmassage.testsupport.Tokens;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Issue 16 item 5 in benefits-service: the OpenAPI document and Swagger UI, read without a token (decision 0076). */
class BenefitsApiDocumentIntegrationTest extends BenefitsServiceTest implements DocumentedApi {

    @Test
    void stores_the_story_plan_member_and_coverage_of_the_document() {
        Map<String, Object> document = ApiDocuments.document(port);
        String id = UUID.randomUUID().toString().substring(0, 8);
        String plan = "GOLD-DOC-" + id;
        String member = "M-" + id;
        Map<String, Object> coverage = new LinkedHashMap<>(ApiDocuments.example(document, "put",
                "/members/{memberId}/coverage", "story"));
        coverage.put("planId", plan);

        put("/plans/" + plan, ApiDocuments.example(document, "put", "/plans/{planId}", "story"))
                .expectBody().jsonPath("$.visitLimit").isEqualTo(20);
        put("/members/" + member, ApiDocuments.example(document, "put", "/members/{memberId}", "story"))
                .expectBody().jsonPath("$.dateOfBirth").isEqualTo("1985-04-12");
        put("/members/" + member + "/coverage", coverage)
                .expectBody().jsonPath("$.effectiveTo").isEqualTo("2026-12-31");
    }

    private WebTestClient.ResponseSpec put(String uri, Map<String, Object> body) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .build().put().uri(uri).headers(Tokens.as(ADMIN)).bodyValue(body).exchange().expectStatus().isOk();
    }
}

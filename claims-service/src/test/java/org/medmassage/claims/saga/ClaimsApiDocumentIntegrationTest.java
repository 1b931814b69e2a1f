package org.medmassage.claims.saga;

import static org.medmassage.support.security.Role.ADMIN;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medmassage.testsupport.ApiDocuments;
import org.medmassage.testsupport.DocumentedApi;
import org.medmassage.testsupport.Tokens;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Issue 16 item 5 in claims-service: the OpenAPI document and Swagger UI, read without a token (decision 0076). */
class ClaimsApiDocumentIntegrationTest extends ClaimsServiceTest implements DocumentedApi {

    @Test
    void accepts_the_story_provider_and_claim_of_the_document() {
        Map<String, Object> document = ApiDocuments.document(port);
        // under this suite's NPI, which every test registers afresh (ClaimsServiceTest)
        http().put().uri("/providers/{npi}", NPI).headers(Tokens.as(ADMIN))
                .bodyValue(ApiDocuments.example(document, "put", "/providers/{npi}", "story")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.cashRates['97140']").isEqualTo(28.5);
        Map<String, Object> claim = new LinkedHashMap<>(ApiDocuments.example(document, "post", "/claims", "story"));
        claim.put("memberId", member());
        claim.put("renderingProviderNpi", NPI);

        http().post().uri("/claims").headers(Tokens.asProvider(NPI)).bodyValue(claim).exchange()
                .expectStatus().isAccepted().expectBody().jsonPath("$.status").isEqualTo("RECEIVED");
    }

    private WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .build();
    }
}

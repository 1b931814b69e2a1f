package org.medmassage.authorization.service;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medmassage.testsupport.ApiDocuments;
import org.medmassage.testsupport.DocumentedApi;
import org.medmassage.testsupport.Tokens;

/** Issue 16 item 5 in authorization-service: the OpenAPI document and Swagger UI, read without a token (0076). */
class AuthorizationApiDocumentIntegrationTest extends AuthorizationServiceTest implements DocumentedApi {

    @Test
    void accepts_the_story_request_of_the_document_pended_until_its_referral_arrives() {
        Map<String, Object> story = new LinkedHashMap<>(ApiDocuments.example(ApiDocuments.document(port), "post",
                "/authorizations", "story"));
        story.put("memberId", ServiceFixtures.newMember());

        http().post().uri("/authorizations").headers(Tokens.asProvider("1245319599")).bodyValue(story).exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.status").isEqualTo("PENDED").jsonPath("$.requestedVisits").isEqualTo(12);
    }
}

package org.medmassage.referral;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medmassage.testsupport.ApiDocuments;
import org.medmassage.testsupport.DocumentedApi;
import org.medmassage.testsupport.Tokens;

/** Issue 16 item 5 in referral-service: the OpenAPI document and Swagger UI, read without a token (decision 0076). */
class ReferralApiDocumentIntegrationTest extends ReferralServiceTest implements DocumentedApi {

    @Test
    void records_the_story_referral_of_the_document_as_a_prescriber_sends_it() {
        Map<String, Object> story = new LinkedHashMap<>(ApiDocuments.example(ApiDocuments.document(port), "post",
                "/referrals", "story"));
        story.put("memberId", "M-OPENAPI");

        http().post().uri("/referrals").headers(Tokens.asPrescriber("1234567893")).bodyValue(story).exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.diagnosisCodes[0]").isEqualTo("M54.50")
                .jsonPath("$.validFrom").isEqualTo("2026-03-02").jsonPath("$.validTo").isEqualTo("2026-04-12");
    }
}

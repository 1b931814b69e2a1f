package org.medmassage.claims.saga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medmassage.claims.application.PendLateClaims;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.claim.CostShareRequested;
import org.medmassage.events.claim.SessionBilled;
import org.medmassage.support.security.Role;
import org.medmassage.testsupport.PrometheusScrape;
import org.medmassage.testsupport.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * A claim whose answer does not come is pended after the reply timeout with the step and the service it waits for,
 * listed for operators and counted; the answer, when it comes, moves it on.
 */
class LateAnswerIntegrationTest extends ClaimsServiceTest {

    @Autowired
    PendLateClaims pendLateClaims;

    @Test
    void a_claim_without_an_answer_from_authorization_is_pended_listed_counted_and_resumes_when_it_comes() {
        String member = member();
        String claimId = api.submit(ClaimsApi.claim(member, "A123", NPI, DOS, "97124", 38, "180.00"));
        kafka.await(SessionBilled.class, event -> event.claimId().equals(claimId));
        inItsStepForAnHour(claimId);

        // the sweep (every second in these tests) finds it late
        await().atMost(Duration.ofSeconds(30)).until(() -> api.claim(claimId).get("status").asString().equals("PENDED"));
        JsonNode pended = api.claim(claimId);
        assertThat(pended.get("pended").get("waitingIn").asString()).isEqualTo("RECEIVED");
        assertThat(pended.get("pended").get("reason").asString()).isEqualTo("no answer from authorization-service "
                + "(VisitAuthorized or VisitNotAuthorized) within 2 minutes; the claim moves on when it comes");
        assertThat(pendedIds()).contains(claimId);
        // the listing shows this member's claim: the member's audit trail says who read it
        assertThat(http().get().uri("/audit?memberId={m}", member).headers(Tokens.as(Role.OPS)).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody())
                .contains("\"resource\":\"GET /claims\"", "\"action\":\"READ\"", "\"outcome\":\"ALLOWED\"");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(metrics())
                .containsPattern("medmassage_claims_pending\\{[^}]*step=\"RECEIVED\"[^}]*} [1-9]"));

        kafka.publish(new VisitAuthorized(claimId, member, "auth-1", "A123", DOS, 1, 11));

        kafka.await(CostShareRequested.class, event -> event.claimId().equals(claimId));
        assertThat(api.claim(claimId).get("status").asString()).isEqualTo("IN_PROCESS");
        assertThat(pendedIds()).doesNotContain(claimId);
        // its hour in authorization does not count against cost share: the timeout starts again in the new step
        pendLateClaims.pendLate(Duration.ofMinutes(2), 500).block();
        assertThat(api.claim(claimId).get("status").asString()).isEqualTo("IN_PROCESS");
    }

    @Test
    void a_claim_answered_in_time_is_not_pended() {
        String member = member();
        String claimId = api.submit(ClaimsApi.claim(member, "A123", NPI, DOS, "97124", 38, "180.00"));
        kafka.await(SessionBilled.class, event -> event.claimId().equals(claimId));

        pendLateClaims.pendLate(Duration.ofMinutes(2), 500).block();

        // received just now: not late for a 2-minute timeout
        assertThat(api.claim(claimId).get("status").asString()).isEqualTo("RECEIVED");
    }

    @Test
    void the_list_refuses_another_status_and_a_page_too_large_naming_the_field() {
        http().get().uri("/claims?status=PAID").headers(Tokens.as(Role.OPS)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("status");
        http().get().uri("/claims?status=PENDED&size=1000").headers(Tokens.as(Role.OPS)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("size");
    }

    private void inItsStepForAnHour(String claimId) {
        db.sql("update claim set step_entered_at = step_entered_at - interval '1 hour' where id = :id")
                .bind("id", UUID.fromString(claimId)).then().block(Duration.ofSeconds(10));
    }

    private List<String> pendedIds() {
        List<String> ids = new ArrayList<>();
        http().get().uri("/claims?status=PENDED&size=100").headers(Tokens.as(Role.OPS)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody()
                .forEach(claim -> ids.add(claim.get("claimId").asString()));
        return ids;
    }

    private String metrics() {
        return PrometheusScrape.of(http());
    }

    private WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .build();
    }
}

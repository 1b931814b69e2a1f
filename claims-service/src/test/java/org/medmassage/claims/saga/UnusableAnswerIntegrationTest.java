package org.medmassage.claims.saga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.medmassage.events.NetworkTier;
import org.medmassage.events.Topics;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.benefit.CostShareApplied;
import org.medmassage.events.benefit.LineCostShare;
import org.medmassage.events.claim.ClaimAdjudicated;
import org.medmassage.events.claim.CostShareRequested;
import org.medmassage.events.claim.SessionBilled;
import tools.jackson.databind.JsonNode;

/**
 * An answer the saga cannot use (an unbalanced remittance, a reply that does not decode) pends the claim with the
 * reason instead of stranding it, and goes to the dead letters; a usable answer afterwards still decides the claim.
 */
class UnusableAnswerIntegrationTest extends ClaimsServiceTest {

    private static final String BENEFITS_DEAD_LETTERS = Topics.deadLetter(Topics.BENEFIT, "claims-service");

    @Test
    void a_cost_share_that_does_not_balance_pends_the_claim_and_a_corrected_one_pays_it() {
        String member = member();
        String claimId = inCostShare(member);

        // 100.00 of 120.00 allowed is shared: the remittance would not balance (FMT-01)
        kafka.publish(costShareApplied(claimId, member, "100.00"));

        JsonNode pended = awaitStatus(claimId, "PENDED");
        assertThat(pended.get("pended").get("waitingIn").asString()).isEqualTo("IN_PROCESS");
        assertThat(pended.get("pended").get("reason").asString())
                .startsWith("CostShareApplied at benefit.events-")
                .contains("UnbalancedRemittance", "line 1: cost share adds up to", "bin/medmassage dlq replay");
        assertThat(pended.get("planPaid").isNull()).isTrue();
        assertThat(deadLetterNaming(claimId)).as("the unusable answer is in the dead letters").isNotEmpty();

        kafka.publish(costShareApplied(claimId, member, "120.00"));

        assertThat(kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(claimId)).status())
                .isEqualTo("PAID");
        JsonNode paid = api.claim(claimId);
        assertThat(paid.get("status").asString()).isEqualTo("PAID");
        assertThat(paid.get("pended").isNull()).isTrue();
        ClaimsApi.assertBalanced(paid);
    }

    @Test
    void a_denial_in_an_adjustment_group_claims_does_not_know_pends_the_claim() {
        String member = member();
        String claimId = inCostShare(member);

        kafka.publishRaw(Topics.BENEFIT, member, costShareDenied(claimId, member, "XX", "2026-03-10"));

        assertThat(awaitStatus(claimId, "PENDED").get("pended").get("reason").asString())
                .startsWith("CostShareDenied at benefit.events-")
                .contains("unknown claim adjustment group 'XX' (known: CO, PR, OA, PI)");
        assertThat(deadLetterNaming(claimId)).isNotEmpty();
    }

    @Test
    void a_reply_that_does_not_decode_pends_the_claim_it_names() {
        String member = member();
        String claimId = inCostShare(member);

        kafka.publishRaw(Topics.BENEFIT, member, costShareDenied(claimId, member, "CO", "the tenth of March"));

        assertThat(awaitStatus(claimId, "PENDED").get("pended").get("reason").asString())
                .startsWith("CostShareDenied at benefit.events-").contains("MalformedEventException");
        assertThat(deadLetterNaming(claimId)).isNotEmpty();
    }

    @Test
    void a_record_that_names_no_claim_is_dead_lettered_and_pends_nothing() {
        String member = member();
        String claimId = inCostShare(member);

        kafka.publishRaw(Topics.BENEFIT, member, ("{not json " + claimId).getBytes(StandardCharsets.UTF_8));

        assertThat(deadLetterNaming(claimId)).isNotEmpty();
        assertThat(api.claim(claimId).get("status").asString()).isEqualTo("IN_PROCESS");
    }

    private String inCostShare(String member) {
        String claimId = api.submit(ClaimsApi.claim(member, "A123", NPI, DOS, "97124", 38, "180.00"));
        kafka.await(SessionBilled.class, event -> event.claimId().equals(claimId));
        kafka.publish(new VisitAuthorized(claimId, member, "auth-1", "A123", DOS, 1, 11));
        kafka.await(CostShareRequested.class, event -> event.claimId().equals(claimId));
        return claimId;
    }

    private static byte[] costShareDenied(String claimId, String member, String group, String dateOfService) {
        return """
                {"eventId":"%s","type":"CostShareDenied","schemaVersion":1,"occurredAt":"2026-03-10T10:00:00Z",
                 "memberId":"%s","correlationId":"%s","causationId":null,
                 "payload":{"claimId":"%s","memberId":"%s","dateOfService":"%s","group":"%s","carc":"27",
                            "rarc":null,"reason":"no coverage"}}""".formatted(UUID.randomUUID(), member, claimId,
                claimId, member, dateOfService, group).getBytes(StandardCharsets.UTF_8);
    }

    private static CostShareApplied costShareApplied(String claimId, String member, String deductible) {
        return new CostShareApplied(claimId, member, DOS, NetworkTier.IN_NETWORK,
                List.of(new LineCostShare(1, money("120.00"), money(deductible), money("0.00"), money("0.00"),
                        money("0.00"), money(deductible))),
                money("380.00"), money("2880.00"), 1, 20);
    }

    private JsonNode awaitStatus(String claimId, String status) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                api.claim(claimId).get("status").asString().equals(status));
        return api.claim(claimId);
    }

    private List<ConsumerRecord<String, byte[]>> deadLetterNaming(String claimId) {
        return kafka.records(BENEFITS_DEAD_LETTERS, Duration.ofSeconds(30),
                record -> new String(record.value(), StandardCharsets.UTF_8).contains(claimId));
    }
}

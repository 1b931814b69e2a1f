package org.medmassage.claims.saga;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.medmassage.events.NetworkTier;
import org.medmassage.events.Topics;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.authorization.VisitNotAuthorized;
import org.medmassage.events.benefit.CostShareApplied;
import org.medmassage.events.benefit.LineCostShare;
import org.medmassage.events.claim.ClaimAdjudicated;
import org.medmassage.events.claim.ClaimVoided;
import org.medmassage.events.claim.CostShareRequested;
import org.medmassage.events.claim.SessionBilled;
import org.medmassage.testsupport.KafkaProbe;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** CS-07: POST /claims/{id}/void on an adjudicated claim, announced once as ClaimVoided on claim.events. */
class ClaimVoidIntegrationTest extends ClaimsServiceTest {

    private static final String BILLED_IN_ERROR = "Billed in error: the session was cancelled.";

    @Test
    void voids_a_paid_claim_keeping_its_remittance_and_announces_ClaimVoided_with_the_reason() {
        String member = member();
        String claimId = paidClaim(member);
        JsonNode paid = api.claim(claimId);

        JsonNode voided = api.voidClaim(claimId, BILLED_IN_ERROR);

        assertThat(voided.get("status").asString()).isEqualTo("VOIDED");
        assertThat(voided.get("voidReason").asString()).isEqualTo(BILLED_IN_ERROR);
        assertThat(Instant.parse(voided.get("voidedAt").asString())).isBetween(Instant.now().minusSeconds(60),
                Instant.now().plusSeconds(1));
        assertThat(voided.get("planPaid")).isEqualTo(paid.get("planPaid"));
        assertThat(voided.get("patientResponsibility")).isEqualTo(paid.get("patientResponsibility"));
        assertThat(voided.get("lines")).isEqualTo(paid.get("lines"));
        ClaimsApi.assertBalanced(voided);
        assertThat(api.claim(claimId)).isEqualTo(voided);

        KafkaProbe.Received<ClaimVoided> announced = kafka.awaitEnvelope(ClaimVoided.class,
                event -> event.claimId().equals(claimId), Duration.ofSeconds(30));
        assertThat(announced.payload()).isEqualTo(new ClaimVoided(claimId, member, DOS, BILLED_IN_ERROR));
        assertThat(announced.key()).isEqualTo(member);
        assertThat(announced.envelope().correlationId()).isEqualTo(claimId);
    }

    @Test
    void voiding_a_voided_claim_again_answers_the_same_claim_and_announces_it_once() {
        String member = member();
        String claimId = paidClaim(member);
        JsonNode first = api.voidClaim(claimId, BILLED_IN_ERROR);
        kafka.await(ClaimVoided.class, event -> event.claimId().equals(claimId));

        JsonNode again = api.voidClaim(claimId, "Duplicate claim.");

        assertThat(again).isEqualTo(first);
        assertThat(publishedSoFar(ClaimVoided.class, event -> event.claimId().equals(claimId)))
                .containsExactly(new ClaimVoided(claimId, member, DOS, BILLED_IN_ERROR));
    }

    @Test
    void concurrent_voids_all_answer_the_voided_claim_and_announce_it_once() throws Exception {
        String member = member();
        String claimId = paidClaim(member);
        ExecutorService callers = Executors.newFixedThreadPool(4);
        CyclicBarrier together = new CyclicBarrier(4);

        List<JsonNode> answers;
        try {
            List<Future<JsonNode>> calls = callers.invokeAll(IntStream.range(0, 4)
                    .mapToObj(i -> (Callable<JsonNode>) () -> {
                        together.await();
                        return api.voidClaim(claimId, "Request " + i);
                    }).toList());
            answers = new ArrayList<>();
            for (Future<JsonNode> call : calls) {
                answers.add(call.get());
            }
        } finally {
            callers.shutdownNow();
        }

        JsonNode stored = api.claim(claimId);
        assertThat(answers).allSatisfy(answer -> assertThat(answer).isEqualTo(stored));
        assertThat(publishedSoFar(ClaimVoided.class, event -> event.claimId().equals(claimId))).hasSize(1);
    }

    @Test
    void a_late_saga_event_leaves_a_voided_claim_voided() {
        String member = member();
        String claimId = paidClaim(member);
        JsonNode voided = api.voidClaim(claimId, BILLED_IN_ERROR);
        kafka.await(ClaimVoided.class, event -> event.claimId().equals(claimId));

        kafka.publish(new VisitNotAuthorized(claimId, member, "A123", DOS, "197", "N54", "no authorization on file"));
        kafka.publish(costShareApplied(claimId, member));

        assertThat(publishedOnceHandled(List.of(Topics.AUTHORIZATION, Topics.BENEFIT), ClaimAdjudicated.class,
                event -> event.claimId().equals(claimId))).hasSize(1);
        assertThat(api.claim(claimId)).isEqualTo(voided);
    }

    @Test
    void voids_a_denied_claim() {
        String member = member();
        String claimId = api.submit(ClaimsApi.claim(member, "A123", NPI, DOS, "97124", 30, "120.00"));
        kafka.await(SessionBilled.class, event -> event.claimId().equals(claimId));
        kafka.publish(new VisitNotAuthorized(claimId, member, "A123", DOS, "197", "N54", "no authorization on file"));
        kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(claimId));

        JsonNode voided = api.voidClaim(claimId, "Submitted for the wrong member.");

        assertThat(voided.get("status").asString()).isEqualTo("VOIDED");
        assertThat(voided.get("denialReason").asString()).startsWith("CO-197");
        assertThat(kafka.await(ClaimVoided.class, event -> event.claimId().equals(claimId)).reason())
                .isEqualTo("Submitted for the wrong member.");
    }

    @Test
    void refuses_with_409_to_void_a_claim_still_being_adjudicated() {
        String member = member();
        String claimId = api.submit(ClaimsApi.claim(member, "A123", NPI, DOS, "97124", 30, "120.00"));
        kafka.await(SessionBilled.class, event -> event.claimId().equals(claimId));

        JsonNode received = api.voidRefused(claimId, reason(BILLED_IN_ERROR), HttpStatus.CONFLICT);

        assertThat(received.get("status").asInt()).isEqualTo(409);
        assertThat(received.get("detail").asString()).contains("still being adjudicated").contains("RECEIVED");
        assertThat(ClaimsApi.fields(received)).containsExactly("status");

        kafka.publish(new VisitAuthorized(claimId, member, "auth-1", "A123", DOS, 1, 11));
        kafka.await(CostShareRequested.class, event -> event.claimId().equals(claimId));
        JsonNode inProcess = api.voidRefused(claimId, reason(BILLED_IN_ERROR), HttpStatus.CONFLICT);

        assertThat(inProcess.get("detail").asString()).contains("still being adjudicated").contains("IN_PROCESS");
        assertThat(api.claim(claimId).get("status").asString()).isEqualTo("IN_PROCESS");
        assertThat(publishedSoFar(ClaimVoided.class, event -> event.claimId().equals(claimId))).isEmpty();
    }

    @Test
    void answers_404_when_voiding_an_unknown_claim() {
        JsonNode unknown = api.voidRefused(UUID.randomUUID().toString(), reason(BILLED_IN_ERROR), HttpStatus.NOT_FOUND);
        api.voidRefused("not-a-claim-id", reason(BILLED_IN_ERROR), HttpStatus.NOT_FOUND);

        assertThat(unknown.get("detail").asString()).contains("does not exist");
    }

    @Test
    void refuses_a_void_without_a_reason_with_400_naming_the_field() {
        String claimId = paidClaim(member());

        for (String body : List.of("{}", "{\"reason\":null}", reason("   "), reason("x".repeat(501)))) {
            JsonNode problem = api.voidRefused(claimId, body, HttpStatus.BAD_REQUEST);
            assertThat(ClaimsApi.fields(problem)).as(body).containsExactly("reason");
        }
        api.voidRefused(claimId, "{\"reason\": ", HttpStatus.BAD_REQUEST);
        api.voidRefused(claimId, "", HttpStatus.BAD_REQUEST);
        assertThat(api.claim(claimId).get("status").asString()).isEqualTo("PAID");
    }

    /** Submitted, authorized and cost-shared: $120.00 charged, $80.00 allowed, all to the deductible. */
    private String paidClaim(String member) {
        String claimId = api.submit(ClaimsApi.claim(member, "A123", NPI, DOS, "97124", 30, "120.00"));
        kafka.await(SessionBilled.class, event -> event.claimId().equals(claimId));
        kafka.publish(new VisitAuthorized(claimId, member, "auth-1", "A123", DOS, 1, 11));
        kafka.await(CostShareRequested.class, event -> event.claimId().equals(claimId));
        kafka.publish(costShareApplied(claimId, member));
        assertThat(kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(claimId)).status())
                .isEqualTo("PAID");
        return claimId;
    }

    private static CostShareApplied costShareApplied(String claimId, String member) {
        return new CostShareApplied(claimId, member, DOS, NetworkTier.IN_NETWORK,
                List.of(new LineCostShare(1, money("80.00"), money("80.00"), money("0.00"), money("0.00"),
                        money("0.00"), money("80.00"))),
                money("420.00"), money("2920.00"), 1, 20);
    }

    private static String reason(String reason) {
        return "{\"reason\":\"" + reason + "\"}";
    }
}

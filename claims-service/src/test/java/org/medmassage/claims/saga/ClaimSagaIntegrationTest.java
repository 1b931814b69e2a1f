package org.medmassage.claims.saga;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medmassage.events.Adjustment;
import org.medmassage.events.EventEnvelope;
import org.medmassage.events.NetworkTier;
import org.medmassage.events.Topics;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.authorization.VisitNotAuthorized;
import org.medmassage.events.benefit.BenefitLimitReached;
import org.medmassage.events.benefit.CostShareApplied;
import org.medmassage.events.benefit.LineCostShare;
import org.medmassage.events.benefit.NotCoveredLine;
import org.medmassage.events.claim.AdjudicatedLine;
import org.medmassage.events.claim.ClaimAdjudicated;
import org.medmassage.events.claim.CostShareRequested;
import org.medmassage.events.claim.PricedLine;
import org.medmassage.events.claim.SessionBilled;
import org.medmassage.testsupport.KafkaProbe;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** The claim saga on the real in-process KRaft broker and a fresh PostgreSQL database, driven over HTTP and Kafka. */
class ClaimSagaIntegrationTest extends ClaimsServiceTest {

    @Test
    void publishes_SessionBilled_with_the_claim_as_billed() {
        String member = member();
        String claimId = api.submit(ClaimsApi.claim(member, "A123", NPI, DOS, "97124", 30, "120.00"));

        KafkaProbe.Received<SessionBilled> billed = kafka.awaitEnvelope(SessionBilled.class,
                event -> event.claimId().equals(claimId), Duration.ofSeconds(30));

        assertThat(billed.payload()).isEqualTo(new SessionBilled(claimId, member, "A123", NPI, DOS, "11",
                List.of("M54.50"), List.of("97124")));
        assertThat(billed.key()).isEqualTo(member);
        assertThat(billed.envelope().correlationId()).isEqualTo(claimId);
        JsonNode claim = api.claim(claimId);
        assertThat(claim.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(claim.get("lines").get(0).get("units").asInt()).isEqualTo(2);
        assertThat(claim.get("totalAllowed").decimalValue()).isEqualTo("80.00");
    }

    @Test
    void pays_the_story_claim_after_authorization_and_cost_share_with_balanced_lines() {
        String member = member();
        double received = counted("medmassage.claims.received", "payer", "HEALTH_PLAN");
        double paid = counted("medmassage.claims.adjudicated", "status", "PAID", "denial_group", "none");
        long timedPaid = timed("medmassage.claims.adjudication", "status", "PAID");
        String claimId = api.submit(ClaimsApi.claim(member, "A123", NPI, DOS, "97124", 38, "180.00"));
        kafka.await(SessionBilled.class, event -> event.claimId().equals(claimId));

        EventEnvelope authorized = kafka.publish(new VisitAuthorized(claimId, member, "auth-1", "A123", DOS, 1, 11));
        CostShareRequested requested = kafka.await(CostShareRequested.class, event -> event.claimId().equals(claimId));
        assertThat(requested).isEqualTo(new CostShareRequested(claimId, member, DOS, NetworkTier.IN_NETWORK,
                List.of(new PricedLine(1, "97124", 3, money("180.00"), money("120.00")))));
        assertThat(api.claim(claimId).get("status").asString()).isEqualTo("IN_PROCESS");

        EventEnvelope applied = kafka.publish(new CostShareApplied(claimId, member, DOS, NetworkTier.IN_NETWORK,
                List.of(new LineCostShare(1, money("120.00"), money("120.00"), money("0.00"), money("0.00"),
                        money("0.00"), money("120.00"))),
                money("380.00"), money("2880.00"), 1, 20));
        ClaimAdjudicated adjudicated = kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(claimId));

        assertThat(adjudicated).isEqualTo(new ClaimAdjudicated(claimId, member, DOS, "PAID", money("180.00"),
                money("120.00"), money("0.00"), money("120.00"), List.of(new AdjudicatedLine(1, "97124", 3,
                        money("180.00"), money("120.00"), money("120.00"), money("0.00"), money("0.00"), money("0.00"),
                        money("120.00"), List.of(new Adjustment("CO", "45", money("60.00")),
                        new Adjustment("PR", "1", money("120.00"))), List.of()))));
        JsonNode claim = api.claim(claimId);
        assertThat(claim.get("status").asString()).isEqualTo("PAID");
        assertThat(claim.get("planPaid").decimalValue()).isEqualTo("0.00");
        assertThat(claim.get("patientResponsibility").decimalValue()).isEqualTo("120.00");
        JsonNode line = claim.get("lines").get(0);
        assertThat(line.get("allowed").decimalValue()).isEqualTo("120.00");
        assertThat(line.get("deductible").decimalValue()).isEqualTo("120.00");
        ClaimsApi.assertBalanced(claim);

        // re-delivery of both answers, and a stray second authorization with a new event id: nothing changes
        kafka.publish(authorized);
        kafka.publish(applied);
        kafka.publish(new VisitAuthorized(claimId, member, "auth-1", "A123", DOS, 1, 11));
        List<String> answers = List.of(Topics.AUTHORIZATION, Topics.BENEFIT);
        assertThat(publishedOnceHandled(answers, CostShareRequested.class, event -> event.claimId().equals(claimId)))
                .hasSize(1);
        assertThat(publishedOnceHandled(answers, ClaimAdjudicated.class, event -> event.claimId().equals(claimId)))
                .hasSize(1);
        assertThat(api.claim(claimId)).isEqualTo(claim);
        // counted once each, re-deliveries included: received, paid with no denial, its turnaround timed
        assertThat(counted("medmassage.claims.received", "payer", "HEALTH_PLAN")).isEqualTo(received + 1);
        assertThat(counted("medmassage.claims.adjudicated", "status", "PAID", "denial_group", "none"))
                .isEqualTo(paid + 1);
        assertThat(timed("medmassage.claims.adjudication", "status", "PAID")).isEqualTo(timedPaid + 1);
    }

    @Test
    void denies_a_line_the_plan_does_not_cover_with_PR_204_and_pays_the_rest() {
        // the RULEBOOK §5.3 contract rates, so the amounts are the worked example's
        String contractedNpi = "1003000126";
        api.registerProvider(contractedNpi, "IN_NETWORK", Map.of("97124", "35.00", "97140", "32.00"));
        String member = member();
        String claimId = api.submit(ClaimsApi.commonVisit(member, contractedNpi, DOS));
        kafka.await(SessionBilled.class, event -> event.claimId().equals(claimId));
        kafka.publish(new VisitAuthorized(claimId, member, "auth-1", "A123", DOS, 1, 11));
        CostShareRequested requested = kafka.await(CostShareRequested.class, event -> event.claimId().equals(claimId));
        assertThat(requested.lines()).containsExactly(new PricedLine(1, "97124", 2, money("120.00"), money("70.00")),
                new PricedLine(2, "97140", 1, money("60.00"), money("32.00")));

        kafka.publish(new CostShareApplied(claimId, member, DOS, NetworkTier.IN_NETWORK,
                List.of(new LineCostShare(1, money("70.00"), money("0.00"), money("30.00"), money("0.00"),
                        money("40.00"), money("30.00"))),
                money("0.00"), money("2970.00"), 1, 20,
                List.of(new NotCoveredLine(2, "97140", "PR", "204", "N130",
                        "97140 is not a covered service under plan GOLD-PPO."))));
        ClaimAdjudicated adjudicated = kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(claimId));

        assertThat(adjudicated).isEqualTo(new ClaimAdjudicated(claimId, member, DOS, "PARTIALLY_PAID",
                money("180.00"), money("70.00"), money("40.00"), money("90.00"), List.of(
                new AdjudicatedLine(1, "97124", 2, money("120.00"), money("70.00"), money("0.00"), money("30.00"),
                        money("0.00"), money("40.00"), money("30.00"), List.of(
                        new Adjustment("CO", "45", money("50.00")), new Adjustment("PR", "3", money("30.00"))),
                        List.of()),
                new AdjudicatedLine(2, "97140", 1, money("60.00"), money("0.00"), money("0.00"), money("0.00"),
                        money("0.00"), money("0.00"), money("60.00"),
                        List.of(new Adjustment("PR", "204", money("60.00"))), List.of("N130")))));
        JsonNode claim = api.claim(claimId);
        assertThat(claim.get("status").asString()).isEqualTo("PARTIALLY_PAID");
        assertThat(claim.get("planPaid").decimalValue()).isEqualTo("40.00");
        assertThat(claim.get("patientResponsibility").decimalValue()).isEqualTo("90.00");
        assertThat(claim.get("denialReason").isNull()).isTrue();
        JsonNode notCovered = claim.get("lines").get(1);
        assertThat(notCovered.get("adjustments").get(0).get("group").asString()).isEqualTo("PR");
        assertThat(notCovered.get("adjustments").get(0).get("carc").asString()).isEqualTo("204");
        assertThat(notCovered.get("remarkCodes").get(0).asString()).isEqualTo("N130");
        ClaimsApi.assertBalanced(claim);
    }

    @Test
    void denies_every_line_CO_197_when_the_visit_is_not_authorized_and_the_patient_owes_nothing() {
        String member = member();
        double deniedCo = counted("medmassage.claims.adjudicated", "status", "DENIED", "denial_group", "CO");
        String claimId = api.submit(ClaimsApi.twoLineClaim(member, NPI, DOS));
        kafka.await(SessionBilled.class, event -> event.claimId().equals(claimId));

        kafka.publish(new VisitNotAuthorized(claimId, member, "A123", DOS, "197", "N54", "no authorization on file"));
        ClaimAdjudicated adjudicated = kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(claimId));

        assertThat(adjudicated.status()).isEqualTo("DENIED");
        assertThat(counted("medmassage.claims.adjudicated", "status", "DENIED", "denial_group", "CO"))
                .isEqualTo(deniedCo + 1);
        assertThat(adjudicated.patientResponsibility()).isEqualTo("0.00");
        assertThat(adjudicated.planPaid()).isEqualTo("0.00");
        assertThat(adjudicated.lines()).extracting(AdjudicatedLine::adjustments).containsExactly(
                List.of(new Adjustment("CO", "197", money("80.00"))),
                List.of(new Adjustment("CO", "197", money("60.00"))));
        JsonNode claim = api.claim(claimId);
        assertThat(claim.get("status").asString()).isEqualTo("DENIED");
        assertThat(claim.get("patientResponsibility").decimalValue()).isEqualTo("0.00");
        assertThat(claim.get("denialReason").asString()).startsWith("CO-197");
        assertThat(claim.get("lines").get(0).get("remarkCodes").get(0).asString()).isEqualTo("N54");
        ClaimsApi.assertBalanced(claim);
    }

    @Test
    void denies_the_visit_PR_119_when_benefits_reports_the_visit_limit_reached() {
        String member = member();
        String claimId = api.submit(ClaimsApi.claim(member, "A123", NPI, DOS, "97124", 30, "120.00"));
        kafka.await(SessionBilled.class, event -> event.claimId().equals(claimId));
        kafka.publish(new VisitAuthorized(claimId, member, "auth-1", "A123", DOS, 21, 0));
        kafka.await(CostShareRequested.class, event -> event.claimId().equals(claimId));

        kafka.publish(new BenefitLimitReached(claimId, member, DOS, 20, 20, "119", "N640"));
        ClaimAdjudicated adjudicated = kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(claimId));

        assertThat(adjudicated.status()).isEqualTo("DENIED");
        assertThat(adjudicated.patientResponsibility()).isEqualTo("120.00");
        assertThat(adjudicated.lines().get(0).adjustments()).containsExactly(new Adjustment("PR", "119", money("120.00")));
        assertThat(adjudicated.lines().get(0).remarkCodes()).containsExactly("N640");
        ClaimsApi.assertBalanced(api.claim(claimId));
    }

    @Test
    void refuses_an_invalid_claim_with_422_naming_each_field() {
        Map<String, Object> claim = ClaimsApi.claim(member(), "A123", NPI, DOS, "97530", 30, "120.00");
        claim.put("diagnosisCodes", List.of("M54.5"));
        ((Map<String, Object>) ((List<?>) claim.get("lines")).get(0)).put("diagnosisPointers", List.of(2));

        JsonNode problem = api.rejected(claim, HttpStatus.UNPROCESSABLE_CONTENT);

        assertThat(ClaimsApi.fields(problem)).containsExactlyInAnyOrder("diagnosisCodes[0]",
                "lines[0].diagnosisPointers[0]", "lines[0].procedureCode");
        assertThat(problem.get("detail").asString()).contains("M54.50");
    }

    @Test
    void refuses_an_unknown_provider_with_422_naming_the_npi() {
        JsonNode problem = api.rejected(ClaimsApi.claim(member(), "A123", "9876543213", DOS, "97124", 30, "120.00"),
                HttpStatus.UNPROCESSABLE_CONTENT);

        assertThat(ClaimsApi.fields(problem)).containsExactly("renderingProviderNpi");
    }

    @Test
    void refuses_a_claim_with_missing_fields_with_400_naming_each_field() {
        Map<String, Object> claim = ClaimsApi.claim(null, "A123", NPI, DOS, "97124", 30, null);

        JsonNode problem = api.rejected(claim, HttpStatus.BAD_REQUEST);

        assertThat(ClaimsApi.fields(problem)).contains("memberId", "lines[0].charge");
    }

    @Test
    void refuses_two_billion_minutes_and_an_overlong_member_id_with_400_naming_each_field_and_stores_nothing() {
        Map<String, Object> claim = ClaimsApi.claim("M-" + "9".repeat(100), "A123", NPI, DOS, "97124", 2_000_000_000,
                "120.00");

        JsonNode problem = api.rejected(claim, HttpStatus.BAD_REQUEST);

        assertThat(ClaimsApi.fields(problem)).containsExactlyInAnyOrder("memberId", "lines[0].minutes");
        assertThat(problem.get("detail").asString()).contains("lines[0].minutes must be at most 1440");
    }

    @Test
    void refuses_an_impossible_date_of_service_with_400_naming_the_field() {
        Map<String, Object> claim = ClaimsApi.claim(member(), "A123", NPI, DOS, "97124", 30, "120.00");
        claim.put("dateOfService", "2026-02-30");

        JsonNode problem = api.rejected(claim, HttpStatus.BAD_REQUEST);

        assertThat(ClaimsApi.fields(problem)).containsExactly("dateOfService");
    }

    @Test
    void prices_an_out_of_network_visit_at_the_fee_schedule_and_bills_the_balance_to_the_patient() {
        String oonNpi = "1245319599";
        api.registerProvider(oonNpi, "OUT_OF_NETWORK", Map.of());
        api.replaceOutOfNetworkFeeSchedule(Map.of("97124", "30.00", "97140", "30.00"));
        String member = member();
        Map<String, Object> claim = ClaimsApi.twoLineClaim(member, oonNpi, DOS);
        String claimId = api.submit(claim);
        kafka.await(SessionBilled.class, event -> event.claimId().equals(claimId));
        kafka.publish(new VisitAuthorized(claimId, member, null, null, DOS, 0, 0));
        CostShareRequested requested = kafka.await(CostShareRequested.class, event -> event.claimId().equals(claimId));
        assertThat(requested.networkTier()).isEqualTo(NetworkTier.OUT_OF_NETWORK);
        assertThat(requested.lines()).extracting(PricedLine::allowed).containsExactly(money("30.00"), money("30.00"));

        // RULEBOOK Example 4a shape: OON deductible not met, everything allowed goes to PR-1, the rest is PR-45
        kafka.publish(new CostShareApplied(claimId, member, DOS, NetworkTier.OUT_OF_NETWORK, List.of(
                new LineCostShare(1, money("30.00"), money("30.00"), money("0.00"), money("0.00"), money("0.00"),
                        money("30.00")),
                new LineCostShare(2, money("30.00"), money("30.00"), money("0.00"), money("0.00"), money("0.00"),
                        money("30.00"))),
                money("940.00"), money("2940.00"), 1, 20));
        ClaimAdjudicated adjudicated = kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(claimId));

        assertThat(adjudicated.status()).isEqualTo("PAID");
        assertThat(adjudicated.planPaid()).isEqualTo("0.00");
        assertThat(adjudicated.patientResponsibility()).isEqualTo("140.00");
        assertThat(adjudicated.lines().get(0).adjustments()).containsExactly(new Adjustment("PR", "45", money("50.00")),
                new Adjustment("PR", "1", money("30.00")));
        ClaimsApi.assertBalanced(api.claim(claimId));
    }

    @Test
    void answers_404_for_an_unknown_claim() {
        api.notFound(UUID.randomUUID().toString());
    }
}

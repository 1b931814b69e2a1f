package org.medmassage.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.benefits.fixtures.BenefitsRequests.costShareRequested;
import static org.medmassage.benefits.fixtures.BenefitsRequests.lineCostShare;
import static org.medmassage.benefits.fixtures.BenefitsRequests.planBody;
import static org.medmassage.benefits.fixtures.BenefitsRequests.tier;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medmassage.events.NetworkTier;
import org.medmassage.events.benefit.BenefitLimitReached;
import org.medmassage.events.benefit.CostShareApplied;
import org.medmassage.testsupport.KafkaProbe;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** Plan terms through the API: 422 for ACA/HSA limits of RULEBOOK §5.1; Examples 2, 2b, 5 (ALLOWED basis) and 8 to the cent. */
class PlanTermsIntegrationTest extends BenefitsServiceTest {

    private static final NetworkTier IN = NetworkTier.IN_NETWORK;

    @Test
    void an_in_network_out_of_pocket_max_above_10_600_00_for_the_2026_plan_year_is_a_422_naming_it() {
        Map<String, Object> plan = planBody(20, tier("500.00", 20, "10600.01"), tier("1000.00", 40, null));
        plan.put("effectiveFrom", "2026-01-01");

        refused(plan, "ACA-5.1", "inNetwork.outOfPocketMax");
        api.http().get().uri("/plans/TOO-HIGH").exchange().expectStatus().isNotFound();
    }

    @Test
    void an_hsa_plan_with_a_1_699_99_deductible_and_a_copay_before_it_is_a_422_naming_both() {
        Map<String, Object> plan = planBody(20, tier("1699.99", null, 20, "0.00", "8500.00", null), tier("3400.00", 40, null));
        plan.put("effectiveFrom", "2026-01-01");
        plan.put("hsaQualified", true);
        plan.put("copayBeforeDeductible", true);

        JsonNode problem = refused(plan, "HSA-5.1", "inNetwork.deductible");
        assertThat(problem.at("/errors/1/field").asString()).isEqualTo("copayBeforeDeductible");
    }

    @Test
    void example_2_copay_plan_with_the_deductible_waived_for_rehab_charges_30_00_on_line_1() {
        Map<String, Object> plan = planBody(20, tier("500.00", null, 0, "30.00", "3000.00", null), tier("1000.00", 40, null));
        plan.put("deductibleWaivedForRehab", true);
        api.registerPlan("COPAY-REHAB", plan);
        api.cover("M-EX2", "COPAY-REHAB");
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            kafka.publish(costShareRequested("C-EX2", "M-EX2", "2026-03-10", IN, "70.00", "32.00"));
            CostShareApplied applied = kafka.await(CostShareApplied.class, e -> e.claimId().equals("C-EX2"));
            assertThat(applied.lines()).containsExactly(
                    lineCostShare(1, "70.00", "0.00", "30.00", "0.00", "40.00", "30.00"),
                    lineCostShare(2, "32.00", "0.00", "0.00", "0.00", "32.00", "0.00"));
            assertThat(applied.deductibleRemaining()).isEqualTo(money("500.00"));
            assertThat(applied.outOfPocketRemaining()).isEqualTo(money("2970.00"));
        }
    }

    @Test
    void example_2b_a_30_00_copay_on_a_25_00_allowed_line_charges_25_00_and_the_plan_pays_0_00() {
        Map<String, Object> plan = planBody(20, tier("500.00", null, 0, "30.00", "3000.00", null), tier("1000.00", 40, null));
        plan.put("deductibleWaivedForRehab", true);
        api.registerPlan("COPAY-2B", plan);
        api.cover("M-EX2B", "COPAY-2B");
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            kafka.publish(costShareRequested("C-EX2B", "M-EX2B", "2026-03-10", IN, "25.00"));
            CostShareApplied applied = kafka.await(CostShareApplied.class, e -> e.claimId().equals("C-EX2B"));
            // CS-02: the copay never exceeds the allowed amount
            assertThat(applied.lines()).containsExactly(lineCostShare(1, "25.00", "0.00", "25.00", "0.00", "0.00", "25.00"));
            assertThat(applied.outOfPocketRemaining()).isEqualTo(money("2975.00"));
        }
        JsonNode benefits = api.benefits("M-EX2B", "2026-03-10");
        assertThat(benefits.at("/inNetwork/deductibleMet").decimalValue()).isEqualTo(money("0.00"));
        assertThat(benefits.at("/inNetwork/outOfPocketMet").decimalValue()).isEqualTo(money("25.00"));
        assertThat(benefits.at("/visits/used").asInt()).isEqualTo(1);
    }

    @Test
    void example_8_hsa_hdhp_puts_the_whole_102_00_on_the_deductible() {
        Map<String, Object> plan = planBody(20, tier("1700.00", null, 20, "0.00", "8500.00", null), tier("3400.00", 40, null));
        plan.put("hsaQualified", true);
        api.registerPlan("HSA-HDHP", plan);
        api.cover("M-EX8", "HSA-HDHP");
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            kafka.publish(costShareRequested("C-EX8-0", "M-EX8", "2026-02-10", IN, "700.00"));
            kafka.await(CostShareApplied.class, e -> e.claimId().equals("C-EX8-0"));
            kafka.publish(costShareRequested("C-EX8", "M-EX8", "2026-03-10", IN, "70.00", "32.00"));
            CostShareApplied applied = kafka.await(CostShareApplied.class, e -> e.claimId().equals("C-EX8"));
            assertThat(applied.lines()).containsExactly(
                    lineCostShare(1, "70.00", "70.00", "0.00", "0.00", "0.00", "70.00"),
                    lineCostShare(2, "32.00", "32.00", "0.00", "0.00", "0.00", "32.00"));
            assertThat(applied.deductibleRemaining()).isEqualTo(money("898.00"));
        }
    }

    @Test
    void example_5_a_visit_past_a_combined_limit_with_liability_on_the_allowed_amount_says_ALLOWED() {
        Map<String, Object> plan = planBody(1, tier("500.00", 20, "3000.00"), tier("1000.00", 40, null));
        plan.put("visitLimitSharedBy", List.of("MASSAGE", "PHYSICAL_THERAPY", "OCCUPATIONAL_THERAPY", "CHIROPRACTIC"));
        plan.put("liabilityWhenExhausted", "ALLOWED");
        api.registerPlan("ALLOWED-BASIS", plan);
        api.cover("M-EX5", "ALLOWED-BASIS");
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            kafka.publish(costShareRequested("C-EX5-1", "M-EX5", "2026-03-03", IN, "80.00"));
            kafka.await(CostShareApplied.class, e -> e.claimId().equals("C-EX5-1"));
            kafka.publish(costShareRequested("C-EX5-2", "M-EX5", "2026-03-10", IN, "70.00", "32.00"));
            BenefitLimitReached limit = kafka.await(BenefitLimitReached.class, e -> e.claimId().equals("C-EX5-2"));
            assertThat(limit.carc()).isEqualTo("119");
            assertThat(limit.rarc()).isEqualTo("N640");
            assertThat(limit.liabilityBasis()).isEqualTo("ALLOWED");
        }
        JsonNode visits = api.benefits("M-EX5", "2026-03-10").at("/visits");
        assertThat(visits.at("/used").asInt()).isEqualTo(1);
        assertThat(visits.at("/benefitGroup").asString()).isEqualTo("VISITS_REHAB_COMBINED");
        assertThat(api.get("/plans/ALLOWED-BASIS").at("/liabilityWhenExhausted").asString()).isEqualTo("ALLOWED");
    }

    private JsonNode refused(Map<String, Object> plan, String rule, String field) {
        String body = api.http().put().uri("/plans/TOO-HIGH").contentType(MediaType.APPLICATION_JSON).bodyValue(plan)
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
        JsonNode problem = tools.jackson.databind.json.JsonMapper.builder().build().readTree(body);
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo(field);
        assertThat(problem.at("/errors/0/rule").asString()).isEqualTo(rule);
        return problem;
    }
}

package org.medmassage.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.benefits.fixtures.BenefitsRequests.costShareRequested;
import static org.medmassage.benefits.fixtures.BenefitsRequests.goldPpoBody;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medmassage.events.NetworkTier;
import org.medmassage.events.benefit.CostShareApplied;
import org.medmassage.events.benefit.CostShareDenied;
import org.medmassage.testsupport.KafkaProbe;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** An HMO/EPO-style plan without out-of-network benefit (RULEBOOK §5.3 Example 4, decision 0058). */
class NetworkBenefitIntegrationTest extends BenefitsServiceTest {

    @Test
    void an_out_of_network_visit_under_an_hmo_is_denied_PR_242_and_posts_nothing_nor_counts_the_visit() {
        api.registerPlan("SILVER-HMO", hmoBody());
        api.cover("M-HMO", "SILVER-HMO");
        JsonNode plan = api.get("/plans/SILVER-HMO");
        assertThat(plan.at("/outOfNetworkBenefit").asBoolean()).isFalse();
        assertThat(plan.at("/outOfNetwork").isNull()).isTrue();

        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            kafka.publish(costShareRequested("C-HMO-OON", "M-HMO", "2026-03-10", NetworkTier.OUT_OF_NETWORK,
                    "60.00", "30.00"));
            CostShareDenied denied = kafka.await(CostShareDenied.class, e -> e.claimId().equals("C-HMO-OON"));
            assertThat(Arrays.asList(denied.group(), denied.carc(), denied.rarc())).containsExactly("PR", "242", null);
            assertThat(denied.reason()).contains("SILVER-HMO has no out-of-network benefit");

            CostShareApplied inNetwork = applied(kafka, costShareRequested("C-HMO-IN", "M-HMO", "2026-03-11",
                    NetworkTier.IN_NETWORK, "70.00"));
            assertThat(inNetwork.visitsUsed()).isEqualTo(1);
        }
        assertThat(count("select count(*) from ledger_posting where claim_id = 'C-HMO-OON'")).isZero();
        assertThat(count("select count(*) from visit_posting where claim_id = 'C-HMO-OON'")).isZero();
        JsonNode benefits = api.benefits("M-HMO", "2026-03-11");
        assertThat(benefits.at("/visits/used").asInt()).isEqualTo(1);
        assertThat(benefits.at("/inNetwork/deductibleMet").decimalValue()).isEqualTo(money("70.00"));
        assertThat(benefits.at("/outOfNetwork").isNull()).isTrue();
    }

    @Test
    void a_plan_both_without_out_of_network_benefit_and_with_its_terms_or_with_neither_is_a_422_naming_the_field() {
        Map<String, Object> both = goldPpoBody(20);
        both.put("outOfNetworkBenefit", false);
        Map<String, Object> neither = goldPpoBody(20);
        neither.remove("outOfNetwork");

        for (var refused : List.of(Map.entry(both, "outOfNetworkBenefit"), Map.entry(neither, "outOfNetwork"))) {
            api.http().put().uri("/plans/NETWORK-BAD").contentType(MediaType.APPLICATION_JSON).bodyValue(refused.getKey())
                    .exchange()
                    .expectStatus().isEqualTo(422)
                    .expectBody()
                    .jsonPath("$.errors[0].field").isEqualTo(refused.getValue())
                    .jsonPath("$.errors[0].rule").isEqualTo("CS-05");
        }
        api.http().get().uri("/plans/NETWORK-BAD").exchange().expectStatus().isNotFound();
    }

    private static Map<String, Object> hmoBody() {
        Map<String, Object> plan = goldPpoBody(20);
        plan.remove("outOfNetwork");
        plan.put("outOfNetworkBenefit", false);
        return plan;
    }
}

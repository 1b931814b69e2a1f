package org.medmassage.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.benefits.fixtures.BenefitsRequests.costShareRequested;
import static org.medmassage.benefits.fixtures.BenefitsRequests.lineCostShare;
import static org.medmassage.benefits.fixtures.BenefitsRequests.planBody;
import static org.medmassage.benefits.fixtures.BenefitsRequests.tier;

import org.junit.jupiter.api.Test;
import org.medmassage.events.NetworkTier;
import org.medmassage.events.benefit.CostShareApplied;
import org.medmassage.testsupport.KafkaProbe;
import tools.jackson.databind.JsonNode;

/**
 * RULEBOOK §5.3 Examples 1, 3, 4a and 9 through Kafka and the API, to the cent, with the accumulators after each. The
 * starting balances of each example are reached by earlier claims, as they would be in production.
 */
class RulebookExamplesIntegrationTest extends BenefitsServiceTest {

    private static final NetworkTier IN = NetworkTier.IN_NETWORK;
    private static final NetworkTier OON = NetworkTier.OUT_OF_NETWORK;

    @Test
    void example_1_deductible_50_00_left_then_20_percent_leaves_0_00_1939_60_and_6_of_20_visits() {
        // OOP max 2,450.00 so that 450.00 paid leaves the example's 2,000.00
        api.registerPlan("EX1", planBody(20, tier("500.00", 20, "2450.00"), tier("1000.00", 40, null)));
        api.cover("M-EX1", "EX1");
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            for (int visit = 1; visit <= 5; visit++) {
                applied(kafka, costShareRequested("C-EX1-" + visit, "M-EX1", "2026-02-0" + visit, IN, "90.00"));
            }
            CostShareApplied applied = applied(kafka, costShareRequested("C-EX1", "M-EX1", "2026-03-10", IN, "70.00", "32.00"));
            assertThat(applied.lines()).containsExactly(
                    lineCostShare(1, "70.00", "50.00", "0.00", "4.00", "16.00", "54.00"),
                    lineCostShare(2, "32.00", "0.00", "0.00", "6.40", "25.60", "6.40"));
            assertThat(applied.deductibleRemaining()).isEqualTo(money("0.00"));
            assertThat(applied.outOfPocketRemaining()).isEqualTo(money("1939.60"));
            assertThat(applied.visitsUsed()).isEqualTo(6);
        }
        JsonNode benefits = api.benefits("M-EX1", "2026-03-10");
        assertThat(benefits.at("/inNetwork/outOfPocketRemaining").decimalValue()).isEqualTo(money("1939.60"));
        assertThat(benefits.at("/visits/used").asInt()).isEqualTo(6);
    }

    @Test
    void example_3_out_of_pocket_max_reached_inside_the_claim_caps_line_1_at_12_00_and_line_2_at_0_00() {
        api.registerGoldPpo("EX3", 20);
        api.cover("M-EX3", "EX3");
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            // 500.00 deductible + 20 % of 12,440.00 = 2,988.00 paid: 12.00 left of the 3,000.00 maximum
            applied(kafka, costShareRequested("C-EX3-0", "M-EX3", "2026-02-01", IN, "12940.00"));
            CostShareApplied applied = applied(kafka, costShareRequested("C-EX3", "M-EX3", "2026-03-10", IN, "70.00", "32.00"));
            assertThat(applied.lines()).containsExactly(
                    lineCostShare(1, "70.00", "0.00", "0.00", "12.00", "58.00", "12.00"),
                    lineCostShare(2, "32.00", "0.00", "0.00", "0.00", "32.00", "0.00"));
            assertThat(applied.outOfPocketRemaining()).isEqualTo(money("0.00"));
        }
    }

    @Test
    void example_4a_out_of_network_deductible_not_met_takes_the_whole_90_00_allowed_into_the_OON_buckets() {
        api.registerGoldPpo("EX4A", 20);
        api.cover("M-EX4A", "EX4A");
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            applied(kafka, costShareRequested("C-EX4A-0", "M-EX4A", "2026-02-01", OON, "500.00"));
            CostShareApplied applied = applied(kafka, costShareRequested("C-EX4A", "M-EX4A", "2026-03-10", OON, "60.00", "30.00"));
            assertThat(applied.lines()).containsExactly(
                    lineCostShare(1, "60.00", "60.00", "0.00", "0.00", "0.00", "60.00"),
                    lineCostShare(2, "30.00", "30.00", "0.00", "0.00", "0.00", "30.00"));
        }
        JsonNode benefits = api.benefits("M-EX4A", "2026-03-10");
        assertThat(benefits.at("/outOfNetwork/deductibleMet").decimalValue()).isEqualTo(money("590.00"));
        assertThat(benefits.at("/outOfNetwork/outOfPocketMet").decimalValue()).isEqualTo(money("590.00"));
        assertThat(benefits.at("/inNetwork/deductibleMet").decimalValue()).isEqualTo(money("0.00"));
    }

    @Test
    void example_9_member_D_at_the_10_600_00_embedded_limit_owes_nothing_while_the_family_has_10_600_00_left() {
        api.registerPlan("EX9", planBody(20, tier("1000.00", "2000.00", 20, "0.00", "10600.00", "21200.00"),
                tier("3000.00", 40, null)));
        api.cover("M-EX9D", "EX9", "2026-01-01", "2026-12-31", "F-9", "SUBSCRIBER");
        api.cover("M-EX9E", "EX9", "2026-01-01", "2026-12-31", "F-9", "SPOUSE");
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            // 1,000.00 deductible + 20 % of 48,000.00 = 10,600.00
            applied(kafka, costShareRequested("C-EX9-0", "M-EX9D", "2026-02-01", IN, "49000.00"));
            CostShareApplied applied = applied(kafka, costShareRequested("C-EX9", "M-EX9D", "2026-03-10", IN, "70.00", "32.00"));
            assertThat(applied.lines()).containsExactly(
                    lineCostShare(1, "70.00", "0.00", "0.00", "0.00", "70.00", "0.00"),
                    lineCostShare(2, "32.00", "0.00", "0.00", "0.00", "32.00", "0.00"));
            assertThat(applied.outOfPocketRemaining()).isEqualTo(money("0.00"));
        }
        JsonNode benefits = api.benefits("M-EX9D", "2026-03-10");
        assertThat(benefits.at("/inNetwork/outOfPocketRemaining").decimalValue()).isEqualTo(money("0.00"));
        assertThat(benefits.at("/inNetwork/family/outOfPocketMet").decimalValue()).isEqualTo(money("10600.00"));
        assertThat(benefits.at("/inNetwork/family/outOfPocketRemaining").decimalValue()).isEqualTo(money("10600.00"));
    }
}

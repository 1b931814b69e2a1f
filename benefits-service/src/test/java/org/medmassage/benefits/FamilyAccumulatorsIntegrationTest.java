package org.medmassage.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.benefits.fixtures.BenefitsRequests.costShareRequested;
import static org.medmassage.benefits.fixtures.BenefitsRequests.lineCostShare;
import static org.medmassage.benefits.fixtures.BenefitsRequests.planBody;
import static org.medmassage.benefits.fixtures.BenefitsRequests.tier;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medmassage.events.NetworkTier;
import org.medmassage.events.benefit.AccumulatorsReversed;
import org.medmassage.events.benefit.CostShareApplied;
import org.medmassage.events.benefit.CostShareDenied;
import org.medmassage.events.claim.ClaimVoided;
import org.medmassage.testsupport.KafkaProbe;
import tools.jackson.databind.JsonNode;

/**
 * Through Kafka and the REST API: family accumulators (CS-04, Example 7), reversal of a voided claim (CS-07) with the
 * ledger statement, plan versions by date of service, and the plan-year boundary (CS-03).
 */
class FamilyAccumulatorsIntegrationTest extends BenefitsServiceTest {

    private static final NetworkTier IN = NetworkTier.IN_NETWORK;


    @Test
    void example_7_family_deductible_met_by_member_C_frees_member_B_and_voiding_C_s_claim_gives_it_back() {
        api.registerPlan("FAMILY-PPO", planBody(20, tier("1500.00", "3000.00", 20, "0.00", "6000.00", "12000.00"),
                tier("3000.00", null, 40, "0.00", null, null)));
        api.cover("M-7A", "FAMILY-PPO", "2026-01-01", "2026-12-31", "F-7", "SUBSCRIBER");
        api.cover("M-7B", "FAMILY-PPO", "2026-01-01", "2026-12-31", "F-7", "SPOUSE");
        api.cover("M-7C", "FAMILY-PPO", "2026-01-01", "2026-12-31", "F-7", "CHILD");
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            applied(kafka, costShareRequested("C-7A0", "M-7A", "2026-02-01", IN, "1500.00"));
            applied(kafka, costShareRequested("C-7B0", "M-7B", "2026-02-02", IN, "900.00"));
            applied(kafka, costShareRequested("C-7C0", "M-7C", "2026-02-03", IN, "500.00"));

            CostShareApplied ofC = applied(kafka, costShareRequested("C-7C1", "M-7C", "2026-03-10", IN, "70.00", "32.00"));
            assertThat(ofC.lines()).containsExactly(
                    lineCostShare(1, "70.00", "70.00", "0.00", "0.00", "0.00", "70.00"),
                    lineCostShare(2, "32.00", "30.00", "0.00", "0.40", "1.60", "30.40"));
            assertThat(ofC.deductibleRemaining()).isEqualTo(money("0.00"));

            JsonNode benefitsOfC = api.benefits("M-7C", "2026-03-10");
            assertThat(benefitsOfC.at("/familyId").asString()).isEqualTo("F-7");
            assertThat(benefitsOfC.at("/inNetwork/deductibleMet").decimalValue()).isEqualTo(money("600.00"));
            assertThat(benefitsOfC.at("/inNetwork/deductibleRemaining").decimalValue()).isEqualTo(money("0.00"));
            assertThat(benefitsOfC.at("/inNetwork/family/deductibleMet").decimalValue()).isEqualTo(money("3000.00"));
            assertThat(benefitsOfC.at("/inNetwork/family/deductibleRemaining").decimalValue()).isEqualTo(money("0.00"));
            assertThat(benefitsOfC.at("/inNetwork/family/outOfPocketMet").decimalValue()).isEqualTo(money("3000.40"));
            assertThat(benefitsOfC.at("/inNetwork/family/outOfPocketRemaining").decimalValue()).isEqualTo(money("8999.60"));

            CostShareApplied ofB = applied(kafka, costShareRequested("C-7B1", "M-7B", "2026-03-11", IN, "70.00", "32.00"));
            assertThat(ofB.lines()).containsExactly(
                    lineCostShare(1, "70.00", "0.00", "0.00", "14.00", "56.00", "14.00"),
                    lineCostShare(2, "32.00", "0.00", "0.00", "6.40", "25.60", "6.40"));
            assertThat(api.benefits("M-7B", "2026-03-11").at("/inNetwork/deductibleMet").decimalValue())
                    .isEqualTo(money("900.00"));

            // CS-07: the voided claim gives back 100.00 deductible, 100.40 out of pocket and its visit
            kafka.publish(new ClaimVoided("C-7C1", "M-7C", LocalDate.parse("2026-03-10"), "billed in error"));
            AccumulatorsReversed reversed = kafka.await(AccumulatorsReversed.class, e -> e.claimId().equals("C-7C1"));
            assertThat(reversed.deductibleReversed()).isEqualTo(money("100.00"));
            assertThat(reversed.outOfPocketReversed()).isEqualTo(money("100.40"));
            assertThat(reversed.visitsReversed()).isEqualTo(1);

            // a late request for the voided claim posts nothing; the member's next claim (same key, same order) does
            kafka.publish(costShareRequested("C-7C1", "M-7C", "2026-03-10", IN, "70.00", "32.00"));
            applied(kafka, costShareRequested("C-7C2", "M-7C", "2026-03-20", IN, "10.00"));
        }
        assertThat(count("select count(*) from ledger_posting where claim_id = 'C-7C1' and reversed_at is null")).isZero();
        JsonNode afterVoid = api.benefits("M-7C", "2026-03-20");
        assertThat(afterVoid.at("/inNetwork/family/deductibleMet").decimalValue()).isEqualTo(money("2910.00"));
        assertThat(afterVoid.at("/visits/used").asInt()).isEqualTo(2);

        JsonNode ledger = api.get("/members/M-7C/ledger");
        // three claims, each a deductible row, an out-of-pocket row and a visit row, in posting order
        assertThat(ledger.at("/postings").size()).isEqualTo(9);
        assertThat(ledger.at("/postings/2/bucket").asString()).isEqualTo("VISITS_MASSAGE");
        assertThat(ledger.at("/postings/3/claimId").asString()).isEqualTo("C-7C1");
        assertThat(ledger.at("/postings/3/bucket").asString()).isEqualTo("DED_IN");
        assertThat(ledger.at("/postings/3/amount").decimalValue()).isEqualTo(money("100.00"));
        assertThat(ledger.at("/postings/3/familyId").asString()).isEqualTo("F-7");
        assertThat(ledger.at("/postings/3/reversedAt").isNull()).isFalse();
        assertThat(ledger.at("/postings/0/reversedAt").isNull()).isTrue();
    }

    @Test
    void a_plan_version_applies_from_its_date_and_earlier_claims_keep_the_old_terms() {
        api.registerPlan("VERSIONED", planBody(20, tier("500.00", 20, "3000.00"), tier("1000.00", 40, null)));
        Map<String, Object> fromJune = planBody(20, tier("500.00", 50, "3000.00"), tier("1000.00", 40, null));
        fromJune.put("effectiveFrom", "2026-06-01");
        api.registerPlan("VERSIONED", fromJune);
        api.cover("M-VER", "VERSIONED", "2026-01-01", "2026-12-31", null, null);
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            applied(kafka, costShareRequested("C-VER-0", "M-VER", "2026-02-01", IN, "500.00"));
            // processed after the new version was registered, but its DOS is before it: 20 %
            assertThat(applied(kafka, costShareRequested("C-VER-1", "M-VER", "2026-05-10", IN, "100.00"))
                    .lines().get(0).coinsurance()).isEqualTo(money("20.00"));
            assertThat(applied(kafka, costShareRequested("C-VER-2", "M-VER", "2026-06-10", IN, "100.00"))
                    .lines().get(0).coinsurance()).isEqualTo(money("50.00"));
        }
        assertThat(api.get("/plans/VERSIONED?asOf=2026-05-31").at("/inNetwork/coinsurancePercent").asInt()).isEqualTo(20);
        assertThat(api.get("/plans/VERSIONED").at("/inNetwork/coinsurancePercent").asInt()).isEqualTo(50);
        assertThat(api.get("/plans/VERSIONED").at("/effectiveFrom").asString()).isEqualTo("2026-06-01");
    }

    @Test
    void a_claim_for_2025_12_30_processed_later_posts_to_the_2025_plan_year() {
        api.registerGoldPpo("GOLD-YEAR", 20);
        api.cover("M-YEAR", "GOLD-YEAR", "2025-01-01", "2026-12-31", null, null);
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            applied(kafka, costShareRequested("C-YEAR-2026", "M-YEAR", "2026-01-05", IN, "120.00"));
            CostShareApplied late = applied(kafka, costShareRequested("C-YEAR-2025", "M-YEAR", "2025-12-30", IN, "80.00"));
            assertThat(late.deductibleRemaining()).isEqualTo(money("420.00"));
            assertThat(late.visitsUsed()).isEqualTo(1);
        }
        JsonNode year2025 = api.benefits("M-YEAR", "2025-12-31");
        assertThat(year2025.at("/planYearStart").asString()).isEqualTo("2025-01-01");
        assertThat(year2025.at("/inNetwork/deductibleMet").decimalValue()).isEqualTo(money("80.00"));
        JsonNode year2026 = api.benefits("M-YEAR", "2026-01-15");
        assertThat(year2026.at("/inNetwork/deductibleMet").decimalValue()).isEqualTo(money("120.00"));
        assertThat(year2026.at("/visits/used").asInt()).isEqualTo(1);
    }

    @Test
    void a_member_who_changes_plan_mid_year_is_adjudicated_under_the_plan_of_each_date_and_a_gap_is_CO_27() {
        api.registerPlan("PLAN-A", planBody(20, tier("500.00", 20, "3000.00"), tier("1000.00", 40, null)));
        api.registerPlan("PLAN-B", planBody(20, tier("800.00", 30, "4000.00"), tier("1000.00", 40, null)));
        api.cover("M-MOVE", "PLAN-A", "2026-01-01", null, null, null);
        // the new period ends the open one the day before; a gap follows until PLAN-B starts
        api.cover("M-MOVE", "PLAN-A", "2026-01-01", "2026-05-31", null, null);
        api.cover("M-MOVE", "PLAN-B", "2026-07-01", "2026-12-31", null, null);
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            applied(kafka, costShareRequested("C-MOVE-A", "M-MOVE", "2026-03-01", IN, "500.00"));
            kafka.publish(costShareRequested("C-MOVE-GAP", "M-MOVE", "2026-06-15", IN, "100.00"));
            CostShareDenied gap = kafka.await(CostShareDenied.class, e -> e.claimId().equals("C-MOVE-GAP"));
            assertThat(gap.carc()).isEqualTo("27");
            // the plan year's accumulators follow the member: 500.00 already met toward PLAN-B's 800.00
            CostShareApplied underB = applied(kafka, costShareRequested("C-MOVE-B", "M-MOVE", "2026-08-01", IN, "400.00"));
            assertThat(underB.lines()).containsExactly(lineCostShare(1, "400.00", "300.00", "0.00", "30.00", "70.00", "330.00"));
        }
        assertThat(api.benefits("M-MOVE", "2026-03-01").at("/planId").asString()).isEqualTo("PLAN-A");
        assertThat(api.benefits("M-MOVE", "2026-08-01").at("/planId").asString()).isEqualTo("PLAN-B");
        api.http().get().uri("/members/M-MOVE/benefits?asOf=2026-06-15").exchange().expectStatus().isNotFound();
        JsonNode periods = api.get("/members/M-MOVE/coverages");
        assertThat(periods.size()).isEqualTo(2);
        assertThat(periods.at("/0/effectiveTo").asString()).isEqualTo("2026-05-31");

        api.cover("M-SWITCH", "PLAN-A", "2026-01-01", null, null, null);
        api.cover("M-SWITCH", "PLAN-B", "2026-07-01", null, null, null);
        assertThat(api.get("/members/M-SWITCH/coverages").at("/0/effectiveTo").asString()).isEqualTo("2026-06-30");
    }
}

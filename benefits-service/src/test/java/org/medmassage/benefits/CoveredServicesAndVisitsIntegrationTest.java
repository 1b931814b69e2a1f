package org.medmassage.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.benefits.fixtures.BenefitsRequests.costShareRequested;
import static org.medmassage.benefits.fixtures.BenefitsRequests.goldPpoBody;
import static org.medmassage.benefits.fixtures.BenefitsRequests.lineCostShare;
import static org.medmassage.benefits.fixtures.BenefitsRequests.planBody;
import static org.medmassage.benefits.fixtures.BenefitsRequests.tier;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medmassage.events.NetworkTier;
import org.medmassage.events.benefit.AccumulatorsReversed;
import org.medmassage.events.benefit.BenefitLimitReached;
import org.medmassage.events.benefit.CostShareApplied;
import org.medmassage.events.benefit.CostShareDenied;
import org.medmassage.events.benefit.NotCoveredLine;
import org.medmassage.events.claim.ClaimVoided;
import org.medmassage.events.claim.CostShareRequested;
import org.medmassage.testsupport.KafkaProbe;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * Covered procedure codes per plan (RULEBOOK §5.2 step 0), one visit per date when the claim that counted it is voided
 * (CS-06, CS-07), and a mid-year coverage period that carries the accumulators over or starts afresh (CS-03).
 */
class CoveredServicesAndVisitsIntegrationTest extends BenefitsServiceTest {

    private static final NetworkTier IN = NetworkTier.IN_NETWORK;


    @Test
    void a_line_the_plan_does_not_cover_is_denied_PR_204_N130_and_posts_nothing_while_the_rest_is_shared() {
        Map<String, Object> plan = goldPpoBody(20);
        plan.put("coveredProcedureCodes", List.of("97124"));
        api.registerPlan("MASSAGE-ONLY", plan);
        api.cover("M-CODES", "MASSAGE-ONLY");
        assertThat(api.get("/plans/MASSAGE-ONLY").at("/coveredProcedureCodes").toString()).isEqualTo("[\"97124\"]");
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            // line 1 is 97124, line 2 97140 (see costShareRequested)
            CostShareApplied applied = applied(kafka, costShareRequested("C-CODES", "M-CODES", "2026-03-10", IN,
                    "70.00", "32.00"));
            assertThat(applied.lines()).containsExactly(lineCostShare(1, "70.00", "70.00", "0.00", "0.00", "0.00", "70.00"));
            assertThat(applied.notCoveredLines()).containsExactly(new NotCoveredLine(2, "97140", "PR", "204", "N130",
                    "97140 is not a covered service under plan MASSAGE-ONLY"));
            assertThat(applied.deductibleRemaining()).isEqualTo(money("430.00"));

            kafka.publish(new CostShareRequested("C-CODES-2", "M-CODES", LocalDate.parse("2026-03-17"), IN,
                    List.of(new org.medmassage.events.claim.PricedLine(1, "97140", 1, money("60.00"), money("32.00")))));
            CostShareDenied denied = kafka.await(CostShareDenied.class, e -> e.claimId().equals("C-CODES-2"));
            assertThat(List.of(denied.group(), denied.carc(), denied.rarc())).containsExactly("PR", "204", "N130");
        }
        JsonNode benefits = api.benefits("M-CODES", "2026-03-17");
        assertThat(benefits.at("/inNetwork/deductibleMet").decimalValue()).isEqualTo(money("70.00"));
        assertThat(benefits.at("/inNetwork/outOfPocketMet").decimalValue()).isEqualTo(money("70.00"));
        assertThat(benefits.at("/visits/used").asInt()).isEqualTo(1);
    }

    @Test
    void covered_codes_that_are_not_procedure_codes_or_none_at_all_are_refused_naming_the_field() {
        Map<String, Object> none = goldPpoBody(20);
        none.put("coveredProcedureCodes", List.of());
        JsonNode problem = refused("NO-CODES", none, 422);
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("coveredProcedureCodes");
        assertThat(problem.at("/errors/0/rule").asString()).isEqualTo("BenefitExists");

        Map<String, Object> malformed = goldPpoBody(20);
        malformed.put("coveredProcedureCodes", List.of("97124", "massage"));
        assertThat(refused("BAD-CODES", malformed, 400).at("/errors/0/field").asString())
                .isEqualTo("coveredProcedureCodes[1]");
        api.http().get().uri("/plans/NO-CODES").exchange().expectStatus().isNotFound();
        api.http().get().uri("/plans/BAD-CODES").exchange().expectStatus().isNotFound();
    }

    @Test
    void a_plan_defaults_to_97124_and_97140_and_says_which_year_s_aca_limits_it_was_checked_against() {
        Map<String, Object> plan2026 = goldPpoBody(20);
        plan2026.put("effectiveFrom", "2026-01-01");
        api.registerPlan("LIMITS-2026", plan2026);
        JsonNode registered = api.get("/plans/LIMITS-2026");
        assertThat(registered.at("/coveredProcedureCodes").toString()).isEqualTo("[\"97124\",\"97140\"]");
        assertThat(registered.at("/annualLimitsYear").asInt()).isEqualTo(2026);

        // no 2027 figures are known (RULEBOOK §5.1 has 2025 and 2026): accepted, and the response says unchecked
        Map<String, Object> plan2027 = planBody(20, tier("500.00", 20, "10700.00"), tier("1000.00", 40, null));
        plan2027.put("effectiveFrom", "2027-01-01");
        api.registerPlan("LIMITS-2027", plan2027);
        assertThat(api.get("/plans/LIMITS-2027").at("/annualLimitsYear").isNull()).isTrue();
    }

    @Test
    void voiding_the_claim_that_counted_a_date_s_visit_passes_the_visit_to_the_claim_that_stays_on_that_date() {
        api.registerGoldPpo("SAME-DAY", 20);
        api.cover("M-SAME-DAY", "SAME-DAY");
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            assertThat(applied(kafka, costShareRequested("C-DAY-1", "M-SAME-DAY", "2026-03-10", IN, "70.00")).visitsUsed())
                    .isEqualTo(1);
            assertThat(applied(kafka, costShareRequested("C-DAY-2", "M-SAME-DAY", "2026-03-10", IN, "32.00")).visitsUsed())
                    .isEqualTo(1);

            kafka.publish(new ClaimVoided("C-DAY-1", "M-SAME-DAY", LocalDate.parse("2026-03-10"), "billed twice"));
            AccumulatorsReversed first = kafka.await(AccumulatorsReversed.class, e -> e.claimId().equals("C-DAY-1"));
            assertThat(first.deductibleReversed()).isEqualTo(money("70.00"));
            assertThat(first.visitsReversed()).isZero();
            assertThat(api.benefits("M-SAME-DAY", "2026-03-10").at("/visits/used").asInt()).isEqualTo(1);
            assertThat(count("select count(*) from visit_posting where claim_id = 'C-DAY-2' and reversed_at is null"))
                    .isEqualTo(1);

            // the last claim of the date gives the visit back
            kafka.publish(new ClaimVoided("C-DAY-2", "M-SAME-DAY", LocalDate.parse("2026-03-10"), "billed in error"));
            assertThat(kafka.await(AccumulatorsReversed.class, e -> e.claimId().equals("C-DAY-2")).visitsReversed())
                    .isEqualTo(1);
        }
        JsonNode benefits = api.benefits("M-SAME-DAY", "2026-03-10");
        assertThat(benefits.at("/visits/used").asInt()).isZero();
        assertThat(benefits.at("/inNetwork/deductibleMet").decimalValue()).isEqualTo(money("0.00"));
    }

    @Test
    void over_the_visit_limit_the_line_the_plan_does_not_cover_is_named_with_PR_204_not_PR_119() {
        Map<String, Object> plan = goldPpoBody(1);
        plan.put("coveredProcedureCodes", List.of("97124"));
        api.registerPlan("ONE-MASSAGE", plan);
        api.cover("M-ONE", "ONE-MASSAGE");
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            applied(kafka, costShareRequested("C-ONE-1", "M-ONE", "2026-03-03", IN, "70.00"));
            kafka.publish(costShareRequested("C-ONE-2", "M-ONE", "2026-03-10", IN, "70.00", "32.00"));
            BenefitLimitReached limit = kafka.await(BenefitLimitReached.class, e -> e.claimId().equals("C-ONE-2"));
            assertThat(limit.carc()).isEqualTo("119");
            assertThat(limit.notCoveredLines()).extracting(NotCoveredLine::lineNumber, NotCoveredLine::carc)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "204"));
        }
        assertThat(api.benefits("M-ONE", "2026-03-10").at("/visits/used").asInt()).isEqualTo(1);
    }

    @Test
    void re_processing_the_claim_that_counted_a_date_keeps_one_visit_for_the_date_whichever_claim_holds_it() {
        api.registerGoldPpo("RE-DAY", 20);
        api.cover("M-RE-DAY", "RE-DAY");
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            applied(kafka, costShareRequested("C-RE-1", "M-RE-DAY", "2026-03-10", IN, "70.00"));
            applied(kafka, costShareRequested("C-RE-2", "M-RE-DAY", "2026-03-10", IN, "32.00"));

            // CS-07: the replacement gives back its rows first; its visit passes to C-RE-2 and is not counted again
            kafka.publish(costShareRequested("C-RE-1", "M-RE-DAY", "2026-03-10", IN, "60.00"));
            assertThat(kafka.await(AccumulatorsReversed.class, e -> e.claimId().equals("C-RE-1")).visitsReversed())
                    .isZero();
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> kafka.all(CostShareApplied.class,
                    e -> e.claimId().equals("C-RE-1"), Duration.ofMillis(300)).size() == 2);
            assertThat(count("select count(*) from visit_posting where claim_id = 'C-RE-2' and reversed_at is null"))
                    .isEqualTo(1);

            kafka.publish(new ClaimVoided("C-RE-2", "M-RE-DAY", LocalDate.parse("2026-03-10"), "billed twice"));
            assertThat(kafka.await(AccumulatorsReversed.class, e -> e.claimId().equals("C-RE-2")).visitsReversed())
                    .isZero();
        }
        JsonNode benefits = api.benefits("M-RE-DAY", "2026-03-10");
        assertThat(benefits.at("/visits/used").asInt()).isEqualTo(1);
        assertThat(benefits.at("/inNetwork/deductibleMet").decimalValue()).isEqualTo(money("60.00"));
        assertThat(count("select count(*) from visit_posting where member_id = 'M-RE-DAY' and reversed_at is null"))
                .isEqualTo(1);
    }

    @Test
    void a_family_member_s_restart_restarts_the_family_accumulators_for_every_member() {
        api.registerPlan("FAM-OLD", planBody(20, tier("500.00", "1000.00", 20, "0.00", "3000.00", "6000.00"),
                tier("1000.00", 40, null)));
        api.registerPlan("FAM-NEW", planBody(20, tier("500.00", "1000.00", 20, "0.00", "3000.00", "6000.00"),
                tier("1000.00", 40, null)));
        api.cover("M-FAM-A", "FAM-OLD", "2026-01-01", "2026-06-30", "F-RESTART", "SUBSCRIBER");
        api.cover("M-FAM-B", "FAM-OLD", "2026-01-01", "2026-12-31", "F-RESTART", "SPOUSE");
        Map<String, Object> afresh = new HashMap<>(Map.of("planId", "FAM-NEW", "effectiveFrom", "2026-07-01",
                "familyId", "F-RESTART", "relationship", "SUBSCRIBER", "carryOverAccumulators", false));
        api.http().put().uri("/members/M-FAM-A/coverage").contentType(MediaType.APPLICATION_JSON).bodyValue(afresh)
                .exchange().expectStatus().isOk();
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            applied(kafka, costShareRequested("C-FAM-A1", "M-FAM-A", "2026-03-02", IN, "300.00"));
            CostShareApplied ofB = applied(kafka, costShareRequested("C-FAM-B1", "M-FAM-B", "2026-08-03", IN, "100.00"));
            assertThat(ofB.lines()).containsExactly(lineCostShare(1, "100.00", "100.00", "0.00", "0.00", "0.00", "100.00"));
        }
        for (String member : List.of("M-FAM-A", "M-FAM-B")) {
            assertThat(api.benefits(member, "2026-08-03").at("/inNetwork/family/deductibleMet").decimalValue())
                    .as(member).isEqualTo(money("100.00"));
        }
        assertThat(api.benefits("M-FAM-B", "2026-03-02").at("/inNetwork/family/deductibleMet").decimalValue())
                .isEqualTo(money("300.00"));
    }

    @Test
    void a_mid_year_period_carries_the_deductible_over_unless_it_starts_the_accumulators_afresh() {
        api.registerPlan("OLD-PLAN", planBody(20, tier("500.00", 20, "3000.00"), tier("1000.00", 40, null)));
        api.registerPlan("NEW-PLAN", planBody(20, tier("800.00", 20, "4000.00"), tier("1000.00", 40, null)));
        for (String member : List.of("M-CARRY", "M-AFRESH")) {
            api.cover(member, "OLD-PLAN", "2026-01-01", "2026-06-30", null, null);
        }
        coverFromJuly("M-CARRY", true);
        coverFromJuly("M-AFRESH", false);
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            for (String member : List.of("M-CARRY", "M-AFRESH")) {
                applied(kafka, costShareRequested("C-" + member + "-MAR", member, "2026-03-02", IN, "500.00"));
            }
            CostShareApplied carried = applied(kafka, costShareRequested("C-M-CARRY-AUG", "M-CARRY", "2026-08-03", IN, "400.00"));
            assertThat(carried.lines()).containsExactly(lineCostShare(1, "400.00", "300.00", "0.00", "20.00", "80.00", "320.00"));
            CostShareApplied afresh = applied(kafka, costShareRequested("C-M-AFRESH-AUG", "M-AFRESH", "2026-08-03", IN, "400.00"));
            assertThat(afresh.lines()).containsExactly(lineCostShare(1, "400.00", "400.00", "0.00", "0.00", "0.00", "400.00"));
            assertThat(afresh.visitsUsed()).isEqualTo(1);
        }
        assertThat(api.benefits("M-CARRY", "2026-08-03").at("/inNetwork/deductibleMet").decimalValue())
                .isEqualTo(money("800.00"));
        JsonNode afresh = api.benefits("M-AFRESH", "2026-08-03");
        assertThat(afresh.at("/inNetwork/deductibleMet").decimalValue()).isEqualTo(money("400.00"));
        assertThat(afresh.at("/visits/used").asInt()).isEqualTo(1);
        // the old period still shows what was met under it
        assertThat(api.benefits("M-AFRESH", "2026-03-02").at("/inNetwork/deductibleMet").decimalValue())
                .isEqualTo(money("500.00"));
        assertThat(api.get("/members/M-AFRESH/coverages").at("/1/carryOverAccumulators").asBoolean()).isFalse();
    }

    private void coverFromJuly(String memberId, boolean carryOver) {
        Map<String, Object> body = new HashMap<>(Map.of("planId", "NEW-PLAN", "effectiveFrom", "2026-07-01",
                "effectiveTo", "2026-12-31", "carryOverAccumulators", carryOver));
        api.http().put().uri("/members/" + memberId + "/coverage").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.carryOverAccumulators").isEqualTo(carryOver);
    }

    private JsonNode refused(String planId, Map<String, Object> body, int status) {
        String problem = api.http().put().uri("/plans/" + planId).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange()
                .expectStatus().isEqualTo(status)
                .expectBody(String.class).returnResult().getResponseBody();
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(problem);
    }
}
